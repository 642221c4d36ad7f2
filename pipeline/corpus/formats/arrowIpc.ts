/** Arrow IPC file format (Feather v2), read by polars, pyarrow, arrow-js; not by offline DuckDB. */
import { tableToIPC, type Table } from 'apache-arrow';

export function encodeArrow(table: Table): Uint8Array {
  return tableToIPC(table, 'file');
}
