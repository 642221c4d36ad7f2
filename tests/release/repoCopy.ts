/**
 * A copy of this repository's inputs in a fresh temporary folder whose path differs from the
 * original in every way that could leak into output (spaces, non-ASCII, depth), with
 * node_modules linked rather than copied, and a way to run the CLI there in a child process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoRoot, runCli, type Run } from '../fixtures/cli.js';

export { repoRoot, type Run };

/** Top-level entries that are outputs, caches or tooling rather than inputs. */
const SKIP = new Set(['.git', 'node_modules', 'dist', 'release', '.tmp', 'screenshots']);

export function copyRepo(label: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `fig ${label} ü-`)), 'nested', 'checkout');
  mkdirSync(dir, { recursive: true });
  cpSync(repoRoot, dir, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(repoRoot.length + 1);
      return rel === '' || (!SKIP.has(rel.split('/')[0]!) && !rel.endsWith('.tmp.ts') && !rel.includes('__output__'));
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `npm run figures -- <args>` in `cwd`, running the copy's own compiled CLI (its code, at its path; build/ is copied). */
export function figures(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  return runCli(cwd, 'build/cli.js', args, env);
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
