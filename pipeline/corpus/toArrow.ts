/**
 * Wraps the buffers that came back from a worker as Arrow data, without copying.
 */
import type { Data, DataType, RecordBatch, Schema } from 'apache-arrow';
import { arrow } from './arrow.js';
import type { ColumnData, ColumnSet } from './columns.js';
import type { ColumnSpec } from './tableSchema.js';

const { Field, Float64, Int32, makeData, Struct, Utf8 } = arrow;

function arrowType(spec: ColumnSpec): DataType {
  return spec.type === 'int32' ? new Int32() : spec.type === 'float64' ? new Float64() : new Utf8();
}

/** The Arrow schema of a table (plain Utf8 strings, as the rest of the project writes them). */
export function arrowSchema(specs: readonly ColumnSpec[]): Schema {
  return new arrow.Schema(specs.map((s) => new Field(s.name, arrowType(s), s.nullable)));
}

function columnData(c: ColumnData, spec: ColumnSpec): Data {
  if (c.type !== spec.type) throw new Error(`column ${spec.name}: got ${c.type}, expected ${spec.type}`);
  // A null in a non-nullable column is an extractor that broke its contract, not bad input.
  if (c.nulls > 0 && !spec.nullable) throw new Error(`column ${spec.name}: ${c.nulls} null(s) in a non-nullable column`);
  const nullBitmap = c.valid ?? null;
  if (c.type === 'utf8') {
    return makeData({ type: new Utf8(), length: c.length, nullCount: c.nulls, nullBitmap, valueOffsets: c.offsets, data: c.bytes });
  }
  if (c.type === 'int32') return makeData({ type: new Int32(), length: c.length, nullCount: c.nulls, nullBitmap, data: c.values });
  return makeData({ type: new Float64(), length: c.length, nullCount: c.nulls, nullBitmap, data: c.values });
}

/** A record batch over the column buffers, in the order of `schema`. */
export function toRecordBatch(schema: Schema, specs: readonly ColumnSpec[], set: ColumnSet): RecordBatch {
  const children = specs.map((spec, i) => columnData(set.columns[i]!, spec));
  const struct = makeData({ type: new Struct(schema.fields), length: set.length, nullCount: 0, children });
  return new arrow.RecordBatch(schema, struct);
}
