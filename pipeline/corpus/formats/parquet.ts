/**
 * Parquet through parquet-wasm (the Rust parquet crate): ZSTD-compressed, one row group per
 * part, dictionary encoding on (kind, unit, hedge, doc_id repeat heavily).
 *
 * parquet-wasm rather than hyparquet-writer: it takes the Arrow buffers as they are, while
 * hyparquet-writer wants JavaScript arrays, which cost more to make than the whole write
 * (measured in docs/performance.md). ZSTD rather than SNAPPY for the smaller files; DuckDB,
 * Spark, polars and parquet-wasm read it (hyparquet needs hyparquet-compressors).
 */
import { tableToIPC, type Table } from 'apache-arrow';
import * as pw from 'parquet-wasm/node';

export type ParquetCompression = 'zstd' | 'snappy';

export function encodeParquet(table: Table, compression: ParquetCompression = 'zstd'): Uint8Array {
  const props = new pw.WriterPropertiesBuilder()
    .setCompression(compression === 'zstd' ? pw.Compression.ZSTD : pw.Compression.SNAPPY)
    .setMaxRowGroupSize(Math.max(1, table.numRows))
    .build();
  // writeParquet takes ownership of both wasm objects and frees them.
  return pw.writeParquet(pw.Table.fromIPCStream(tableToIPC(table, 'stream')), props);
}
