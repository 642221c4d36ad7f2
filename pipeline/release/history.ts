/**
 * Figure history (issue 18): `first_release` and `last_changed` of every observation and claim,
 * from the diff of this build's rows with the previous release's (diff/compare.ts, the same
 * comparison `figures diff` and the changelog use). A row the previous release lacks is new in
 * this version; a row whose published cells differ changed in this version; any other row keeps
 * the history the previous release gave it. A previous release without the columns gives its own
 * version for both, as the oldest it can see: 1.1.0, which brought them, was computed against
 * 1.0.1, so the rows of 1.0.0 read 1.0.1 (docs/citing.md says so). Only the cells as published are compared, so the
 * result depends on the two packages alone: no clock, no git history beyond the previous release.
 */
import type { Problem } from '../core/errors.js';
import type { Tables } from '../model/index.js';
import { columns, TABLES } from '../model/schemas.js';
import { csvRows } from '../publish/csv.js';
import { diffTable } from './diff/compare.js';
import { readTables } from './diff/tables.js';
import type { DataPackage, Row, Table } from './diff/types.js';

/** The tables whose rows carry their history. */
export const HISTORY_TABLES = ['observations', 'claims'] as const;
export const HISTORY_COLUMNS: readonly string[] = ['first_release', 'last_changed'];

export interface RowHistory {
  first_release: string;
  last_changed: string;
}

/** A release's table (or this build's) reduced to what is compared: every column but the history. */
function withoutHistory(table: Table, primaryKey: string[]): Table {
  return { ...table, primaryKey, fields: table.fields.filter((f) => !HISTORY_COLUMNS.includes(f.name)) };
}

const keyOf = (row: Row, key: readonly string[]): string => JSON.stringify(key.map((k) => row[k] ?? null));

/**
 * The history of each row of `current` (in its order), given the same table in the previous
 * release (undefined when it had none) and the two versions. Rows are matched by `current`'s key.
 */
export function tableHistory(
  current: Table,
  previous: Table | undefined,
  version: string,
  previousVersion: string,
  problems: Problem[] = [],
): RowHistory[] {
  const key = current.primaryKey;
  const fresh = { first_release: version, last_changed: version };
  if (!previous || !key.every((k) => previous.fields.some((f) => f.name === k))) return current.rows.map(() => fresh);
  const diff = diffTable(withoutHistory(previous, key), withoutHistory(current, key), { old: previousVersion, new: version }, problems);
  const added = new Set(diff.rows.added);
  const changed = new Set(diff.rows.changed.map((c) => keyOf(c.key, key)));
  const before = new Map(previous.rows.map((r) => [keyOf(r, key), r]));
  return current.rows.map((row) => {
    if (added.has(row)) return fresh;
    const old = before.get(keyOf(row, key))!;
    const first = old.first_release ?? previousVersion;
    return { first_release: first, last_changed: changed.has(keyOf(row, key)) ? version : (old.last_changed ?? previousVersion) };
  });
}

/** A table of this build as the diff reads a published one: its CSV cells, empty = null. */
function publishedTable(name: (typeof HISTORY_TABLES)[number], rows: readonly object[]): Table {
  const spec = TABLES.find((t) => t.name === name)!;
  const fields = columns(spec.schema);
  const cells = csvRows(spec, rows);
  return {
    name,
    path: `data/${name}.csv`,
    fields: fields.map((f) => ({ name: f, type: 'string' })), // types are not compared here
    primaryKey: spec.primaryKey,
    rows: cells.map((r) => Object.fromEntries(fields.map((f, i) => [f, r[i] === '' ? null : r[i]!]))),
  };
}

/**
 * The tables with the history columns set from the previous release's package (`previous`);
 * without one, every row keeps the version normalize gave it (a first release). Problems reading
 * the previous package (a malformed CSV, a duplicate key) are warnings pushed to `problems`.
 */
export function withHistory(tables: Tables, version: string, previous: DataPackage | undefined, problems: Problem[]): Tables {
  if (!previous) return tables;
  const previousVersion = typeof previous.descriptor.version === 'string' ? previous.descriptor.version : version;
  const before = readTables(previous, problems);
  const out = { ...tables };
  for (const name of HISTORY_TABLES) {
    const rows = tables[name] as object[];
    const history = tableHistory(publishedTable(name, rows), before.get(name), version, previousVersion, problems);
    (out as Record<string, object[]>)[name] = rows.map((r, i) => ({ ...r, ...history[i]! }));
  }
  return out;
}
