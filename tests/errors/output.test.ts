/**
 * Where the build writes: it refuses an output folder whose loss would cost something (the
 * project, raw/, a folder that is no earlier build), a write that fails half-way leaves the
 * earlier package byte for byte with no temporary folder, and a file-system failure is reported
 * as write-failed (exit 3), not as a bug.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePackage } from '../../pipeline/commands/writePackage.js';
import { EXIT, FiguresError } from '../../pipeline/core/errors.js';
import { recoverInterruptedWrite, writeTreeAtomic } from '../../pipeline/core/fs.js';
import { baseFiles } from './fixtures.js';
import { OLD_PACKAGE, asBuilt, cleanUp, fingerprint, leftovers, project } from './project.js';

afterAll(cleanUp);

const NEW = asBuilt({ 'datapackage.json': '{"name":"new"}\n' });

function refused(f: () => void): FiguresError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FiguresError);
    return e as FiguresError;
  }
  throw new Error('expected a FiguresError');
}

describe('writePackage refuses an output folder it must not replace (exit 2)', () => {
  it('the project folder itself', () => {
    const root = project('out-root', baseFiles());
    const before = fingerprint(root);
    const e = refused(() => writePackage(root, root, NEW));
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.problems[0]).toMatchObject({ code: 'unsafe-out', location: { file: root }, value: root });
    expect(e.problems[0]!.message).toBe(
      `--out ${JSON.stringify(root)} is the project folder or holds it; the build replaces its output folder whole, so it refuses this one.`,
    );
    expect(fingerprint(root)).toEqual(before);
  });
  it('raw/ or a folder inside it, and a folder above the project', () => {
    const root = project('out-raw', baseFiles());
    const before = fingerprint(root);
    for (const out of [join(root, 'raw'), join(root, 'raw', 'sources'), join(root, '..')]) {
      const e = refused(() => writePackage(root, out, NEW));
      expect([e.exitCode, e.problems[0]!.code]).toEqual([EXIT.usage, 'unsafe-out']);
    }
    expect(fingerprint(root)).toEqual(before);
  });
  it("someone else's Frictionless package: datapackage.json beside files no SHA256SUMS of ours lists", () => {
    const root = project('out-frictionless', baseFiles());
    const out = join(root, 'theirs');
    mkdirSync(join(out, 'notes'), { recursive: true });
    writeFileSync(join(out, 'datapackage.json'), '{"name":"theirs","resources":[]}\n');
    writeFileSync(join(out, 'important.csv'), 'a\n1\n');
    writeFileSync(join(out, 'notes', 'n.md'), 'mine\n');
    const before = fingerprint(out);
    const e = refused(() => writePackage(root, out, NEW));
    expect([e.exitCode, e.problems[0]!.code, e.problems[0]!.value]).toEqual([EXIT.usage, 'out-not-package', 'datapackage.json']);
    // An earlier build with a file added by hand is not replaced either: the file would be lost.
    writePackage(root, join(root, 'ours'), NEW);
    writeFileSync(join(root, 'ours', 'added.txt'), 'by hand\n');
    expect(refused(() => writePackage(root, join(root, 'ours'), NEW)).problems[0]!.value).toBe('added.txt');
    expect(fingerprint(out)).toEqual(before);
  });
  it('a folder that holds other files and no datapackage.json', () => {
    const root = project('out-docs', baseFiles());
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'notes.md'), 'mine\n');
    const e = refused(() => writePackage(root, join(root, 'docs'), NEW));
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.problems[0]!.message).toBe(
      `${join(root, 'docs')}: holds "notes.md", which no SHA256SUMS of an earlier build lists, so it is not a package this project built; the build replaces its output folder whole.`,
    );
    expect(e.problems[0]!.hint).toBe(
      'Give an empty or new folder to --out, or the folder of an earlier build (its SHA256SUMS lists datapackage.json and every other file in it).',
    );
    expect(readdirSync(join(root, 'docs'))).toEqual(['notes.md']);
  });
  it('but replaces an earlier build, fills an empty folder and creates a new one', () => {
    const root = project('out-ok', baseFiles());
    writePackage(root, join(root, 'dist'), NEW);
    mkdirSync(join(root, 'empty'));
    writePackage(root, join(root, 'empty'), NEW);
    writePackage(root, join(root, 'new', 'dist'), NEW);
    for (const d of ['dist', 'empty', 'new/dist']) expect(readdirSync(join(root, d))).toEqual(['SHA256SUMS', 'datapackage.json']);
    expect(leftovers(root)).toEqual([]);
  });
});

describe('a write that fails half-way', () => {
  it('leaves the earlier package byte for byte and no temporary folder (writeTreeAtomic)', () => {
    const root = project('half', baseFiles());
    const before = fingerprint(join(root, 'dist'));
    // 'data' is a file and then a folder: the second write fails after the first succeeded.
    const bad = new Map([...NEW, ['data', new Uint8Array([1])], ['data/x.csv', new Uint8Array([2])]]);
    expect(() => writeTreeAtomic(join(root, 'dist'), bad)).toThrow();
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
  it('is write-failed with the system error, exit 3, not "a bug in the pipeline"', () => {
    const root = project('enotdir', baseFiles());
    writeFileSync(join(root, 'afile'), 'x');
    const out = join(root, 'afile', 'dist');
    const e = refused(() => writePackage(root, out, NEW));
    expect(e.exitCode).toBe(EXIT.internal);
    expect(e.problems[0]!.code).toBe('write-failed');
    expect(e.problems[0]!.value).toBe('ENOTDIR');
    expect(e.problems[0]!.message).toMatch(
      new RegExp(
        `^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: could not write the package \\(ENOTDIR: not a directory, .*\\); .* is as it was before the build\\.$`,
      ),
    );
    expect(e.problems[0]!.hint).toBe('Check that the folder beside it is writable and the disk has space, then build again.');
  });
});

describe('recoverInterruptedWrite', () => {
  it("finds the leftovers of 'dist', './dist' and 'dist/' alike, and only exact ones", () => {
    const root = project('names', baseFiles(), null);
    mkdirSync(join(root, '.dist-old-12'));
    writeFileSync(join(root, '.dist-old-12', 'datapackage.json'), 'old');
    mkdirSync(join(root, '.dist-new-13'));
    mkdirSync(join(root, '.dist-old-new-14')); // the temporary folder of an output named 'dist-old'
    recoverInterruptedWrite(`${root}/./dist/`);
    expect(readdirSync(root).sort()).toEqual(['.dist-old-new-14', 'dist', 'raw']);
    expect(fingerprint(join(root, 'dist'))).toEqual({ 'datapackage.json': expect.any(String) });
  });
  it('an earlier package survives a refused write whatever the leftovers', () => {
    const root = project('survive', baseFiles(), OLD_PACKAGE);
    const before = fingerprint(join(root, 'dist'));
    mkdirSync(join(root, '.dist-new-99'));
    refused(() => writePackage(root, join(root, 'raw'), NEW));
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
  });
});
