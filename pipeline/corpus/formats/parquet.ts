/**
 * Parquet through parquet-wasm (the Rust parquet crate): SNAPPY-compressed, one row group
 * per part, page statistics (so DuckDB and Spark skip pages on a filter), dictionary
 * encoding only for the repetitive columns (doc_id, kind, unit, hedge, period).
 *
 * Measured on 131,072 mention rows (docs/performance.md): dictionary-encoding every column
 * and ZSTD gave 1.8 MB in ~195 ms of CPU; these settings give 3.3 MB in ~100 ms. The writer
 * runs in the one main thread, so its time is what limits a many-core machine, and the
 * output is small beside the corpus either way. parquet-wasm rather than hyparquet-writer:
 * it takes the Arrow buffers as they are, while hyparquet-writer wants JavaScript arrays
 * (3-4 times the CPU in all). SNAPPY is also read by hyparquet without extra codecs.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import * as pw from 'parquet-wasm/node';
import type { ColumnSpec } from '../tableSchema.js';

export function encodeParquet(table: Table, columns: readonly ColumnSpec[]): Uint8Array {
  let props = new pw.WriterPropertiesBuilder()
    .setCompression(pw.Compression.SNAPPY)
    .setDictionaryEnabled(false)
    .setMaxRowGroupSize(Math.max(1, table.numRows));
  for (const c of columns) if (c.repetitive) props = props.setColumnDictionaryEnabled(c.name, true);
  // writeParquet takes ownership of both wasm objects and frees them.
  return pw.writeParquet(pw.Table.fromIPCStream(tableToIPC(table, 'stream')), props.build());
}
