/** SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", sorted by path. */
import type { FileTree } from '../core/fs.js';
import { sha256 } from '../core/hash.js';
import { byCodeUnit } from '../core/order.js';

export const SHA256SUMS = 'SHA256SUMS';

export function sha256sums(tree: FileTree): Uint8Array {
  const lines = [...tree.keys()]
    .filter((p) => p !== SHA256SUMS)
    .sort(byCodeUnit)
    .map((p) => `${sha256(tree.get(p)!)}  ${p}\n`);
  return new TextEncoder().encode(lines.join(''));
}
