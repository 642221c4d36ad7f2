import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFS } from '../../pipeline/core/fs.js';
import { findCommittedRelease, findRelease, previousRelease, releaseCommit, versionOf } from '../../pipeline/release/previous.js';
import { recordOf } from '../../pipeline/release/recordOf.js';
import { releaseZipOf } from '../../pipeline/release/releaseZip.js';
import { readTree } from '../../pipeline/release/tree.js';
import { deterministicZip } from '../../pipeline/release/zip.js';
import { datasetYaml } from './fakeBuild.js';
import { fixturesDir } from './diff/fixtures.js';
import { git } from './repoCopy.js';

/**
 * The files of a fixture package a zip or a commit gives: its descriptor and resources (the
 * fixtures have no SHA256SUMS listing more; release/diff/zipEntries.ts reads nothing else).
 */
const packageFiles = (name: string) =>
  new Map(
    [...readTree(diskFS(join(fixturesDir, name)), '')].filter(([p]) =>
      ['data/observations.csv', 'data/sources.csv', 'datapackage.json'].includes(p),
    ),
  );

function repo(): { dir: string; commit: (msg: string, dist?: string, version?: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fig-prev-'));
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'raw'));
  const commit = (msg: string, dist?: string, version = '1.0.0') => {
    writeFileSync(join(dir, 'raw', 'dataset.yaml'), datasetYaml(version, '2026-11-28'));
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    if (dist) cpSync(join(fixturesDir, dist), join(dir, 'dist'), { recursive: true });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', msg);
  };
  return { dir, commit };
}

describe('previousRelease', () => {
  it('is undefined before the first release', () => {
    const { dir, commit } = repo();
    commit('seed, no dist yet', undefined, '0.1.0');
    expect(previousRelease(dir)).toBeUndefined();
    expect(previousRelease(mkdtempSync(join(tmpdir(), 'fig-nogit-')))).toBeUndefined();
  });

  it('is the dist/ of the commit that set the version, not HEAD, whose dist/ already has later changes', () => {
    const { dir, commit } = repo();
    commit('seed', undefined, '0.1.0');
    commit('Release 1.0.0', 'pkg-1.0.0');
    commit('corrected a value, rebuilt dist/', 'pkg-1.0.0-tampered');
    const prev = previousRelease(dir)!;
    expect(prev.label).toMatch(/^[0-9a-f]{12}:dist\/$/);
    expect(prev.files).toEqual(packageFiles('pkg-1.0.0'));
  });

  it('prefers the tag v<version>', () => {
    const { dir, commit } = repo();
    commit('Release 1.0.0', 'pkg-1.0.0');
    git(dir, 'tag', 'v1.0.0');
    commit('later', 'pkg-1.0.0-tampered');
    expect(previousRelease(dir)!.label).toBe('v1.0.0');
  });

  it('uses release/<name>-<version>.zip when there is no tag', () => {
    const { dir, commit } = repo();
    commit('Release 1.0.0', 'pkg-1.0.0');
    mkdirSync(join(dir, 'release'));
    writeFileSync(
      join(dir, 'release', 'fixture-figures-1.0.0.zip'),
      deterministicZip(readTree(diskFS(join(fixturesDir, 'pkg-1.0.0')), ''), '2026-11-28', 'fixture-figures-1.0.0/'),
    );
    expect(previousRelease(dir)!.label).toBe('release/fixture-figures-1.0.0.zip');
  });
});

describe('findRelease and releaseCommit', () => {
  it('find any release by its version from the commits alone (no tag, no zip), and say which commit made it', () => {
    const { dir, commit } = repo();
    commit('Release 1.0.0', 'pkg-1.0.0');
    commit('Release 1.0.1', 'pkg-1.0.1-patch', '1.0.1');
    commit('later work, dist/ removed', undefined, '1.0.1');
    const made = git(dir, 'log', '--format=%H', '--grep', 'Release 1.0.0').trim();
    expect(releaseCommit(dir, '1.0.0')).toBe(made);
    expect(findRelease(dir, '1.0.0')!.files).toEqual(packageFiles('pkg-1.0.0'));
    expect(findRelease(dir, '1.0.1')!.descriptor.version).toBe('1.0.1');
    expect(findRelease(dir, '2.0.0')).toBeUndefined();
  });

  it('make and record the zip from the release commit, not from a release zip this machine made before dist/ was rebuilt', () => {
    const { dir, commit } = repo();
    commit('Release 1.0.0', 'pkg-1.0.0');
    mkdirSync(join(dir, 'release'));
    const early = deterministicZip(readTree(diskFS(join(fixturesDir, 'pkg-1.0.0-tampered')), ''), '2026-11-28', 'fixture-figures-1.0.0/');
    writeFileSync(join(dir, 'release', 'fixture-figures-1.0.0.zip'), early);
    expect(findRelease(dir, '1.0.0')!.label).toBe('release/fixture-figures-1.0.0.zip');
    const committed = findCommittedRelease(dir, '1.0.0')!;
    expect(committed.label).toMatch(/^[0-9a-f]{12}:dist\/$/);
    expect(committed.files).toEqual(packageFiles('pkg-1.0.0'));
    expect(recordOf(dir, '1.0.0')!.sha256).toBe(releaseZipOf(committed).sha256);
    expect(recordOf(dir, '1.0.0')!.sha256).not.toBe(releaseZipOf(findRelease(dir, '1.0.0')!).sha256);
  });

  it('accept 1.0.0 and v1.0.0 as versions, and nothing else', () => {
    expect(['1.0.0', 'v1.0.0', '2.10.3-rc.1', 'dist', 'HEAD', '1.0'].map(versionOf)).toEqual([
      '1.0.0',
      '1.0.0',
      '2.10.3-rc.1',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
