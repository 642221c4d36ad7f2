/** The record of a release (its commit and its zip's SHA-256), found from the repository alone (never a local release zip). */
import { findCommittedRelease, releaseCommit } from './previous.js';
import type { ReleaseRecord } from './record.js';
import { releaseZipOf } from './releaseZip.js';

export function recordOf(root: string, version: string): ReleaseRecord | undefined {
  const commit = releaseCommit(root, version);
  const pkg = findCommittedRelease(root, version);
  if (commit === undefined || pkg === undefined) return undefined;
  const z = releaseZipOf(pkg);
  return { commit, zipName: z.path.split('/').pop()!, sha256: z.sha256 };
}
