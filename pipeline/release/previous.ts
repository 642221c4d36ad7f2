/**
 * Finds the previous release to diff against. Between releases raw/dataset.yaml keeps the
 * version of the last release, V; that release's package is, in order of preference:
 * 1. the dist/ of the git tag vV;
 * 2. release/<name>-V.zip (the exact bytes, if this machine made or downloaded it);
 * 3. the dist/ of the newest commit that set `version: V` in raw/dataset.yaml (the release
 *    commit), when that dist/ says version V.
 * Not HEAD's dist/: `verify` makes every commit carry a fresh dist/, so HEAD already holds the
 * changes a release is about. None of the three means this is the first release.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { DATASET_YAML, readDatasetMeta } from './datasetYaml.js';
import { packageFromTree, treeFromGit, treeFromZip } from './diff/load.js';
import type { DataPackage } from './diff/types.js';

export const RELEASE_DIR = 'release';

export function releaseZipName(name: string, version: string): string {
  return `${name}-${version}.zip`;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }).toString();
  } catch {
    return undefined; // not a repository, unknown ref, no such path
  }
}

function fromGitRef(root: string, ref: string, label: string, version: string): DataPackage | undefined {
  const tree = git(root, ['rev-parse', '--show-toplevel']) === undefined ? undefined : treeFromGit(root, ref);
  if (!tree?.has('datapackage.json')) return undefined;
  const pkg = packageFromTree(label, tree);
  return pkg.descriptor.version === version ? pkg : undefined;
}

function fromTag(root: string, version: string): DataPackage | undefined {
  return git(root, ['rev-parse', '--verify', '--quiet', `refs/tags/v${version}^{commit}`]) === undefined
    ? undefined
    : fromGitRef(root, `v${version}`, `v${version}`, version);
}

function fromZip(root: string, name: string, version: string): DataPackage | undefined {
  const file = `${RELEASE_DIR}/${releaseZipName(name, version)}`;
  if (!existsSync(join(root, file))) return undefined;
  return packageFromTree(file, treeFromZip(file, new Uint8Array(readFileSync(join(root, file)))));
}

/**
 * The commit that released `version`: the newest commit that set it in raw/dataset.yaml (a
 * release sets the version together with the rebuilt dist/, in one commit).
 */
export function releaseCommit(root: string, version: string): string | undefined {
  const commits = git(root, ['log', '--format=%H', '-G^version:', '--', DATASET_YAML])?.split('\n').filter(Boolean) ?? [];
  for (const sha of commits) {
    const yaml = git(root, ['show', `${sha}:${DATASET_YAML}`]);
    if (yaml !== undefined && readDatasetMeta(yaml).version === version) return sha;
  }
  return undefined;
}

function fromReleaseCommit(root: string, version: string): DataPackage | undefined {
  const sha = releaseCommit(root, version);
  return sha === undefined ? undefined : fromGitRef(root, sha, `${sha.slice(0, 12)}:dist/`, version);
}

/** "1.0.0" or "v1.0.0" → "1.0.0"; anything else → undefined. */
export function versionOf(spec: string): string | undefined {
  return /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(spec)?.[1];
}

/**
 * The package of a release named by its version, found from the repository alone: the tag,
 * else the release zip, else the commit that set the version (so a clone without tags or zips
 * can still diff, cite and rebuild any release).
 */
export function findRelease(root: string, version: string, name = datasetMeta(root)?.name): DataPackage | undefined {
  return fromTag(root, version) ?? (name === undefined ? undefined : fromZip(root, name, version)) ?? fromReleaseCommit(root, version);
}

/**
 * The package of a release from what every clone has, its tag or its release commit, never a
 * release zip of this machine: `release` writes the zip before the release is committed, so a
 * dist/ rebuilt in between (a changelog entry reworded) leaves the zip unlike the commit, and
 * its SHA-256 one no clone can make again. `zip` and `release --record` use this.
 */
export function findCommittedRelease(root: string, version: string): DataPackage | undefined {
  return fromTag(root, version) ?? fromReleaseCommit(root, version);
}

/**
 * findRelease (or, with `committed`, findCommittedRelease) for a version the user named: a
 * usage error (release-not-found) when there is none.
 */
export function requireRelease(root: string, version: string, committed = false): DataPackage {
  const found = committed ? findCommittedRelease(root, version) : findRelease(root, version);
  if (!found) throw new UsageError(messages.releaseNotFound(version, committed));
  return found;
}

function datasetMeta(root: string): { name: string; version: string } | undefined {
  const file = join(root, DATASET_YAML);
  return existsSync(file) ? readDatasetMeta(readFileSync(file, 'utf8')) : undefined;
}

/** The release raw/dataset.yaml's version names, or undefined for the first release. */
export function previousRelease(root: string): DataPackage | undefined {
  const meta = datasetMeta(root);
  return meta && findRelease(root, meta.version, meta.name);
}
