/** JSON Lines: one object per row, keys in column order, null for nulls. */
import type { Table } from 'apache-arrow';
import { columnsOf } from './rowValues.js';

const utf8 = new TextEncoder();

export function encodeJsonl(table: Table): Uint8Array {
  const { names, columns } = columnsOf(table);
  const lines: string[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r];
    lines[r] = JSON.stringify(row) + '\n';
  }
  return utf8.encode(lines.join(''));
}
