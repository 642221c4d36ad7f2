import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFS } from '../../../pipeline/core/fs.js';
import { FiguresError, type Problem } from '../../../pipeline/core/errors.js';
import { diffPackages } from '../../../pipeline/release/diff/index.js';
import { loadPackage, packageFromTree, treeFromZip, ZIP_LIMITS } from '../../../pipeline/release/diff/load.js';
import { strToU8, zipSync } from 'fflate';
import { readTree } from '../../../pipeline/release/tree.js';
import { deterministicZip } from '../../../pipeline/release/zip.js';
import { fixture, fixturesDir } from './fixtures.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof FiguresError ? `${e.problems[0]!.code} exit ${e.exitCode}` : String(e);
  }
  return undefined;
};

function gitRepoWithTwoReleases(): string {
  const repo = mkdtempSync(join(tmpdir(), 'fig-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README.md'), 'before dist\n');
  git('add', '.');
  git('commit', '-qm', 'no dist yet');
  git('tag', 'nodist');
  cpSync(join(fixturesDir, 'pkg-1.0.0'), join(repo, 'dist'), { recursive: true });
  git('add', '.');
  git('commit', '-qm', '1.0.0');
  git('tag', 'v1.0.0');
  cpSync(join(fixturesDir, 'pkg-1.0.1-patch'), join(repo, 'dist'), { recursive: true });
  git('add', '.');
  git('commit', '-qm', '1.0.1');
  return repo;
}

describe('loadPackage', () => {
  it('reads a package folder, hidden files included', () => {
    const pkg = fixture('pkg-1.0.0');
    expect([...pkg.files.keys()].sort()).toEqual([
      'CITATION.cff',
      'data/observations.csv',
      'data/sources.csv',
      'datapackage.json',
      'site/index.html',
    ]);
    expect(pkg.descriptor.version).toBe('1.0.0');
  });

  it('reads a release zip whose files sit under <name>-<version>/: the descriptor and its resources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fig-zip-'));
    const tree = readTree(diskFS(join(fixturesDir, 'pkg-1.0.0')), '');
    writeFileSync(join(dir, 'fixture-figures-1.0.0.zip'), deterministicZip(tree, '2026-11-28', 'fixture-figures-1.0.0/'));
    const pkg = loadPackage('fixture-figures-1.0.0.zip', dir);
    expect([...pkg.files.keys()]).toEqual(['data/observations.csv', 'data/sources.csv', 'datapackage.json']);
    for (const [p, bytes] of pkg.files) expect(bytes, p).toEqual(tree.get(p));
    expect(diffPackages(pkg, fixture('pkg-1.0.0')).bump).toBe('none');
  });

  it('reads the files a package zip lists in its SHA256SUMS too, and no entry the package does not have', () => {
    const tree = readTree(diskFS(join(fixturesDir, 'pkg-1.0.0')), '');
    const sums = ['CITATION.cff', 'site/index.html'].map((p) => `${'0'.repeat(64)}  ${p}\n`).join('');
    const zip = zipSync({
      ...Object.fromEntries([...tree].map(([p, b]) => [`pkg/${p}`, b])),
      'pkg/SHA256SUMS': strToU8(sums),
      'pkg/notes/huge.bin': new Uint8Array(4 * 2 ** 20),
      'other/datapackage.json.bak': strToU8('x'),
    });
    const files = treeFromZip('p.zip', zip, { entryBytes: 2 ** 20, totalBytes: 2 ** 21 });
    expect([...files.keys()]).toEqual([
      'CITATION.cff',
      'SHA256SUMS',
      'data/observations.csv',
      'data/sources.csv',
      'datapackage.json',
      'site/index.html',
    ]);
  });

  it('reads the committed dist/ of a git ref without touching the working tree', () => {
    const repo = gitRepoWithTwoReleases();
    const d = diffPackages(loadPackage('v1.0.0', repo), loadPackage('HEAD', repo));
    expect(d.bump).toBe('patch');
    expect(d.old.label).toBe('v1.0.0');
    expect(loadPackage('HEAD~1', repo).descriptor.version).toBe('1.0.0');
  });

  it('says when a git ref has no committed dist/', () => {
    const repo = gitRepoWithTwoReleases();
    expect(codeOf(() => loadPackage('nodist', repo))).toBe('git-no-dist exit 2');
  });

  it('refuses a name that is neither a path nor a git ref, as a usage error', () => {
    expect(codeOf(() => loadPackage('no-such-thing', fixturesDir))).toBe('package-not-found exit 2');
  });

  it('says how to make a release zip that is not there yet, with the version in its name', () => {
    let hint: string | undefined;
    try {
      loadPackage('release/some-dataset-1.0.0.zip', fixturesDir);
    } catch (e) {
      hint = e instanceof FiguresError ? e.problems[0]!.hint : String(e);
    }
    expect(hint).toContain("'npm run figures -- zip 1.0.0'");
  });

  it('refuses a folder without datapackage.json', () => {
    expect(codeOf(() => loadPackage('.', join(fixturesDir, 'pkg-1.0.0', 'data')))).toBe('package-no-descriptor exit 2');
  });
});

