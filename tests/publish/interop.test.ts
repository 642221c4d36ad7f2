/**
 * Independent readers (nodejs-polars, DuckDB) read every published file and must agree with
 * what the pipeline wrote, cell for cell and in type: no number read as text, no date
 * shifted, no string turned categorical. CSV readers infer types, as an analyst's would;
 * only text columns are declared as text (a code like "8542" or a period like "2023" is text).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../pipeline/build.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { columnType, type ColumnKind } from '../../pipeline/model/columnTypes.js';
import { csvSafeCell } from '../../pipeline/model/csvSafety.js';
import { TABLES, columns, type TableSpec } from '../../pipeline/model/schemas.js';

const tree = build(diskFS('.'));
const { tables } = check(diskFS('.'));
const dir = mkdtempSync(join(tmpdir(), 'interop-'));
mkdirSync(join(dir, 'data'));
for (const [p, b] of tree) if (p.startsWith('data/')) writeFileSync(join(dir, p), b);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = (spec: TableSpec) =>
  columns(spec.schema).map((n) => [n, columnType(spec.schema.properties![n]!).kind] as [string, ColumnKind]);
const rowsOf = (spec: TableSpec) => tables[spec.name] as unknown as Record<string, unknown>[];

/** A cell as plain JSON: dates as YYYY-MM-DD, bigints and numeric strings of numeric columns as numbers. */
function plain(v: unknown, kind: ColumnKind): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'bigint') return Number(v);
  if ((kind === 'number' || kind === 'integer') && typeof v === 'string') return Number(v);
  if (Array.isArray(v)) return v.map((x) => plain(x, 'string'));
  if (typeof v === 'object' && v !== null && 'toArray' in v)
    return [...(v as { toArray(): unknown[] }).toArray()].map((x) => plain(x, 'string'));
  return v;
}

/** What the pipeline wrote, as the reader of a given file format should see it. */
function expected(spec: TableSpec, format: 'csv' | 'typed'): unknown[][] {
  return rowsOf(spec).map((r) =>
    kinds(spec).map(([n, k]) => {
      const v = r[n];
      // An empty list is published as null in every format (columnType).
      if (k === 'list' && !(v as string[]).length) return null;
      // The CSV escapes text cells that a spreadsheet would take for a formula (docs/csv-safety.md),
      // so a sentence that begins with a list dash ("- The PRC …") is published as "'- The PRC …".
      if (format === 'csv' && k === 'list') return csvSafeCell((v as string[]).join('|'), k);
      if (format === 'csv' && k === 'string' && typeof v === 'string') return csvSafeCell(v, k);
      return plain(v, k);
    }),
  );
}

const POLARS_TYPED: Record<ColumnKind, string[]> = {
  string: ['String'],
  number: ['Float64'],
  integer: ['Int32'],
  boolean: ['Bool'],
  date: ['Date'],
  list: ['List(String)'],
};
const POLARS_CSV: Record<ColumnKind, string[]> = {
  string: ['String'],
  number: ['Float64', 'Int64'],
  integer: ['Int64', 'Int32'],
  boolean: ['Bool'],
  date: ['Date'],
  list: ['String'],
};
const DUCK_TYPED: Record<ColumnKind, string[]> = {
  string: ['VARCHAR'],
  number: ['DOUBLE'],
  integer: ['INTEGER'],
  boolean: ['BOOLEAN'],
  date: ['DATE'],
  list: ['VARCHAR[]'],
};
const DUCK_CSV: Record<ColumnKind, string[]> = {
  string: ['VARCHAR'],
  number: ['DOUBLE', 'BIGINT'],
  integer: ['BIGINT', 'INTEGER'],
  boolean: ['BOOLEAN'],
  date: ['DATE'],
  list: ['VARCHAR'],
};

const polarsType = (d: unknown) =>
  String(d)
    .replace(/DataType\(/g, '')
    .replace(/\)/g, (_m, i, s: string) => (s.startsWith('List') && i === s.length - 1 ? ')' : ''))
    .replace(/^List\(String\)+$/, 'List(String)');

/** Checks column types (skipping all-null columns, which carry no type evidence) and values. */
function agree(spec: TableSpec, types: string[], rows: unknown[][], allowed: Record<ColumnKind, string[]>, format: 'csv' | 'typed') {
  const want = expected(spec, format);
  kinds(spec).forEach(([n, k], i) => {
    const allNull = want.every((r) => r[i] === null);
    if (!allNull) expect(allowed[k], `${spec.name}.${n} read as ${types[i]}`).toContain(types[i]);
  });
  expect(rows.length, spec.name).toBe(want.length);
  rows.forEach((r, j) => expect(r, `${spec.name} row ${j + 1}`).toEqual(want[j]));
}

describe.each(TABLES.map((t) => [t.name, t] as const))('%s', (_name, spec) => {
  const names = columns(spec.schema);
  const textCols = kinds(spec)
    .filter(([, k]) => k === 'string' || k === 'list')
    .map(([n]) => n);

  it('polars reads the Arrow file', () => {
    const df = pl.readIPC(Buffer.from(tree.get(`data/${spec.name}.arrow`)!));
    const rows = df.toRecords().map((r) => kinds(spec).map(([n, k]) => plain(r[n], k)));
    agree(spec, df.dtypes.map(polarsType), rows, POLARS_TYPED, 'typed');
    expect(df.columns).toEqual(names);
  });
  it('polars reads the Parquet file', () => {
    const df = pl.readParquet(Buffer.from(tree.get(`data/${spec.name}.parquet`)!));
    const rows = df.toRecords().map((r) => kinds(spec).map(([n, k]) => plain(r[n], k)));
    agree(spec, df.dtypes.map(polarsType), rows, POLARS_TYPED, 'typed');
  });
  it('polars reads the CSV file', () => {
    const df = pl.readCSV(Buffer.from(tree.get(`data/${spec.name}.csv`)!), {
      tryParseDates: true,
      inferSchemaLength: 100_000,
      dtypes: Object.fromEntries(textCols.map((n) => [n, pl.Utf8])),
    });
    const rows = df.toRecords().map((r) => kinds(spec).map(([n, k]) => plain(r[n], k)));
    agree(spec, df.dtypes.map(polarsType), rows, POLARS_CSV, 'csv');
  });

  describe('DuckDB', () => {
    let conn: Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>['connect']>>;
    beforeAll(async () => {
      conn = await (await DuckDBInstance.create(':memory:')).connect();
    });
    const read = async (sql: string) => {
      const res = await conn.runAndReadAll(sql);
      const rows = res.getRowObjectsJson().map((r) => kinds(spec).map(([n, k]) => plain(r[n], k)));
      return { types: res.columnTypes().map(String), rows };
    };
    it('reads the Parquet file', async () => {
      const { types, rows } = await read(`SELECT * FROM read_parquet('${join(dir, 'data', `${spec.name}.parquet`)}')`);
      agree(spec, types, rows, DUCK_TYPED, 'typed');
    });
    it('reads the CSV file', async () => {
      const declared = textCols.map((n) => `'${n}': 'VARCHAR'`).join(', ');
      const { types, rows } = await read(
        `SELECT * FROM read_csv('${join(dir, 'data', `${spec.name}.csv`)}', header = true${declared ? `, types = {${declared}}` : ''})`,
      );
      agree(spec, types, rows, DUCK_CSV, 'csv');
    });
  });
});
