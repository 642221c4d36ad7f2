/**
 * The release, verify and diff commands end to end, in a throwaway git repository made from a
 * copy of this one (with its dist/ built and committed, as in the real repository).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../pipeline/core/hash.js';
import { readDatasetMeta } from '../../../pipeline/release/datasetYaml.js';
import { bumpVersion } from '../../../pipeline/release/semver.js';
import { copyRepo, figures, git, type Run } from '../repoCopy.js';

let repo: string;
let before: { version: string; released: string };
let dryRun: Run;
let dirtyAfterDryRun: string;
let release: Run;
let next: string;

beforeAll(() => {
  repo = copyRepo('release');
  const built = figures(repo, ['build']);
  if (built.status !== 0) throw new Error(`build failed in the copy:\n${built.stderr}`);
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base with dist/');
  before = readDatasetMeta(readFileSync(join(repo, 'raw', 'dataset.yaml'), 'utf8'));
  next = bumpVersion(before.version, 'patch');
  dryRun = figures(repo, ['release', '--bump', 'patch', '--date', before.released, '--dry-run']);
  dirtyAfterDryRun = git(repo, 'status', '--porcelain', '--ignored', '--', 'raw', 'dist', 'release', 'package.json', 'CHANGELOG.md');
  release = figures(repo, ['release', '--bump', 'patch', '--date', before.released]);
});

describe('figures release', () => {
  it('with --dry-run, prints the zip SHA-256 the release then makes, and writes nothing', () => {
    expect(dryRun.status).toBe(0);
    expect(dirtyAfterDryRun).toBe('');
    const sha = /SHA-256 ([0-9a-f]{64})/.exec(dryRun.stdout)?.[1];
    expect(sha).toBeDefined();
    expect(release.stdout).toContain(`SHA-256 ${sha}`);
  });

  it('writes the zip and prints its SHA-256 and the git commands, without committing or tagging', () => {
    expect(release.stderr).toBe('');
    expect(release.status).toBe(0);
    const name = readDatasetMeta(readFileSync(join(repo, 'raw', 'dataset.yaml'), 'utf8')).name;
    const zip = readFileSync(join(repo, 'release', `${name}-${next}.zip`));
    expect(release.stdout).toContain(`SHA-256 ${sha256(zip)}`);
    expect(release.stdout).toContain(`git tag -a v${next} `);
    expect(git(repo, 'tag', '-l')).toBe('');
    expect(git(repo, 'log', '--oneline').trim().split('\n')).toHaveLength(1);
  });

  it('sets the new version and date in dataset.yaml, package.json and the changelog', () => {
    const meta = readDatasetMeta(readFileSync(join(repo, 'raw', 'dataset.yaml'), 'utf8'));
    expect([meta.version, meta.released]).toEqual([next, before.released]);
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version).toBe(next);
    expect(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')).toMatch(
      new RegExp(`^## ${next.replace(/\./g, '\\.')} — ${before.released}$`, 'm'),
    );
  });

  it('leaves a dist/ that verify accepts', () => {
    const r = figures(repo, ['verify']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('leaves a dist/ whose data equal the previous release (diff HEAD dist: none)', () => {
    const r = figures(repo, ['diff', 'HEAD', 'dist', '--json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect([d.bump, d.old.version, d.new.version]).toEqual(['none', before.version, next]);
  });
});

describe('figures verify', () => {
  it('exits 1 naming a file of dist/ that a fresh build does not make the same', () => {
    const file = join(repo, 'dist', 'CITATION.cff');
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('# edited by hand\n')]));
    try {
      const r = figures(repo, ['verify']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('error[dist-stale] dist/CITATION.cff');
    } finally {
      writeFileSync(file, original);
    }
  });
});
