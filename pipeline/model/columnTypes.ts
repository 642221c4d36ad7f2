/**
 * The one mapping from JSON Schema column types to the published types: CSV text form,
 * Arrow type, Table Schema type. Everything that writes a column asks here.
 */
import type { JsonSchema } from './schemas.js';

export type ColumnKind = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'list';

export interface ColumnType {
  kind: ColumnKind;
  nullable: boolean;
}

export function columnType(s: JsonSchema): ColumnType {
  const declared = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  const fromEnum = s.enum ? [...new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)))] : [];
  const types = declared.length ? declared : fromEnum;
  const t = types.find((x) => x !== 'null') ?? 'string';
  // A list column is published nullable, its empty list as null: a CSV field cannot tell an
  // empty list from a missing one (Table Schema's missingValues reads "" as null), so Arrow and
  // Parquet say the same as the CSV and its Table Schema (publishedValue).
  const nullable = t === 'array' || types.includes('null') || (s.enum?.includes(null) ?? false);
  const kind: ColumnKind =
    t === 'array'
      ? 'list'
      : t === 'integer'
        ? 'integer'
        : t === 'number'
          ? 'number'
          : t === 'boolean'
            ? 'boolean'
            : s.format === 'date'
              ? 'date'
              : 'string';
  return { kind, nullable };
}

/** A date column's ISO date as Arrow (Date32) and Parquet (DATE) take it: a Date at UTC midnight, a whole number of days since the epoch. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The CSV list delimiter ('|' never occurs in list items; validation checks that). */
export const LIST_DELIMITER = '|';

/** A cell as every published format holds it: undefined and the empty list are null (see columnType). */
export function publishedValue(v: unknown): unknown {
  return v === undefined || (Array.isArray(v) && v.length === 0) ? null : v;
}
