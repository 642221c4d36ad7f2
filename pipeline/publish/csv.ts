/**
 * CSV (RFC 4180 via papaparse): UTF-8, LF, header row, quotes only where needed, empty field =
 * null, plain decimal numbers, ISO dates, booleans true/false, lists joined with '|'.
 */
import Papa from 'papaparse';
import { columns, type TableSpec } from '../validate/schemas.js';
import { LIST_DELIMITER, columnType } from './columnTypes.js';
import { plainNumber } from './plainNumber.js';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(String).join(LIST_DELIMITER);
  return String(value);
}

export function toCsv(spec: TableSpec, rows: readonly object[]): Uint8Array {
  const fields = columns(spec.schema);
  for (const f of fields) columnType(spec.schema.properties![f]!); // every column has a known type
  const data = rows.map((r) => fields.map((f) => csvCell((r as Record<string, unknown>)[f])));
  const text = Papa.unparse({ fields, data }, { newline: '\n', quotes: false, header: true, escapeFormulae: false });
  return new TextEncoder().encode(text + '\n');
}
