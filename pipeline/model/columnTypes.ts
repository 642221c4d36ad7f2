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
  const nullable = types.includes('null') || (s.enum?.includes(null) ?? false);
  const t = types.find((x) => x !== 'null') ?? 'string';
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
