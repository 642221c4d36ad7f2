/**
 * A ReadFS that sees some files replaced or added: `release` rebuilds from the repository as
 * it will be after the release (new dataset.yaml, CHANGELOG.md) before writing anything, so
 * a failing build leaves every file as it was.
 */
import { posix } from 'node:path';
import type { FileTree, ReadFS } from '../core/fs.js';

export function overlayFS(base: ReadFS, overrides: FileTree): ReadFS {
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    list(dir) {
      const prefix = posix.normalize(dir).replace(/\/$/, '') + '/';
      const names = new Set(base.list(dir));
      for (const p of overrides.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]!);
      return [...names].sort(byCodeUnit);
    },
    read(path) {
      return overrides.get(posix.normalize(path)) ?? base.read(path);
    },
  };
}
