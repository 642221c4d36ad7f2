/** The shapes of a package comparison (what `figures diff --json` prints). */
import type { FileTree } from '../../core/fs.js';
import type { Problem } from '../../core/errors.js';
import type { Bump } from '../semver.js';

/** A CSV cell as written: the text, or null for an empty field (the package's null). */
export type Cell = string | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  /** Table Schema type, with `:format` when a non-default format is given (e.g. `string:uri`). */
  type: string;
}

export interface Table {
  name: string;
  path: string;
  fields: Field[];
  primaryKey: string[];
  rows: Row[];
}

/** A package as files plus its parsed descriptor. */
export interface DataPackage {
  /** How the user named it (a folder, zip or git ref); used in messages. */
  label: string;
  files: FileTree;
  descriptor: Record<string, unknown>;
}

export interface CellChange {
  field: string;
  before: Cell;
  after: Cell;
}

export interface RowChange {
  key: Row;
  cells: CellChange[];
}

export interface TableDiff {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  primaryKey: { before: string[] | null; after: string[] | null };
  columns: {
    added: Field[];
    removed: Field[];
    retyped: { name: string; before: string; after: string }[];
    /** True when columns present in both appear in a different relative order. */
    reordered: boolean;
  };
  rows: {
    before: number;
    after: number;
    added: Row[];
    removed: Row[];
    changed: RowChange[];
  };
}

export interface MetadataChange {
  /** Where in datapackage.json, e.g. `title` or `resources[observations].schema.fields[value].description`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface Reason {
  bump: Exclude<Bump, 'none'>;
  text: string;
}

export interface PackageDiff {
  old: { label: string; version: string | null };
  new: { label: string; version: string | null };
  bump: Bump;
  reasons: Reason[];
  tables: Record<string, TableDiff>;
  /** Non-table resources added or removed (e.g. a new file format). */
  resources: { added: string[]; removed: string[] };
  metadata: MetadataChange[];
  /** Files outside the tables whose bytes differ (site pages, citation files); informative only. */
  files: { added: string[]; removed: string[]; changed: string[] };
  warnings: Problem[];
}
