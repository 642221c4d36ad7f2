import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFS } from '../../../pipeline/core/fs.js';
import { FiguresError } from '../../../pipeline/core/errors.js';
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

  it('reads a release zip whose files sit under <name>-<version>/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fig-zip-'));
    const tree = readTree(diskFS(join(fixturesDir, 'pkg-1.0.0')), '');
    writeFileSync(join(dir, 'fixture-figures-1.0.0.zip'), deterministicZip(tree, '2026-11-28', 'fixture-figures-1.0.0/'));
    const pkg = loadPackage('fixture-figures-1.0.0.zip', dir);
    expect(pkg.files).toEqual(tree);
    expect(diffPackages(pkg, fixture('pkg-1.0.0')).bump).toBe('none');
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

  it('refuses a folder without datapackage.json', () => {
    expect(codeOf(() => loadPackage('.', join(fixturesDir, 'pkg-1.0.0', 'data')))).toBe('package-no-descriptor exit 2');
  });
});

describe('a zip that inflates far beyond its size (finding 8)', () => {
  const zeros = (n: number) => new Uint8Array(n);
  const bomb = zipSync({
    'pkg/datapackage.json': strToU8('{"resources":[]}'),
    'pkg/data/a.csv': zeros(4000),
    'pkg/data/b.csv': zeros(4000),
  });
  it('is refused from the declared sizes, per entry and in total, before anything is inflated', () => {
    expect(bomb.length).toBeLessThan(1000);
    expect(codeOf(() => treeFromZip('bomb.zip', bomb, { entryBytes: 3000, totalBytes: 1e6 }))).toBe('package-too-large exit 1');
    expect(codeOf(() => treeFromZip('bomb.zip', bomb, { entryBytes: 5000, totalBytes: 6000 }))).toBe('package-too-large exit 1');
  });
  it('reads a zip within the limits, as before', () => {
    expect([...treeFromZip('ok.zip', bomb, { entryBytes: 5000, totalBytes: 9000 }).keys()]).toEqual([
      'datapackage.json',
      'data/a.csv',
      'data/b.csv',
    ]);
  });
  it('holds a package of this project well within the default limits', () => {
    expect(ZIP_LIMITS.entryBytes).toBeGreaterThanOrEqual(100 * 2 ** 20);
    expect(ZIP_LIMITS.totalBytes).toBeLessThanOrEqual(2 ** 30);
  });
});

describe('a package whose descriptor is no descriptor (finding 13)', () => {
  it.each(['{bad json', 'null', '[]', '42', '{"name":"x"}'])('%s is package-bad-descriptor (exit 2), not an internal error', (json) => {
    const zip = zipSync({ 'datapackage.json': strToU8(json) });
    expect(codeOf(() => packageFromTree('x.zip', treeFromZip('x.zip', zip)))).toBe('package-bad-descriptor exit 2');
  });
});
