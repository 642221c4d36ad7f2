/**
 * A wrong path on the command line is a usage error (exit 2) that names the path and says what
 * to give instead — never an internal error with a Node code such as EISDIR — and options that
 * belong to another form of a command are refused, not silently ignored; `--version` is known.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ioFailure } from '../../pipeline/corpus/paths.js';
import { CLI, repoRoot, runCli } from '../fixtures/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'figures-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'texts'));
writeFileSync(join(dir, 'texts', 'a.txt'), 'Exports to Russia rose 12% in 2023.\n');
writeFileSync(join(dir, 'corpus.jsonl'), '{"id":"a","text":"Exports rose 12%."}\n');
const figures = (...args: string[]) => runCli(dir, CLI, args);

describe('a folder where one text file is expected', () => {
  it.each(['read', 'extract', 'suggest'])('%s FOLDER exits 2 with not-a-file and points to --corpus', (command) => {
    const r = figures(command, 'texts');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[not-a-file] texts: a folder, not a text file.');
    expect(r.stderr).toContain('extract --corpus FOLDER --out DIR');
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('extract FILE with options of extract --corpus', () => {
  it('refuses --out and --read, naming both, and writes nothing', () => {
    const r = figures('extract', 'texts/a.txt', '--out', 'out', '--read');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[usage] extract FILE does not take --out, --read: they go with --corpus only.');
    expect(r.stdout).toBe('');
  });
  it('refuses --format although it has a default', () => {
    const r = figures('extract', 'texts/a.txt', '--format', 'csv');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does not take --format: it goes with --corpus only.');
  });
  it('still lists the mentions of the file without them', () => {
    const r = figures('extract', 'texts/a.txt', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((m: { text: string }) => m.text)).toContain('12%');
  });
});

describe('extract --corpus with --out naming a file', () => {
  it('exits 2 with corpus-out-not-folder and leaves the file alone', () => {
    const r = figures('extract', '--corpus', 'corpus.jsonl', '--out', 'texts/a.txt', '--workers', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[corpus-out-not-folder] texts/a.txt: a file, not a folder');
  });
});

describe('an I/O failure of a corpus run', () => {
  it("says Node's error code once, not twice", () => {
    const e = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
    const message = ioFailure('x', 'write', e).problems[0]!.message;
    expect(message).toBe("x: could not write (EACCES: permission denied, open 'x').");
  });
});

describe('figures --version', () => {
  it("prints the dataset's version, that of package.json, and exits 0", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = figures('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});

describe('the rejects file named in the summary of extract --corpus', () => {
  it('is a path the user can open from where they ran the command, without a doubled slash', () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","text":"Exports rose 12%."}\nnot json\n');
    const r = figures('extract', '--corpus', 'bad.jsonl', '--out', 'bad-out/', '--workers', '0', '--format', 'jsonl');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 rejected (see bad-out/rejects.jsonl) → bad-out\n');
    const fromSub = runCli(dir, CLI, ['extract', '--corpus', 'bad.jsonl', '--out', 'bad-out', '--workers', '0', '--format', 'jsonl'], {
      INIT_CWD: join(dir, 'texts'),
      npm_package_json: join(dir, 'package.json'),
    });
    expect(fromSub.stdout).toContain(`(see ${join(dir, 'bad-out', 'rejects.jsonl')}) → ${join(dir, 'bad-out')}\n`);
  });
});

describe('a usage error of one command', () => {
  it.each([
    [['extract'], 'extract'],
    [['read'], 'read'],
    [['diff'], 'diff'],
  ])('%j points to that command’s own --help', (args, command) => {
    const r = figures(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`hint: Run 'npm run figures -- ${command} --help' for its arguments and options.`);
  });
});

describe('merge-shards given a file', () => {
  it('says it is a file, not a folder, instead of "no such file"', () => {
    const r = figures('merge-shards', 'corpus.jsonl');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[not-a-folder] corpus.jsonl: a file, not a folder.');
  });
});
