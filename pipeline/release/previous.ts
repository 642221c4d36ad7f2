/**
 * Finds the previous release to diff against: the dist/ committed at HEAD, or else the
 * highest-versioned release/<name>-<version>.zip. Neither means this is the first release.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFromTree, treeFromGit, treeFromZip } from './diff/load.js';
import type { DataPackage } from './diff/types.js';
import { compareVersions, parseVersion } from './semver.js';

export const RELEASE_DIR = 'release';

export function releaseZipName(name: string, version: string): string {
  return `${name}-${version}.zip`;
}

function fromGit(root: string): DataPackage | undefined {
  try {
    const tree = treeFromGit(root, 'HEAD');
    return tree?.has('datapackage.json') ? packageFromTree('HEAD:dist/', tree) : undefined;
  } catch {
    return undefined; // not a git repository, or no commit yet
  }
}

function fromZips(root: string, name: string): DataPackage | undefined {
  const dir = join(root, RELEASE_DIR);
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.zip'))
    .map((f) => f.slice(name.length + 1, -4))
    .filter((v) => parseVersion(v) !== undefined)
    .sort(compareVersions);
  const latest = versions.at(-1);
  if (!latest) return undefined;
  const file = `${RELEASE_DIR}/${releaseZipName(name, latest)}`;
  return packageFromTree(file, treeFromZip(file, new Uint8Array(readFileSync(join(root, file)))));
}

export function previousRelease(root: string, name: string): DataPackage | undefined {
  return fromGit(root) ?? fromZips(root, name);
}
