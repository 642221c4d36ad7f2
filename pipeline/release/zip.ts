/**
 * Deterministic release zips with fflate: entries sorted by path (code units), every entry a
 * regular file with mode 0644 made on "Unix", deflate level 9, and one fixed timestamp.
 *
 * The timestamp: ZIP stores a DOS date-time with no zone, and fflate fills it from the local
 * getters of a Date, so a fixed instant would give different fields under different TZ.
 * Instead the Date is built from local fields (the release date, 12:00:00): every zone then
 * writes the same fields. Noon rather than midnight because some zones skip midnight on the
 * day daylight saving starts (e.g. Asia/Beirut), which would turn 00:00 into 01:00.
 * Bytes are stable for a given fflate version (pinned in package.json).
 */
import { zipSync, type Zippable } from 'fflate';
import type { FileTree } from '../core/fs.js';

const UNIX = 3;
/** S_IFREG | 0644 in the high 16 bits of the external attributes. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `date` is YYYY-MM-DD; `prefix` (e.g. `name-1.0.0/`) is prepended to every path. */
export function deterministicZip(tree: FileTree, date: string, prefix = ''): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries: Zippable = {};
  // Object keys keep insertion order for non-integer keys, and a prefix or a '/' makes every
  // path a non-integer key; a bare numeric file name at the root would be hoisted first.
  for (const path of [...tree.keys()].sort(byCodeUnit)) {
    if (/^(0|[1-9]\d*)$/.test(prefix + path)) throw new Error(`zip entry name ${path} would be reordered; give a prefix`);
    entries[prefix + path] = [tree.get(path)!, { level: 9, mtime, os: UNIX, attrs: FILE_ATTRS }];
  }
  return zipSync(entries);
}
