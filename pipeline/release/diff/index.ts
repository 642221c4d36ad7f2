/**
 * Compares two data packages (docs/citing.md): every table row by row by primary key, the
 * schemas, the other resources and the metadata; classifies the version bump; warns about
 * files that do not match the hashes their datapackage.json records.
 */
import type { Problem } from '../../core/errors.js';
import { classify } from './classify.js';
import { diffTable } from './compare.js';
import { checkIntegrity } from './integrity.js';
import { diffMetadata } from './metadata.js';
import { otherResourceNames, readTables, tableResources } from './tables.js';
import type { DataPackage, PackageDiff, TableDiff } from './types.js';

export type { DataPackage, PackageDiff, TableDiff } from './types.js';
export { loadPackage, packageFromTree, treeFromGit, treeFromZip } from './load.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const versionOf = (pkg: DataPackage): string | null => (typeof pkg.descriptor.version === 'string' ? pkg.descriptor.version : null);

/** Files other than the descriptor and the table CSVs, compared by bytes. */
function otherFiles(before: DataPackage, after: DataPackage): PackageDiff['files'] {
  const tablePaths = new Set(
    [...tableResources(before), ...tableResources(after)].flatMap((r) => (Array.isArray(r.path) ? r.path : [r.path!])),
  );
  const skip = (p: string) => p === 'datapackage.json' || tablePaths.has(p);
  const a = [...before.files.keys()].filter((p) => !skip(p));
  const b = [...after.files.keys()].filter((p) => !skip(p));
  const eq = (x: Uint8Array, y: Uint8Array) => x.length === y.length && Buffer.compare(x, y) === 0;
  return {
    added: b.filter((p) => !before.files.has(p)).sort(byCodeUnit),
    removed: a.filter((p) => !after.files.has(p)).sort(byCodeUnit),
    changed: a.filter((p) => after.files.has(p) && !eq(before.files.get(p)!, after.files.get(p)!)).sort(byCodeUnit),
  };
}

export function diffPackages(before: DataPackage, after: DataPackage): PackageDiff {
  const warnings: Problem[] = [...checkIntegrity(before), ...checkIntegrity(after)];
  const oldTables = readTables(before, warnings);
  const newTables = readTables(after, warnings);
  const labels = { old: before.label, new: after.label };
  // Tables in the new package's order, then the removed ones in the old package's order.
  const names = [...newTables.keys(), ...[...oldTables.keys()].filter((n) => !newTables.has(n))];
  const tables: Record<string, TableDiff> = {};
  for (const name of names) tables[name] = diffTable(oldTables.get(name), newTables.get(name), labels, warnings);

  const oldOthers = new Set(otherResourceNames(before));
  const newOthers = new Set(otherResourceNames(after));
  const resources = {
    added: [...newOthers].filter((r) => !oldOthers.has(r)).sort(byCodeUnit),
    removed: [...oldOthers].filter((r) => !newOthers.has(r)).sort(byCodeUnit),
  };
  const metadata = diffMetadata(before.descriptor, after.descriptor);
  const { bump, reasons } = classify(tables, resources, metadata);
  return {
    old: { label: before.label, version: versionOf(before) },
    new: { label: after.label, version: versionOf(after) },
    bump,
    reasons,
    tables,
    resources,
    metadata,
    files: otherFiles(before, after),
    warnings,
  };
}
