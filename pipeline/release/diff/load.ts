/**
 * Opens what the user names as a package: a folder (a dist/), a release zip, or a git ref
 * whose commit holds dist/ (read with `git archive`, so nothing is checked out and no network
 * is used). A name that exists on disk is a path; anything else is tried as a git ref.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { diskFS, type FileTree } from '../../core/fs.js';
import { UsageError } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import { readTree } from '../tree.js';
import type { DataPackage } from './types.js';
import { packageFromZip, ZIP_LIMITS, type ZipLimits } from './zipEntries.js';

export { ZIP_LIMITS } from './zipEntries.js';

const DESCRIPTOR = 'datapackage.json';

/** Parses the descriptor of a package already in memory. */
export function packageFromTree(label: string, files: FileTree): DataPackage {
  const bytes = files.get(DESCRIPTOR);
  if (!bytes) throw new UsageError(messages.packageNoDescriptor(label));
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new UsageError(messages.packageBadDescriptor(label, (e as Error).message));
  }
  // null, [] or a bare value parse, but are no descriptor: [] read as "every table removed".
  if (
    descriptor === null ||
    typeof descriptor !== 'object' ||
    Array.isArray(descriptor) ||
    !Array.isArray((descriptor as { resources?: unknown }).resources)
  )
    throw new UsageError(
      messages.packageBadDescriptor(
        label,
        `${descriptor === null ? 'null' : Array.isArray(descriptor) ? 'an array' : typeof descriptor === 'object' ? 'an object without a resources list' : `a ${typeof descriptor}`}, not a Data Package descriptor`,
      ),
    );
  return { label, files, descriptor: descriptor as Record<string, unknown> };
}

/**
 * The files of a package in a zip, re-rooted at the folder holding datapackage.json (release
 * zips put the package under `<name>-<version>/`); only the entries the package has are read,
 * within `limits` (zipEntries.ts).
 */
export function treeFromZip(label: string, zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS): FileTree {
  const tree = packageFromZip(label, zip, limits)!;
  if (!tree.has(DESCRIPTOR)) throw new UsageError(messages.packageNoDescriptor(label));
  return tree;
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

/** The committed dist/ of a git ref (empty without a datapackage.json), or undefined when the ref has none. */
export function treeFromGit(cwd: string, ref: string, distDir = 'dist'): FileTree | undefined {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  let zip: Buffer;
  try {
    zip = git(top, ['archive', '--format=zip', ref, '--', distDir]);
  } catch {
    return undefined;
  }
  return packageFromZip(ref, new Uint8Array(zip), ZIP_LIMITS, `${distDir}/`);
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
  throw new UsageError(messages.packageNotFound(spec, /-(\d+\.\d+\.\d+)\.zip$/.exec(spec)?.[1]));
}
