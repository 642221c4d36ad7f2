/**
 * The tables of a package: its CSV resources, with fields and primary key from their Table
 * Schemas and rows parsed by papaparse. Cells stay text as written (empty field = null), so
 * a diff reports exactly what changed in the published bytes, with no float or date
 * reinterpretation in between.
 */
import Papa from 'papaparse';
import type { Problem } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import type { DataPackage, Field, Row, Table } from './types.js';

interface TableSchemaLike {
  fields?: { name: string; type?: string; format?: string }[];
  primaryKey?: string | string[];
}

interface ResourceLike {
  name?: string;
  path?: string | string[];
  format?: string;
  schema?: TableSchemaLike | string;
  dialect?: { delimiter?: string; header?: boolean };
}

const decoder = new TextDecoder();

function isCsv(r: ResourceLike): boolean {
  const first = Array.isArray(r.path) ? r.path[0] : r.path;
  return r.format === 'csv' || (typeof first === 'string' && first.toLowerCase().endsWith('.csv'));
}

/** Resources whose rows a diff compares: CSV files with a Table Schema (Arrow and Parquet hold the same rows). */
export function tableResources(pkg: DataPackage): ResourceLike[] {
  return ((pkg.descriptor.resources ?? []) as ResourceLike[]).filter((r) => r.schema !== undefined && isCsv(r));
}

/** Names of the resources that are not tables (other formats, documents). */
export function otherResourceNames(pkg: DataPackage): string[] {
  const tables = new Set(tableResources(pkg));
  return ((pkg.descriptor.resources ?? []) as ResourceLike[]).filter((r) => !tables.has(r)).map((r) => r.name ?? String(r.path));
}

function schemaOf(pkg: DataPackage, r: ResourceLike): TableSchemaLike {
  if (typeof r.schema !== 'string') return r.schema ?? {};
  const bytes = pkg.files.get(r.schema);
  return bytes ? (JSON.parse(decoder.decode(bytes)) as TableSchemaLike) : {};
}

function fieldType(f: { type?: string; format?: string }): string {
  const type = f.type ?? 'any';
  return f.format && f.format !== 'default' ? `${type}:${f.format}` : type;
}

/** Frictionless's default dialect is RFC 4180 with a comma; papaparse would otherwise guess. */
function parseCsv(pkg: DataPackage, path: string, delimiter: string | undefined, problems: Problem[]): Row[] {
  const bytes = pkg.files.get(path);
  if (!bytes) return []; // reported by checkIntegrity
  const parsed = Papa.parse<string[]>(decoder.decode(bytes), { header: false, skipEmptyLines: false, delimiter: delimiter ?? ',' });
  const data = parsed.data;
  // A final newline leaves one empty record behind; a real empty record has the header's width.
  if (data.length > 0 && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  for (const e of parsed.errors) problems.push(messages.csvParse(pkg.label, path, (e.row ?? 0) + 1, e.message));
  const [header = [], ...records] = data;
  return records.map((record, i) => {
    if (record.length !== header.length)
      problems.push(messages.csvParse(pkg.label, path, i + 2, `${record.length} fields, the header has ${header.length}`));
    return Object.fromEntries(header.map((h, j) => [h, record[j] === undefined || record[j] === '' ? null : record[j]!]));
  });
}

export function readTables(pkg: DataPackage, problems: Problem[]): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const r of tableResources(pkg)) {
    const schema = schemaOf(pkg, r);
    const paths = Array.isArray(r.path) ? r.path : [r.path!];
    const fields: Field[] = (schema.fields ?? []).map((f) => ({ name: f.name, type: fieldType(f) }));
    const primaryKey = schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
    const name = r.name ?? paths[0]!;
    out.set(name, {
      name,
      path: paths.join(', '),
      fields,
      primaryKey,
      rows: paths.flatMap((p) => parseCsv(pkg, p, r.dialect?.delimiter, problems)),
    });
  }
  return out;
}
