/**
 * File effects behind an interface (Observable Framework style), so the pipeline runs
 * in memory in tests. Paths are POSIX, relative to the project root.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { FiguresError } from './errors.js';
import { messages } from './messages.js';
import { byCodeUnit } from './order.js';

export interface ReadFS {
  /** File names (not paths) directly inside `dir`, sorted by code unit; [] if none. */
  list(dir: string): string[];
  /**
   * Bytes of the file, or undefined if it does not exist or is a folder. Throws a FiguresError
   * (`not-regular-file`) for a symbolic link, a path through one, or a special file: see diskFS.
   */
  read(path: string): Uint8Array | undefined;
}

/** A built tree: relative POSIX path → bytes. */
export type FileTree = Map<string, Uint8Array>;

/** What `path` (inside `root`) is, without following links: lstat of each part, so a link anywhere on the way counts. */
function entryKind(root: string, path: string): 'missing' | 'file' | 'folder' | 'link' | 'special' {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  let at = root;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '..') return 'link'; // never leaves the root, link or not
    at = join(at, parts[i]!);
    let st;
    try {
      st = lstatSync(at);
    } catch {
      return 'missing';
    }
    if (st.isSymbolicLink()) return 'link';
    if (i < parts.length - 1 && !st.isDirectory()) return 'missing';
    if (i === parts.length - 1) return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'special';
  }
  return 'folder';
}

/**
 * The project on disk, as regular files only. A symbolic link (to a file or a folder, anywhere
 * on a path) is never followed: the build trusts the repository's regular files, and a link
 * committed as raw/sources/<id>.txt would otherwise let its target (.git/config, /proc/self/environ)
 * reach the messages. `links: 'skip'` (folder corpora) treats links as absent instead of refusing them.
 */
export function diskFS(root: string, opts: { links?: 'refuse' | 'skip' } = {}): ReadFS {
  const skip = opts.links === 'skip';
  return {
    list(dir) {
      const kind = entryKind(root, dir);
      if (kind === 'link' && !skip) throw new FiguresError([messages.notRegularFile(dir, 'a symbolic link')]);
      if (kind !== 'folder') return [];
      return readdirSync(join(root, dir)).sort(byCodeUnit);
    },
    read(path) {
      const kind = entryKind(root, path);
      if (kind === 'missing' || kind === 'folder') return undefined;
      if (kind === 'link') {
        if (skip) return undefined;
        throw new FiguresError([messages.notRegularFile(path, 'a symbolic link')]);
      }
      if (kind === 'special') throw new FiguresError([messages.notRegularFile(path, 'not a regular file')]);
      return new Uint8Array(readFileSync(join(root, path)));
    },
  };
}

export function memoryFS(files: Record<string, string | Uint8Array>): ReadFS {
  const enc = new TextEncoder();
  const map = new Map(Object.entries(files).map(([k, v]) => [posix.normalize(k), typeof v === 'string' ? enc.encode(v) : v]));
  return {
    list(dir) {
      const prefix = posix.normalize(dir).replace(/\/$/, '') + '/';
      const names = new Set<string>();
      for (const k of map.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]!);
      return [...names].sort(byCodeUnit);
    },
    read(path) {
      return map.get(posix.normalize(path));
    },
  };
}

/** Reads a file as UTF-8 text, or undefined. */
export function readText(fs: ReadFS, path: string): string | undefined {
  const b = fs.read(path);
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

/**
 * The folder that holds `outDir` and its name: the temporary siblings are named from these, so
 * 'dist', './dist' and 'dist/' name the same leftovers (slicing the path gave '.st-new-…' for 'dist').
 */
function siblingOf(outDir: string): { parent: string; base: string } {
  const abs = resolve(outDir);
  return { parent: dirname(abs), base: basename(abs) };
}

/**
 * Writes `tree` to `outDir` atomically: into a temporary sibling folder first, then
 * swapped in with renames, so a failure or a kill leaves either the old or the new tree.
 * The old tree is moved aside and deleted only after the new one is in place.
 */
export function writeTreeAtomic(outDir: string, tree: FileTree): void {
  const { parent, base } = siblingOf(outDir);
  const tmp = join(parent, `.${base}-new-${process.pid}`);
  const old = join(parent, `.${base}-old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, bytes] of [...tree].sort(([a], [b]) => byCodeUnit(a, b))) {
      const p = join(tmp, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, bytes);
    }
    mkdirSync(tmp, { recursive: true });
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Removes leftovers of builds that were killed mid-swap; restores dist/ if it was moved aside. */
export function recoverInterruptedWrite(outDir: string): void {
  const { parent, base } = siblingOf(outDir);
  if (!existsSync(parent)) return;
  // Exactly `.<base>-new-<pid>`: a prefix test would take `.dist-old-new-7`, the temporary folder of
  // an output named 'dist-old', for a moved-aside 'dist'.
  const leftover = (kind: string, name: string): boolean =>
    name.startsWith(`.${base}-${kind}-`) && /^\d+$/.test(name.slice(base.length + kind.length + 3));
  for (const name of readdirSync(parent)) {
    if (leftover('new', name)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(parent)) {
    if (!leftover('old', name)) continue;
    if (existsSync(outDir)) rmSync(join(parent, name), { recursive: true, force: true });
    else renameSync(join(parent, name), outDir);
  }
}
