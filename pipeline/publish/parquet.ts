/**
 * Parquet via hyparquet-writer (pure JS), with an explicit Parquet schema from the same
 * column-type mapping as the Arrow and CSV files: UTF8 strings (plain, not dictionary-typed),
 * DOUBLE numbers, INT32 integers, INT32/DATE dates, BOOLEAN, three-level LIST<UTF8> lists;
 * REQUIRED exactly when the JSON Schema admits no null. SNAPPY compression (the default).
 *
 * Chosen over parquet-wasm on measurement (bench/parquet-writers.ts, docs/architecture.md):
 * files 26% smaller than parquet-wasm's smallest (ZSTD), comparable write time, no 15 MB wasm
 * module to load, and polars and DuckDB read both back with identical types and values.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { columns, type TableSpec } from '../model/schemas.js';
import { columnType, publishedValue, utcDate, type ColumnKind } from '../model/columnTypes.js';

const PRIMITIVE: Record<Exclude<ColumnKind, 'list'>, Record<string, string>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  number: { type: 'DOUBLE' },
  integer: { type: 'INT32' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

type SchemaElement = Record<string, string | number>;

export function toParquet(spec: TableSpec, rows: readonly object[]): Uint8Array {
  const names = columns(spec.schema);
  const schema: SchemaElement[] = [{ name: 'root', num_children: names.length }];
  const columnData = names.map((name) => {
    const t = columnType(spec.schema.properties![name]!);
    const repetition_type = t.nullable ? 'OPTIONAL' : 'REQUIRED';
    if (t.kind === 'list') {
      schema.push(
        { name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', repetition_type: 'REQUIRED', ...PRIMITIVE.string },
      );
    } else schema.push({ name, repetition_type, ...PRIMITIVE[t.kind] });
    const data = rows.map((r) => {
      const v = publishedValue((r as Record<string, unknown>)[name]);
      return v === null ? null : t.kind === 'date' && typeof v === 'string' ? utcDate(v) : v;
    });
    return { name, data, nullable: t.nullable };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, schema: schema as never }));
}
