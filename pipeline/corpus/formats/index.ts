/** The output formats of a corpus run, by name. */
import type { Table } from 'apache-arrow';
import type { ColumnSpec } from '../tableSchema.js';
import type { FormatName } from '../formatNames.js';
import { encodeArrow } from './arrowIpc.js';
import { encodeCsv } from './csv.js';
import { encodeJsonl } from './jsonl.js';
import { encodeParquet } from './parquet.js';

export interface OutputFormat {
  name: FormatName;
  extension: string;
  /** How the manifest describes the encoding. */
  encoding: string;
  encode(table: Table, columns: readonly ColumnSpec[]): Uint8Array;
}

export { FORMAT_NAMES, type FormatName } from '../formatNames.js';

export const FORMATS: Record<FormatName, OutputFormat> = {
  parquet: {
    name: 'parquet',
    extension: 'parquet',
    encoding: 'Apache Parquet, SNAPPY, one row group per part, dictionary for repetitive columns (parquet-wasm 0.8.0)',
    encode: encodeParquet,
  },
  arrow: { name: 'arrow', extension: 'arrow', encoding: 'Apache Arrow IPC file (apache-arrow 21.2.0)', encode: encodeArrow },
  csv: {
    name: 'csv',
    extension: 'csv',
    encoding:
      'CSV, UTF-8, LF, header row, RFC 4180 quoting, empty field = null, text cells that begin with = + - @ (or a tab or CR before one) prefixed with an apostrophe (docs/csv-safety.md)',
    encode: encodeCsv,
  },
  jsonl: { name: 'jsonl', extension: 'jsonl', encoding: 'JSON Lines, UTF-8, one object per row', encode: encodeJsonl },
};
