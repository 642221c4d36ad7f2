/**
 * Projects on disk for the error tests: a temporary folder holding raw/ (and, if asked, an
 * earlier package in dist/), a fingerprint of a folder to prove it untouched, the build as the
 * `build` command runs it (in process), and the CLI in a child process.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from '../../pipeline/build.js';
import { writePackage } from '../../pipeline/commands/writePackage.js';
import { EXIT, FiguresError } from '../../pipeline/core/errors.js';
import { diskFS, type FileTree } from '../../pipeline/core/fs.js';
import type { Files } from './fixtures.js';
import { SHA256SUMS, sha256sums } from '../../pipeline/publish/sha256sums.js';

import { CLI, repoRoot, runCli, type Run } from '../fixtures/cli.js';

export { repoRoot, type Run };

const made: string[] = [];

/** A fresh temporary folder (removed by `cleanUp`). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `figures-errors-${label}-`));
  made.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  for (const [rel, bytes] of files) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
  }
}

/** `files` as the build writes a package: with the SHA256SUMS that marks it as one of ours. */
export function asBuilt(files: Record<string, string>): FileTree {
  const tree: FileTree = new Map(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  tree.set(SHA256SUMS, sha256sums(tree));
  return tree;
}

/** A small stand-in for an earlier package: what matters is that it is a package and must survive. */
export const OLD_PACKAGE: FileTree = asBuilt({
  'datapackage.json': '{"name":"test-package","version":"0.9.0"}\n',
  'data/observations.csv': 'observation_id,value\nold-row,1\n',
  'site/index.html': '<!doctype html><title>old</title>\n',
});

/** A project folder with `files` (raw/…) and, unless `dist` is null, an earlier package in dist/. */
export function project(label: string, files: Files, dist: FileTree | null = OLD_PACKAGE): string {
  const root = tempDir(label);
  writeFiles(root, files);
  if (dist) writeFiles(join(root, 'dist'), dist);
  return root;
}

/** Every file and folder under `dir` with the SHA-256 of each file: equal fingerprints, equal trees. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) {
        out[`${r}/`] = 'dir';
        walk(p, r);
      } else out[r] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** The fingerprint of an in-memory tree, comparable with `fingerprint` of its folder. */
export function treeFingerprint(tree: ReadonlyMap<string, Uint8Array>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, bytes] of tree) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) out[`${parts.slice(0, i).join('/')}/`] = 'dir';
    out[path] = createHash('sha256').update(bytes).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Temporary folders of an atomic write left beside `dist` (there must be none). */
export function leftovers(root: string): string[] {
  return readdirSync(root).filter((n) => /^\.dist-(new|old)-/.test(n));
}

/** What `figures build` does after parsing its flags, in process: the exit code and the error, if any. */
export function buildCommand(root: string, out = join(root, 'dist')): { exit: number; error?: FiguresError } {
  try {
    writePackage(root, out, build(diskFS(root)));
    return { exit: EXIT.ok };
  } catch (e) {
    if (e instanceof FiguresError) return { exit: e.exitCode, error: e };
    throw e;
  }
}

/** `npm run figures -- <args>` with `cwd` as the project folder: this checkout's compiled CLI. */
export function figures(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  return runCli(cwd, CLI, args, env);
}
