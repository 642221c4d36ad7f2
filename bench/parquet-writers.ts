/**
 * Parquet writers compared on the package's own tables (issue 3): parquet-wasm 0.8.0 (ZSTD,
 * SNAPPY, uncompressed) vs hyparquet-writer 0.17.0 (SNAPPY). Prints total bytes, median write
 * time of all tables over several runs, and whether polars and DuckDB read every file back
 * with the expected types and values. Run: npx tsx bench/parquet-writers.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
import pl from 'nodejs-polars';
import { DuckDBInstance } from '@duckdb/node-api';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm';
import { check } from '../pipeline/build.js';
import { diskFS } from '../pipeline/core/fs.js';
import { toArrowTable } from '../pipeline/publish/arrow.js';
import { toParquet } from '../pipeline/publish/parquet.js';
import { columnType } from '../pipeline/model/columnTypes.js';
import { TABLES, columns, type TableSpec } from '../pipeline/model/schemas.js';
import { FIRST_SOURCE_MENTIONS, fixedExtractor } from '../tests/fixtures/fixedExtractor.js';

const { tables } = check(diskFS('.'), { extract: fixedExtractor(FIRST_SOURCE_MENTIONS) });
const inputs = TABLES.map((spec) => ({
  spec,
  rows: tables[spec.name] as unknown as Record<string, unknown>[],
  arrow: toArrowTable(spec, tables[spec.name] as object[]),
}));

function wasm(codec: Compression) {
  return (_spec: TableSpec, _rows: Record<string, unknown>[], arrow: Table) =>
    writeParquet(WasmTable.fromIPCStream(tableToIPC(arrow, 'stream')), new WriterPropertiesBuilder().setCompression(codec).build());
}

/** The pipeline's own writer (pipeline/publish/parquet.ts). */
const hyparquet = (spec: TableSpec, rows: Record<string, unknown>[]) => toParquet(spec, rows);

const writers: [string, (spec: TableSpec, rows: Record<string, unknown>[], arrow: Table) => Uint8Array][] = [
  ['parquet-wasm ZSTD', wasm(Compression.ZSTD)],
  ['parquet-wasm SNAPPY', wasm(Compression.SNAPPY)],
  ['parquet-wasm UNCOMPRESSED', wasm(Compression.UNCOMPRESSED)],
  ['hyparquet-writer SNAPPY', hyparquet],
];

const dir = mkdtempSync(join(tmpdir(), 'pq-bench-'));
const duck = await (await DuckDBInstance.create(':memory:')).connect();
const expectedPolars = (spec: TableSpec) =>
  columns(spec.schema).map(
    (n) =>
      ({ string: 'String', number: 'Float64', integer: 'Int32', boolean: 'Bool', date: 'Date', list: 'List(String)' })[
        columnType(spec.schema.properties![n]!).kind
      ],
  );

for (const [label, write] of writers) {
  const times: number[] = [];
  let files: Uint8Array[] = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    files = inputs.map(({ spec, rows, arrow }) => write(spec, rows, arrow));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const bytes = files.reduce((n, f) => n + f.length, 0);
  let polarsOk = true;
  let duckOk = true;
  for (const [i, { spec, rows }] of inputs.entries()) {
    const df = pl.readParquet(Buffer.from(files[i]!));
    const dtypes = df.dtypes.map((d) =>
      String(d)
        .replace(/^DataType\((.*)\)$/, '$1')
        .replace('List(DataType(String))', 'List(String)'),
    );
    if (JSON.stringify(dtypes) !== JSON.stringify(expectedPolars(spec)) || df.height !== rows.length) polarsOk = false;
    const norm = (v: unknown): unknown =>
      v instanceof Date ? v.toISOString().slice(0, 10) : Array.isArray(v) ? v.map(norm) : v === undefined ? null : v;
    const got = df.toRecords().map((r) => columns(spec.schema).map((n) => norm(r[n])));
    const want = rows.map((r) => columns(spec.schema).map((n) => norm(r[n])));
    if (JSON.stringify(got) !== JSON.stringify(want)) polarsOk = false;
    const p = join(dir, `${label.replace(/\W+/g, '-')}-${spec.name}.parquet`);
    writeFileSync(p, files[i]!);
    const res = await duck.runAndReadAll(`SELECT * FROM read_parquet('${p}')`);
    const types = res.columnTypes().map(String);
    const wantTypes = columns(spec.schema).map(
      (n) =>
        ({ string: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER', boolean: 'BOOLEAN', date: 'DATE', list: 'VARCHAR[]' })[
          columnType(spec.schema.properties![n]!).kind
        ],
    );
    if (JSON.stringify(types) !== JSON.stringify(wantTypes) || res.currentRowCount !== rows.length) duckOk = false;
  }
  console.log(
    `${label.padEnd(26)} ${String(bytes).padStart(7)} B   median ${times[3]!.toFixed(1).padStart(6)} ms (min ${times[0]!.toFixed(1)})   polars types+values ${polarsOk ? 'ok' : 'DIFFER'}   duckdb types+rows ${duckOk ? 'ok' : 'DIFFER'}`,
  );
}
rmSync(dir, { recursive: true, force: true });
