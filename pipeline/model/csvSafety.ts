/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a spreadsheet opening a CSV runs a cell
 * that begins with = + - @ (or a tab or carriage return before one) as a formula, and our text
 * cells hold words of news articles that nobody here controls. Policy (docs/csv-safety.md):
 *
 * - text cells (string and list columns) that begin with one of those characters get a leading
 *   apostrophe, which spreadsheets read as "this is text";
 * - a text cell that already begins with apostrophes before such a character gets one more, so
 *   the escape can always be undone exactly: drop one leading apostrophe where /^'+[=+\-@\t\r]/;
 * - number, integer, boolean and date columns are never touched: -12.5 stays -12.5;
 * - Arrow and Parquet carry every value exactly as it is; only the CSV is escaped.
 */
import type { ColumnKind } from './columnTypes.js';

/** A cell a spreadsheet could take for a formula, or one that escaping such a cell could produce. */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The CSV form of a text cell (already rendered by csvCell) of a column of this kind. */
export function csvSafeCell(cell: string, kind: ColumnKind): string {
  if (kind !== 'string' && kind !== 'list') return cell;
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

/** Undoes csvSafeCell for a text column: what a reader of the CSV does to get the exact value. */
export function restoreCsvCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
