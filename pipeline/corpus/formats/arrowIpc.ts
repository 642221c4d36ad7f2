/** Arrow IPC file format (Feather v2), read by polars, pyarrow, arrow-js; not by offline DuckDB. */
import type { Table } from 'apache-arrow';
import { arrow } from '../arrow.js';

export function encodeArrow(table: Table): Uint8Array {
  return arrow.tableToIPC(table, 'file');
}
