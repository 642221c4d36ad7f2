/**
 * The root CITATION.cff is a copy of dist/CITATION.cff (GitHub's "Cite this repository" reads
 * the root). A build into the project's dist/ that changes the package's citation (a new source
 * adds a reference) refreshes the copy too, so `verify` does not then find it stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileTree } from '../core/fs.js';
import { ROOT_CITATION } from '../release/syncVersion.js';

/** Writes the tree's CITATION.cff over the project's root copy when `out` is the project's dist/ and the copy exists and differs; true when it did. */
export function refreshRootCitation(root: string, out: string, tree: FileTree): boolean {
  const cff = tree.get(ROOT_CITATION);
  const path = join(root, ROOT_CITATION);
  if (!cff || resolve(out) !== resolve(root, 'dist') || !existsSync(path)) return false;
  if (Buffer.compare(readFileSync(path), cff) === 0) return false;
  writeFileSync(path, cff);
  return true;
}
