/**
 * CSV as the project's other tables write it: UTF-8, LF, header row, RFC 4180 quoting
 * (papaparse), empty field = null.
 */
import type { Table } from 'apache-arrow';
import Papa from 'papaparse';
import { columnsOf } from './rowValues.js';

const utf8 = new TextEncoder();

export function encodeCsv(table: Table): Uint8Array {
  const { names, columns } = columnsOf(table);
  const rows: unknown[][] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) rows[r] = columns.map((c) => c[r]);
  const text = Papa.unparse({ fields: names, data: rows }, { newline: '\n', header: true });
  // papaparse ends the header of an empty table with a newline, but not the last row.
  return utf8.encode(text.endsWith('\n') ? text : text + '\n');
}
