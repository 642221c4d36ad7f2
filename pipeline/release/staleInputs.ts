/**
 * Which inputs a stale dist/ was built from other versions of. `verify` compares bytes; when a
 * data table differs, its differing rows say which source (or vocabulary) they came from, and
 * so which files in raw/ differ from what dist/ was built from: a correction built into dist/
 * but never committed shows up here, not as a bare "run the build".
 */
import Papa from 'papaparse';
import type { FileTree, ReadFS } from '../core/fs.js';
import { TABLES, type TableSpec } from '../model/schemas.js';

/** Columns that name the source a row came from. */
const SOURCE_COLUMNS = ['source_id', 'subject_source', 'support_source'];

type Row = Record<string, string>;

function rowsByKey(bytes: Uint8Array | undefined, spec: TableSpec): Map<string, Row> {
  const out = new Map<string, Row>();
  if (!bytes) return out;
  const parsed = Papa.parse<Row>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
  for (const row of parsed.data) out.set(JSON.stringify(spec.primaryKey.map((k) => row[k] ?? '')), row);
  return out;
}

/** The rows of one table that differ between the two versions (either side's copy). */
function differingRows(spec: TableSpec, built: Uint8Array | undefined, dist: Uint8Array | undefined): Row[] {
  const a = rowsByKey(built, spec);
  const b = rowsByKey(dist, spec);
  const out: Row[] = [];
  for (const [key, row] of a) {
    const other = b.get(key);
    if (!other || JSON.stringify(row) !== JSON.stringify(other)) out.push(row, ...(other ? [other] : []));
  }
  for (const [key, row] of b) if (!a.has(key)) out.push(row);
  return out;
}

/**
 * The input files (that exist in `fs`) behind the rows that differ between a fresh build and
 * dist/, sorted; empty when no data table differs in a way rows can explain.
 */
export function staleInputs(fs: ReadFS, built: FileTree, dist: FileTree, differing: readonly string[]): string[] {
  const files = new Set<string>();
  const sourceIds = new Set<string>();
  for (const spec of TABLES) {
    const path = `data/${spec.name}.csv`;
    if (!differing.includes(path)) continue;
    const rows = differingRows(spec, built.get(path), dist.get(path));
    if (rows.length === 0) continue;
    if (spec.kind === 'vocabulary') files.add(`raw/vocab/${spec.name}.yaml`);
    for (const row of rows) for (const c of SOURCE_COLUMNS) if (row[c]) sourceIds.add(row[c]);
    // A changed row of the sources table is its sidecar or its text; of any other, its annotation.
    for (const id of rows.map((r) => r.source_id).filter(Boolean) as string[])
      if (spec.name === 'sources') files.add(`raw/sources/${id}.source.yaml`).add(`raw/sources/${id}.txt`);
  }
  for (const id of sourceIds) files.add(`raw/annotations/${id}.yaml`);
  return [...files].filter((f) => fs.read(f) !== undefined).sort();
}
