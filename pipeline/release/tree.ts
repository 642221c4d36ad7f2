/** Reading a whole folder into a FileTree, and comparing two trees byte for byte. */
import { posix } from 'node:path';
import type { FileTree, ReadFS } from '../core/fs.js';

/** Every file under `dir` (recursively), keyed by its path relative to `dir`. */
export function readTree(fs: ReadFS, dir: string): FileTree {
  const out: FileTree = new Map();
  const walk = (rel: string) => {
    for (const name of fs.list(rel ? posix.join(dir, rel) : dir)) {
      const child = rel ? `${rel}/${name}` : name;
      const bytes = fs.read(posix.join(dir, child));
      if (bytes) out.set(child, bytes);
      else walk(child);
    }
  };
  walk('');
  return out;
}

export interface TreeComparison {
  /** In both, with different bytes. */
  differing: string[];
  /** In `expected` only. */
  missing: string[];
  /** In `actual` only. */
  extra: string[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareTrees(expected: FileTree, actual: FileTree): TreeComparison {
  const differing: string[] = [];
  const missing: string[] = [];
  for (const [path, bytes] of expected) {
    const other = actual.get(path);
    if (!other) missing.push(path);
    else if (!sameBytes(bytes, other)) differing.push(path);
  }
  const extra = [...actual.keys()].filter((p) => !expected.has(p));
  return { differing: differing.sort(byCodeUnit), missing: missing.sort(byCodeUnit), extra: extra.sort(byCodeUnit) };
}
