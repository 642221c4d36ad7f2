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
import { FiguresError, UsageError } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import { readTree } from '../tree.js';
import type { DataPackage } from './types.js';

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
 * How much a zip may inflate to. A package of this project is well under 10 MB; a 2 MB zip can
 * declare gigabytes of zeros, and inflating it whole took 2.2 GB of memory per entry. fflate
 * inflates an entry into a buffer of its declared size and no further, so checking the
 * declared sizes before inflating bounds the memory even when a header lies.
 */
export const ZIP_LIMITS = { entryBytes: 256 * 2 ** 20, totalBytes: 1024 * 2 ** 20 };

/** The entries of a zip (folders left out), refusing it before inflating anything beyond `limits`. */
export function unzipBounded(
  label: string,
  zip: Uint8Array,
  limits = ZIP_LIMITS,
  keep: (name: string) => boolean = () => true,
): [string, Uint8Array][] {
  let total = 0;
  const over: { name: string; size: number; limit: number }[] = [];
  unzipSync(zip, {
    filter: (f) => {
      if (f.name.endsWith('/') || !keep(f.name)) return false;
      total += f.originalSize;
      if (f.originalSize > limits.entryBytes) over.push({ name: f.name, size: f.originalSize, limit: limits.entryBytes });
      else if (total > limits.totalBytes) over.push({ name: f.name, size: total, limit: limits.totalBytes });
      return false; // the first pass only reads the central directory
    },
  });
  if (over.length > 0) throw new FiguresError(over.slice(0, 1).map((o) => messages.packageTooLarge(label, o.name, o.size, o.limit)));
  return Object.entries(unzipSync(zip, { filter: (f) => !f.name.endsWith('/') && keep(f.name) }));
}

/**
 * The files of a zip, re-rooted at the folder holding datapackage.json (release zips put the
 * package under `<name>-<version>/`; `git archive` under `dist/`).
 */
export function treeFromZip(label: string, zip: Uint8Array, limits = ZIP_LIMITS): FileTree {
  const entries = unzipBounded(label, zip, limits);
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
  const entries = unzipBounded(ref, new Uint8Array(zip), ZIP_LIMITS, (p) => p.startsWith(prefix));
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
