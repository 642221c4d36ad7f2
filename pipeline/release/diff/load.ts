/**
 * Opens what the user names as a package: a folder (a dist/), a release zip, or a git ref
 * whose commit holds dist/ (read with `git archive`, so nothing is checked out and no network
 * is used). A name that exists on disk is a path; anything else is tried as a git ref.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { diskFS, type FileTree } from '../../core/fs.js';
import { UsageError } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import { readTree } from '../tree.js';
import type { DataPackage } from './types.js';

const DESCRIPTOR = 'datapackage.json';

/** Parses the descriptor of a package already in memory. */
export function packageFromTree(label: string, files: FileTree): DataPackage {
  const bytes = files.get(DESCRIPTOR);
  if (!bytes) throw new UsageError(messages.packageNoDescriptor(label));
  return { label, files, descriptor: JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> };
}

/**
 * The files of a zip, re-rooted at the folder holding datapackage.json (release zips put the
 * package under `<name>-<version>/`; `git archive` under `dist/`).
 */
export function treeFromZip(label: string, zip: Uint8Array): FileTree {
  const entries = Object.entries(unzipSync(zip)).filter(([path]) => !path.endsWith('/'));
  const roots = entries.map(([p]) => p).filter((p) => p === DESCRIPTOR || p.endsWith(`/${DESCRIPTOR}`));
  if (roots.length === 0) throw new UsageError(messages.packageNoDescriptor(label));
  const root = roots.sort((a, b) => a.length - b.length)[0]!.slice(0, -DESCRIPTOR.length);
  return new Map(entries.filter(([p]) => p.startsWith(root)).map(([p, b]) => [p.slice(root.length), b]));
}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

function isGitRef(cwd: string, ref: string): boolean {
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The committed dist/ of a git ref, or undefined when the ref has none. */
export function treeFromGit(cwd: string, ref: string, distDir = 'dist'): FileTree | undefined {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  let zip: Buffer;
  try {
    zip = git(top, ['archive', '--format=zip', ref, '--', distDir]);
  } catch {
    return undefined;
  }
  const prefix = `${distDir}/`;
  const entries = Object.entries(unzipSync(new Uint8Array(zip))).filter(([p]) => !p.endsWith('/') && p.startsWith(prefix));
  return entries.length === 0 ? undefined : new Map(entries.map(([p, b]) => [p.slice(prefix.length), b]));
}

export function loadPackage(spec: string, cwd = process.cwd()): DataPackage {
  const path = resolve(cwd, spec);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return packageFromTree(spec, readTree(diskFS(path), ''));
    return packageFromTree(spec, treeFromZip(spec, new Uint8Array(readFileSync(path))));
  }
  if (isGitRef(cwd, spec)) {
    const tree = treeFromGit(cwd, spec);
    if (!tree) throw new UsageError(messages.gitNoDist(spec, 'the commit has no dist/ folder'));
    if (!tree.has(DESCRIPTOR)) throw new UsageError(messages.gitNoDist(spec, 'its dist/ has no datapackage.json'));
    return packageFromTree(spec, tree);
  }
  throw new UsageError(messages.packageNotFound(spec));
}
