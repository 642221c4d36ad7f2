/**
 * Where each row came from: rows built from curated YAML remember their file and path, so a
 * problem found later (a foreign key, a unit, an interval) points at the line the curator
 * wrote, not at a row of a table they never see. Rows without an origin are located by
 * table, row and field.
 */
import type { Location } from '../core/errors.js';
import type { LocatedYaml } from '../core/yaml.js';

export type Path = (string | number)[];

export interface Origin {
  doc: LocatedYaml;
  path: Path;
  /** Column → YAML key where they differ (observation_id → id, period_start → period). */
  keys?: Record<string, string | null>;
}

export class Origins {
  private readonly map = new WeakMap<object, Origin>();

  set(row: object, origin: Origin): void {
    this.map.set(row, origin);
  }

  get(row: object): Origin | undefined {
    return this.map.get(row);
  }

  /** The YAML location of `field` of `row`, or its table cell (`rowNumber` is 1-based). */
  locate(row: object, field: string | undefined, table: string, rowNumber: number): Location {
    const o = this.map.get(row);
    if (!o) return { table, row: rowNumber, ...(field ? { field } : {}) };
    const key = field === undefined ? undefined : o.keys && field in o.keys ? o.keys[field] : field;
    const path = key === undefined || key === null ? o.path : [...o.path, key];
    return { file: o.doc.file, ...o.doc.locate(path) };
  }
}

/** The YAML location of a path in a document. */
export function at(doc: LocatedYaml, path: Path): Location {
  return { file: doc.file, ...doc.locate(path) };
}
