/**
 * Arrow IPC file of a table: plain Utf8 strings (not dictionary-encoded, which readers turn
 * into categoricals), Float64 numbers, Int32 integers, Date32 (days) dates, Bool booleans,
 * List<Utf8> lists; a field is nullable exactly when its JSON Schema admits null, and a list
 * column always (an empty list is null, as in the CSV: columnType).
 */
import {
  Bool,
  DateDay,
  Field,
  Float64,
  Int32,
  List,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';
import { columns, type TableSpec } from '../model/schemas.js';
import { columnType, publishedValue, utcDate, type ColumnKind } from '../model/columnTypes.js';

const item = () => new Field('item', new Utf8(), false);

function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case 'string':
      return new Utf8();
    case 'number':
      return new Float64();
    case 'integer':
      return new Int32();
    case 'boolean':
      return new Bool();
    case 'date':
      return new DateDay();
    case 'list':
      return new List(item());
  }
}

export function toArrowTable(spec: TableSpec, rows: readonly object[]): Table {
  const names = columns(spec.schema);
  const fields = names.map((n) => {
    const t = columnType(spec.schema.properties![n]!);
    return new Field(n, arrowType(t.kind), t.nullable);
  });
  const children = names.map((n, i) => {
    const kind = columnType(spec.schema.properties![n]!).kind;
    const values = rows.map((r) => {
      const v = publishedValue((r as Record<string, unknown>)[n]);
      return v === null ? null : kind === 'date' && typeof v === 'string' ? utcDate(v) : v;
    });
    return vectorFromArray(values as never[], fields[i]!.type).data[0]!;
  });
  const schema = new Schema(fields);
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, new RecordBatch(schema, data));
}

export function toArrowFile(table: Table): Uint8Array {
  return tableToIPC(table, 'file');
}