/** The zip with `name`'s uncompressed size, in its local header and the central directory, set to `size`. */
function lie(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const named = (at: number) => new TextDecoder().decode(out.subarray(at, at + name.length)) === name;
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && named(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && named(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('a zip that inflates far beyond its size (finding 8)', () => {
  const zeros = (n: number) => new Uint8Array(n);
  const descriptor = strToU8(JSON.stringify({ resources: [{ path: 'data/a.csv' }, { path: 'data/b.csv' }] }));
  const bomb = zipSync({ 'pkg/datapackage.json': descriptor, 'pkg/data/a.csv': zeros(4000), 'pkg/data/b.csv': zeros(4000) });
  it('is refused from the declared sizes, per entry and in total, before anything is inflated', () => {
    expect(bomb.length).toBeLessThan(1000);
    expect(codeOf(() => treeFromZip('bomb.zip', bomb, { entryBytes: 3000, totalBytes: 1e6 }))).toBe('package-too-large exit 1');
    expect(codeOf(() => treeFromZip('bomb.zip', bomb, { entryBytes: 5000, totalBytes: 6000 }))).toBe('package-too-large exit 1');
  });
  it('reads a zip within the limits, as before', () => {
    expect([...treeFromZip('ok.zip', bomb, { entryBytes: 5000, totalBytes: 9000 }).keys()]).toEqual([
      'data/a.csv',
      'data/b.csv',
      'datapackage.json',
    ]);
  });
  it('stops inflating an entry whose header declares less than it holds (4 MiB of zeros declared as 100 bytes)', () => {
    const liar = lie(zipSync({ 'pkg/datapackage.json': descriptor, 'pkg/data/a.csv': zeros(4 * 2 ** 20) }), 'pkg/data/a.csv', 100);
    expect(liar.length).toBeLessThan(10_000);
    let problem: Problem | undefined;
    try {
      treeFromZip('liar.zip', liar, { entryBytes: 2 ** 20, totalBytes: 2 ** 30 });
    } catch (e) {
      problem = (e as FiguresError).problems[0];
    }
    expect(problem?.code).toBe('package-too-large');
    expect(problem?.message).toContain('liar.zip: inflating pkg/data/a.csv passed 1048576 bytes');
    expect(problem?.message).toContain('inflating stopped there');
    // The limit in all counts the entries read before: two honest 600 KiB entries pass 1 MiB together.
    const two = zipSync({ 'pkg/datapackage.json': descriptor, 'pkg/data/a.csv': zeros(600 * 1024), 'pkg/data/b.csv': zeros(600 * 1024) });
    const lied = lie(lie(two, 'pkg/data/a.csv', 10), 'pkg/data/b.csv', 10);
    expect(codeOf(() => treeFromZip('two.zip', lied, { entryBytes: 2 ** 20, totalBytes: 2 ** 20 }))).toBe('package-too-large exit 1');
  });
  it('never inflates an entry the package does not have, however large it declares itself', () => {
    const junk = lie(
      zipSync({ 'pkg/datapackage.json': descriptor, 'pkg/data/a.csv': strToU8('a\n'), 'pkg/junk.bin': zeros(4 * 2 ** 20) }),
      'pkg/junk.bin',
      0xfffffff0,
    );
    expect([...treeFromZip('junk.zip', junk, { entryBytes: 2 ** 20, totalBytes: 2 ** 20 }).keys()]).toEqual([
      'data/a.csv',
      'datapackage.json',
    ]);
  });
  it('holds a package of this project well within the default limits', () => {
    expect(ZIP_LIMITS.entryBytes).toBeGreaterThanOrEqual(100 * 2 ** 20);
    expect(ZIP_LIMITS.totalBytes).toBeLessThanOrEqual(2 ** 30);
  });
});

describe('a file that is no zip', () => {
  it.each([
    ['text', strToU8('just some text, not a zip at all\n')],
    ['a truncated zip', zipSync({ 'datapackage.json': strToU8('{"resources":[]}') }).subarray(0, 40)],
  ])('(%s) is package-bad-zip (exit 2), not an internal error', (_, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'fig-notzip-'));
    writeFileSync(join(dir, 'x.zip'), bytes);
    expect(codeOf(() => loadPackage('x.zip', dir))).toBe('package-bad-zip exit 2');
  });
});

describe('a package whose descriptor is no descriptor (finding 13)', () => {
  it.each(['{bad json', 'null', '[]', '42', '{"name":"x"}'])('%s is package-bad-descriptor (exit 2), not an internal error', (json) => {
    const zip = zipSync({ 'datapackage.json': strToU8(json) });
    expect(codeOf(() => packageFromTree('x.zip', treeFromZip('x.zip', zip)))).toBe('package-bad-descriptor exit 2');
  });
});
