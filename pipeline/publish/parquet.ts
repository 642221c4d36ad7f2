/**
 * Parquet via parquet-wasm, written from the very Arrow table of the .arrow file, so the two
 * files cannot disagree on a type (dates stay DATE, lists stay LIST<UTF8>, strings plain UTF8).
 * ZSTD compression; the writer records `created_by: parquet-rs 59.3.0`, pinned with the package.
 * Why parquet-wasm over hyparquet-writer: docs/architecture.md ("Parquet writer").
 */
import { tableToIPC, type Table } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm';

export function toParquet(table: Table): Uint8Array {
  const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props);
}
