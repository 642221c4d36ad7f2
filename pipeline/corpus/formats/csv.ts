/**
 * CSV as the project's other tables write it: UTF-8, LF, header row, RFC 4180 quoting
 * (papaparse), empty field = null, and text cells that a spreadsheet would run as a formula
 * (= + - @, or a tab or CR before one) prefixed with an apostrophe, numbers untouched — the
 * policy of docs/csv-safety.md. A corpus holds whatever its documents say, ids included, so a
 * `doc_id` of `=HYPERLINK(…)` is as possible as a mention `-3%`.
 */
import type { Table } from 'apache-arrow';
import { createRequire } from 'node:module';
import { csvSafeCell } from '../../model/csvSafety.js';
import type { ColumnSpec } from '../tableSchema.js';
import { columnsOf } from './rowValues.js';

/**
 * Loaded with `require`, like Arrow and parquet-wasm (../arrow.ts, parquet.ts): papaparse is
 * CommonJS, and an ES `import` of it has Node's cjs-module-lexer scan its 52 KB for export
 * names in every corpus run (this module loads with the other formats whichever is chosen),
 * long enough that V8 optimizes the lexer on the cores the workers need (docs/performance.md).
 */
const Papa = createRequire(import.meta.url)('papaparse') as typeof import('papaparse');

const utf8 = new TextEncoder();

export function encodeCsv(table: Table, specs: readonly ColumnSpec[]): Uint8Array {
  const { names, columns } = columnsOf(table);
  names.forEach((name, i) => {
    if (specs.find((s) => s.name === name)?.type !== 'utf8') return;
    const col = columns[i]!;
    for (let r = 0; r < col.length; r++) if (typeof col[r] === 'string') col[r] = csvSafeCell(col[r] as string, 'string');
  });
  const rows: unknown[][] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) rows[r] = columns.map((c) => c[r]);
  const text = Papa.unparse({ fields: names, data: rows }, { newline: '\n', header: true });
  // papaparse ends the header of an empty table with a newline, but not the last row.
  return utf8.encode(text.endsWith('\n') ? text : text + '\n');
}
