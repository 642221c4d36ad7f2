/**
 * The build's inputs that differ from the last commit: what `release` built into dist/ and the
 * release commit must then hold as well. Without them, a release commit of dist/ alone is one a
 * fresh clone cannot rebuild (`verify`: dist-stale).
 */
import { execFileSync } from 'node:child_process';

/** Folders whose files the build reads. */
export const INPUT_DIRS = ['raw', 'schemas'];

/** Modified, added, deleted and untracked files under the input folders, sorted; empty outside git. */
export function uncommittedInputs(root: string): string[] {
  let out: string;
  try {
    out = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...INPUT_DIRS], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
  } catch {
    return []; // not a git checkout (a release zip unpacked, say): nothing to name
  }
  return [
    ...new Set(
      out
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => e.slice(3)),
    ),
  ].sort();
}
