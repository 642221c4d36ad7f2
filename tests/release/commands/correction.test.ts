/**
 * A correction released as `release` says: edit an annotation, run `release`, run exactly the
 * git commands it prints, and a fresh clone of the result must verify (issue 13, item 2).
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, figures, git, repoRoot, type Run } from '../repoCopy.js';

const ANNOTATION = 'raw/annotations/news-2024-04-12-china-surges-sales-to-russia.yaml';
let repo: string;
let release: Run;
let clone: string;

beforeAll(() => {
  repo = copyRepo('correction');
  const built = figures(repo, ['build']);
  if (built.status !== 0) throw new Error(`build failed in the copy:\n${built.stderr}`);
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n/release/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base with dist/');
  const path = join(repo, ANNOTATION);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text.replace('attributed_to: two senior Biden administration officials\n', 'attributed_to: two senior U.S. officials\n'),
  );
  release = figures(repo, ['release', '--bump', 'patch']);
  // Exactly the printed `git add` and `git commit` lines, nothing else.
  const add = /^ {2}git add (.+)$/m.exec(release.stdout)?.[1];
  if (!add) throw new Error(`no git add line in:\n${release.stdout}\n${release.stderr}`);
  git(repo, 'add', ...add.split(' '));
  git(repo, 'commit', '-qm', 'Release');
  clone = join(repo, '..', 'clone');
  git(join(repo, '..'), 'clone', '-q', repo, clone);
  symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // build/ (the compiled CLI) is made by npm ci's prepare step, which a plain clone has not run.
  symlinkSync(join(repoRoot, 'build'), join(clone, 'build'), 'dir');
}, 300_000);

describe('release after a correction', () => {
  it('names the corrected annotation among the files to commit', () => {
    expect(release.status, release.stderr).toBe(0);
    expect(release.stdout).toContain(`Built from inputs not yet committed, which the release commit must hold: ${ANNOTATION}.`);
    expect(release.stdout).toMatch(new RegExp(`^ {2}git add .*${ANNOTATION.replace(/\./g, '\\.')}.* dist$`, 'm'));
  });
  it('gives a commit that a fresh clone verifies', () => {
    const r = figures(clone, ['verify']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
