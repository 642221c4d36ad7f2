/**
 * The build trusts the repository's regular files only (issue 14, findings 1 and 13): a source
 * text committed as a symbolic link — to .git/config, to /proc/self/environ, to itself — or a
 * folder named like a text is refused with a coded error before anything is read, so no byte of
 * a linked file reaches a message or a hint.
 */
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, check } from '../../pipeline/build.js';
import { diskFS, memoryFS } from '../../pipeline/core/fs.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { asRecord, baseFiles } from './fixtures.js';
import { buildCommand, cleanUp, fingerprint, project, tempDir } from './project.js';

afterAll(cleanUp);

const TEXT = 'raw/sources/test-2025-02-03-freedonia-ministry-denial.txt';
const SECRET = 'ghp_SECRETTOKEN1234567890';

/** A project whose TEXT is replaced by `make(path)`; returns its root. */
function withText(label: string, make: (path: string, root: string) => void): string {
  const root = project(label, baseFiles());
  const path = join(root, TEXT);
  renameSync(path, join(root, 'original.txt'));
  make(path, root);
  return root;
}

function codesOf(root: string): { exit: number; codes: string[]; text: string } {
  const { exit, error } = buildCommand(root);
  return { exit, codes: error?.problems.map((p) => p.code) ?? [], text: JSON.stringify(error?.problems ?? []) };
}

describe('source texts that are not regular files', () => {
  it('refuses a text that links to a file outside raw/, and prints none of its bytes', () => {
    const root = withText('link-out', (path, root) => {
      // A "secret" that a misspelled quote would be close to, as in the finding.
      const original = readFileSync(join(root, 'original.txt'), 'utf8');
      mkdirSync(join(root, '.git'), { recursive: true });
      writeFileSync(join(root, '.git/config'), `${original}\n[remote] token = ${SECRET}\n`);
      symlinkSync('../../.git/config', path);
    });
    const before = fingerprint(join(root, 'dist'));
    const r = codesOf(root);
    expect(r.exit).toBe(1);
    expect(r.codes).toEqual(['not-regular-file']);
    expect(r.text).not.toContain(SECRET);
    expect(r.text).toContain(TEXT);
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
  });

  it('refuses a link whose target is an absolute path', () => {
    const root = withText('link-abs', (path) => symlinkSync('/proc/self/environ', path));
    expect(codesOf(root).codes).toEqual(['not-regular-file']);
  });

  it('refuses a looping link with a coded error, not an internal one', () => {
    const root = withText('link-loop', (path) => symlinkSync(path, path));
    expect(codesOf(root)).toMatchObject({ exit: 1, codes: ['not-regular-file'] });
  });

  it('refuses a folder named like a text, with every other problem still collected', () => {
    const root = withText('dir-text', (path) => mkdirSync(path));
    expect(codesOf(root)).toMatchObject({ exit: 1, codes: ['not-regular-file'] });
  });

  it('refuses a raw/sources that is itself a link, even to a copy inside the project', () => {
    const root = project('link-folder', baseFiles());
    renameSync(join(root, 'raw/sources'), join(root, 'sources-copy'));
    symlinkSync('../sources-copy', join(root, 'raw/sources'));
    expect(codesOf(root).codes).toEqual(['not-regular-file']);
  });
});

describe('diskFS', () => {
  it("reads regular files, answers undefined for missing ones and folders, and skips links with links: 'skip'", () => {
    const root = tempDir('diskfs');
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a/f.txt'), 'x');
    symlinkSync('f.txt', join(root, 'a/l.txt'));
    symlinkSync('..', join(root, 'a/up'));
    const fs = diskFS(root);
    expect(new TextDecoder().decode(fs.read('a/f.txt'))).toBe('x');
    expect(fs.read('a/none.txt')).toBeUndefined();
    expect(fs.read('a')).toBeUndefined();
    expect(() => fs.read('a/l.txt')).toThrow(FiguresError);
    expect(() => fs.list('a/up')).toThrow(FiguresError);
    expect(() => fs.read('a/up/a/f.txt')).toThrow(FiguresError);
    expect(() => fs.read('../x')).toThrow(FiguresError);
    const skipping = diskFS(root, { links: 'skip' });
    expect(skipping.read('a/l.txt')).toBeUndefined();
    expect(skipping.list('a/up')).toEqual([]);
  });
  it('builds the base project from disk as from memory (no regression for regular files)', () => {
    const root = project('plain', baseFiles());
    expect(build(diskFS(root)).size).toBeGreaterThan(0);
  });
});

describe('ids Windows cannot check out (finding 16)', () => {
  it.each(['con', 'nul', 'aux', 'prn', 'com1', 'lpt9'])('refuses the source id %s as unexpected-file', (id) => {
    const files = baseFiles();
    files.set(`raw/sources/${id}.txt`, new TextEncoder().encode('text'));
    const { problems } = check(memoryFS(asRecord(files)));
    expect(problems.find((p) => p.code === 'unexpected-file')?.location.file).toBe(`raw/sources/${id}.txt`);
  });
  it('accepts ids that only begin like one', () => {
    const files = baseFiles();
    files.set('raw/sources/console.txt', new TextEncoder().encode('text'));
    const { problems } = check(memoryFS(asRecord(files)));
    expect(problems.filter((p) => p.code === 'unexpected-file')).toEqual([]);
  });
});
