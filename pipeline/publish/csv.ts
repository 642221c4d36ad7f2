/**
 * CSV (RFC 4180 via papaparse): UTF-8, LF, header row, quotes only where needed, empty field =
 * null, plain decimal numbers, ISO dates, booleans true/false, lists joined with '|', text cells
 * that a spreadsheet would run as a formula escaped with a leading apostrophe (csvSafety.ts).
 */
import Papa from 'papaparse';
import { columns, type TableSpec } from '../model/schemas.js';
import { LIST_DELIMITER, columnType } from '../model/columnTypes.js';
import { csvSafeCell } from '../model/csvSafety.js';
import { plainNumber } from './plainNumber.js';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join(LIST_DELIMITER);
  return String(value);
}

/** The cells of each row as the CSV file writes them, in column order. */
export function csvRows(spec: TableSpec, rows: readonly object[]): string[][] {
  const fields = columns(spec.schema);
  const kinds = fields.map((f) => columnType(spec.schema.properties![f]!).kind); // every column has a known type
  // Text cells that a spreadsheet would run as a formula are escaped (csvSafety.ts); numbers never.
  return rows.map((r) => fields.map((f, i) => csvSafeCell(csvCell((r as Record<string, unknown>)[f]), kinds[i]!)));
}

export function toCsv(spec: TableSpec, rows: readonly object[]): Uint8Array {
  const fields = columns(spec.schema);
  const data = csvRows(spec, rows);
  const text = Papa.unparse({ fields, data }, { newline: '\n', quotes: false, header: true, escapeFormulae: false });
  // With no rows papaparse ends the header with the newline itself: one line end, never a blank record.
  return new TextEncoder().encode(text.endsWith('\n') ? text : text + '\n');
}
