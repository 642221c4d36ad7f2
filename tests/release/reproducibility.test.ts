/**
 * Reproducibility: the same inputs and lockfile give the same bytes, whatever the checkout's
 * path, line endings, time zone and locale. The build runs through the CLI in a child process,
 * in a copy of the repository at another path whose text inputs have CRLF line endings (a
 * Windows checkout with core.autocrlf), under TZ=Pacific/Kiritimati (UTC+14) and the Turkish
 * locale (decimal comma, dotless i), and its dist/ is compared with a build made here.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { compareTrees, readTree } from '../../pipeline/release/tree.js';
import { copyRepo, figures, repoRoot, type Run } from './repoCopy.js';

const elsewhere = { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LANGUAGE: 'tr' };

let copy: string;
let run: Run;

/** Every file under `dir`, recursively. */
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

beforeAll(() => {
  copy = copyRepo('repro');
  for (const file of ['raw', 'schemas', 'docs'].flatMap((d) => walk(join(copy, d)))) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
  }
  run = figures(copy, ['build'], elsewhere);
});

describe('reproducible build', () => {
  it('builds in another folder, with CRLF inputs, in another time zone and locale', () => {
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
  });

  it('gives byte-identical files to a build made here', async () => {
    const here = await build(diskFS(repoRoot));
    const there = readTree(diskFS(copy), 'dist');
    expect(compareTrees(here, there)).toEqual({ differing: [], missing: [], extra: [] });
    expect(there.size).toBeGreaterThan(10);
  });

  it('leaks neither the checkout path nor the local time zone name into any file', () => {
    for (const [path, bytes] of readTree(diskFS(copy), 'dist')) {
      const text = Buffer.from(bytes).toString('latin1');
      expect(text.includes(copy) || text.includes('nested/checkout'), path).toBe(false);
      expect(text.includes('Kiritimati') || text.includes('+14:00'), path).toBe(false);
    }
    expect(readFileSync(join(copy, 'dist', 'datapackage.json'), 'utf8')).not.toContain(repoRoot);
  });
});
