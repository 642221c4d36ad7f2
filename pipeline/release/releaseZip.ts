/**
 * A release's zip, made again from its package: the zip is deterministic (pipeline/release/zip.ts),
 * so the dist/ of the commit that released a version gives the very bytes whose SHA-256 the
 * CHANGELOG records.
 */
import { parse as parseYamlText } from 'yaml';
import { sha256 } from '../core/hash.js';
import type { DataPackage } from './diff/types.js';
import { RELEASE_DIR, releaseZipName } from './previous.js';
import { deterministicZip } from './zip.js';

/** The release date of a package: CITATION.cff's date-released, else datapackage.json's created. */
export function releaseDateOf(pkg: DataPackage): string | undefined {
  const cff = pkg.files.get('CITATION.cff');
  if (cff) {
    const d = (parseYamlText(new TextDecoder().decode(cff)) as Record<string, unknown> | null)?.['date-released'];
    if (typeof d === 'string') return d;
  }
  return typeof pkg.descriptor.created === 'string' ? pkg.descriptor.created.slice(0, 10) : undefined;
}

export interface ReleaseZip {
  version: string;
  path: string;
  zip: Uint8Array;
  sha256: string;
}

/** The release zip of a package, exactly as `release` wrote it. */
export function releaseZipOf(pkg: DataPackage): ReleaseZip {
  const name = String(pkg.descriptor.name);
  const version = String(pkg.descriptor.version);
  const zip = deterministicZip(pkg.files, releaseDateOf(pkg) ?? '1980-01-01', `${name}-${version}/`);
  return { version, path: `${RELEASE_DIR}/${releaseZipName(name, version)}`, zip, sha256: sha256(zip) };
}
