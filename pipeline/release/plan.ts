/**
 * Plans a release entirely in memory: diff with the previous release, choose the version,
 * write the changelog entry, edit dataset.yaml, sync package.json and the citation blocks, rebuild the package from
 * the repository as it will be, and zip it. Nothing touches the disk here, so a failure at
 * any step leaves the repository as it was; the `release` command writes the result.
 */
import { readText, type FileTree, type ReadFS } from '../core/fs.js';
import { FiguresError, UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { sha256 } from '../core/hash.js';
import { CHANGELOG, changelogEntry, prependEntry } from './changelog.js';
import { DATASET_YAML, readDatasetMeta, setDatasetVersion } from './datasetYaml.js';
import { diffPackages } from './diff/index.js';
import { packageFromTree } from './diff/load.js';
import { readTables } from './diff/tables.js';
import type { DataPackage, PackageDiff } from './diff/types.js';
import { overlayFS } from './overlay.js';
import { RELEASE_DIR, releaseZipName } from './previous.js';
import { bumpAtLeast, bumpVersion, compareVersions, type Bump } from './semver.js';
import { ROOT_CITATION, syncVersion } from './syncVersion.js';
import { recordReleases, type ReleaseRecord } from './record.js';
import { releaseDateOf } from './releaseZip.js';
import { deterministicZip } from './zip.js';

export type BuildFn = (fs: ReadFS) => FileTree | Promise<FileTree>;
export type BumpRequest = 'auto' | Exclude<Bump, 'none'>;

export interface ReleaseRequest {
  /** The repository (raw/, package.json, CHANGELOG.md, …). */
  fs: ReadFS;
  /** The previous release; undefined for the first one. */
  previous?: DataPackage;
  bump: BumpRequest;
  /** YYYY-MM-DD; defaults to `released` in raw/dataset.yaml (no clock is read). */
  date?: string;
  build: BuildFn;
  /** The commit and zip SHA-256 of an earlier release, to record in its changelog entry. */
  record?: (version: string) => ReleaseRecord | undefined;
}

export interface ReleasePlan {
  name: string;
  version: string;
  date: string;
  bump: Bump;
  diff?: PackageDiff;
  changelogEntry: string;
  /** Repository files to write (dataset.yaml, package.json, package-lock.json, CHANGELOG.md, the root CITATION.cff). */
  files: FileTree;
  /** The rebuilt package, to write as dist/. */
  dist: FileTree;
  /** Repository-relative path of the zip, e.g. release/<name>-<version>.zip. */
  zipPath: string;
  zip: Uint8Array;
  sha256: string;
}

export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The release date a package records (CITATION.cff, else datapackage.json `created`). */

function chooseVersion(
  current: string,
  previous: DataPackage | undefined,
  diff: PackageDiff | undefined,
  request: BumpRequest,
): { version: string; bump: Bump } {
  const base = typeof previous?.descriptor.version === 'string' ? previous.descriptor.version : current;
  if (!diff) {
    // The first release: 1.0.0 unless dataset.yaml already says 1.0.0 or later.
    if (request !== 'auto') return { version: bumpVersion(base, request), bump: request };
    return compareVersions(base, '1.0.0') < 0 ? { version: '1.0.0', bump: 'major' } : { version: base, bump: 'none' };
  }
  if (request === 'auto') {
    if (diff.bump === 'none') throw new FiguresError([messages.releaseNothingChanged(base)]);
    return { version: bumpVersion(base, diff.bump), bump: diff.bump };
  }
  if (!bumpAtLeast(request, diff.bump)) {
    throw new UsageError(
      messages.releaseBumpTooSmall(
        request,
        diff.bump,
        diff.reasons.filter((r) => r.bump === diff.bump).map((r) => r.text),
      ),
    );
  }
  return { version: bumpVersion(base, request), bump: request };
}

/** Records every earlier release whose entry lacks its commit and zip SHA-256 (record.ts). */
function recordUnlessNone(changelog: string, version: string, record: ReleaseRequest['record']): string {
  return record ? recordReleases(changelog, record, version).text : changelog;
}

export async function planRelease(req: ReleaseRequest): Promise<ReleasePlan> {
  const yamlText = readText(req.fs, DATASET_YAML);
  if (yamlText === undefined) throw new FiguresError([messages.missingFile(DATASET_YAML, 'the package metadata with its version')]);
  const meta = readDatasetMeta(yamlText);
  const date = req.date ?? meta.released;
  if (!isCalendarDate(date)) throw new UsageError(messages.releaseDateInvalid(date));
  const previousDate = req.previous && releaseDateOf(req.previous);
  if (previousDate && date < previousDate) {
    throw new UsageError(messages.releaseDateBeforePrevious(date, previousDate, String(req.previous!.descriptor.version)));
  }

  const candidate = await req.build(req.fs);
  const diff = req.previous ? diffPackages(req.previous, packageFromTree('working tree', candidate)) : undefined;
  const { version, bump } = chooseVersion(meta.version, req.previous, diff, req.bump);

  const zipPath = `${RELEASE_DIR}/${releaseZipName(meta.name, version)}`;
  if (req.fs.read(zipPath)) throw new FiguresError([messages.releaseExists(zipPath)]);

  const entry = changelogEntry({
    version,
    date,
    bump,
    ...(diff
      ? { diff }
      : {
          tables: [...readTables(packageFromTree('working tree', candidate), []).values()].map((t) => ({
            name: t.name,
            rows: t.rows.length,
          })),
        }),
  });
  const enc = new TextEncoder();
  const files: FileTree = new Map([
    [DATASET_YAML, enc.encode(setDatasetVersion(yamlText, version, date))],
    [CHANGELOG, enc.encode(recordUnlessNone(prependEntry(readText(req.fs, CHANGELOG), entry), version, req.record))],
  ]);
  for (const [path, bytes] of syncVersion(overlayFS(req.fs, files))) files.set(path, bytes);

  const dist = await req.build(overlayFS(req.fs, files));
  // the root copy of the new package's citation file (syncVersion.ts)
  const cff = dist.get(ROOT_CITATION);
  if (cff) files.set(ROOT_CITATION, cff);
  const zip = deterministicZip(dist, date, `${meta.name}-${version}/`);
  return {
    name: meta.name,
    version,
    date,
    bump,
    ...(diff ? { diff } : {}),
    changelogEntry: entry,
    files,
    dist,
    zipPath,
    zip,
    sha256: sha256(zip),
  };
}
