/**
 * Compares one table across two packages by primary key: rows added, removed and changed
 * (each changed cell with before and after), and the schema: columns added, removed,
 * retyped or reordered, and the key itself.
 */
import type { Problem } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import type { Field, Row, RowChange, Table, TableDiff } from './types.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The columns rows are matched on: the old key if both tables have its columns, else the new
 * key, else every common column (then a changed row shows as one removed and one added).
 */
function matchColumns(before: Table, after: Table, common: string[]): string[] {
  const inBoth = (key: string[]) => key.length > 0 && key.every((k) => common.includes(k));
  if (inBoth(before.primaryKey)) return before.primaryKey;
  if (inBoth(after.primaryKey)) return after.primaryKey;
  return common;
}

function index(table: Table, key: string[], label: string, problems: Problem[]): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of table.rows) {
    const id = JSON.stringify(key.map((k) => row[k] ?? null));
    if (out.has(id)) problems.push(messages.diffDuplicateKey(label, table.name, id));
    out.set(id, row);
  }
  return out;
}

const pick = (row: Row, cols: string[]): Row => Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));

function emptyDiff(status: TableDiff['status'], before?: Table, after?: Table): TableDiff {
  return {
    status,
    primaryKey: { before: before?.primaryKey ?? null, after: after?.primaryKey ?? null },
    columns: { added: [], removed: [], retyped: [], reordered: false },
    rows: {
      before: before?.rows.length ?? 0,
      after: after?.rows.length ?? 0,
      added: after?.rows ?? [],
      removed: before?.rows ?? [],
      changed: [],
    },
  };
}

export function diffTable(
  before: Table | undefined,
  after: Table | undefined,
  labels: { old: string; new: string },
  problems: Problem[],
): TableDiff {
  if (!before && !after) throw new Error('diffTable needs at least one table');
  if (!before) return emptyDiff('added', undefined, after);
  if (!after) return emptyDiff('removed', before, undefined);

  const beforeFields = new Map(before.fields.map((f) => [f.name, f]));
  const afterFields = new Map(after.fields.map((f) => [f.name, f]));
  const added: Field[] = after.fields.filter((f) => !beforeFields.has(f.name));
  const removed: Field[] = before.fields.filter((f) => !afterFields.has(f.name));
  const common = before.fields.map((f) => f.name).filter((n) => afterFields.has(n));
  const retyped = common
    .filter((n) => beforeFields.get(n)!.type !== afterFields.get(n)!.type)
    .map((n) => ({ name: n, before: beforeFields.get(n)!.type, after: afterFields.get(n)!.type }));
  const reordered = !sameList(
    common,
    after.fields.map((f) => f.name).filter((n) => beforeFields.has(n)),
  );

  const key = matchColumns(before, after, common);
  const oldRows = index(before, key, labels.old, problems);
  const newRows = index(after, key, labels.new, problems);
  const compared = common.filter((c) => !key.includes(c));
  const changed: RowChange[] = [];
  const addedRows: Row[] = [];
  for (const [id, row] of newRows) {
    const old = oldRows.get(id);
    if (!old) {
      addedRows.push(row);
      continue;
    }
    const cells = compared
      .filter((c) => (old[c] ?? null) !== (row[c] ?? null))
      .map((c) => ({ field: c, before: old[c] ?? null, after: row[c] ?? null }));
    if (cells.length > 0) changed.push({ key: pick(row, key), cells });
  }
  const removedRows = [...oldRows].filter(([id]) => !newRows.has(id)).map(([, row]) => row);

  const keyChanged = !sameList(before.primaryKey, after.primaryKey);
  const different =
    keyChanged || added.length + removed.length + retyped.length + addedRows.length + removedRows.length + changed.length > 0 || reordered;
  return {
    status: different ? 'changed' : 'unchanged',
    primaryKey: { before: before.primaryKey, after: after.primaryKey },
    columns: { added, removed, retyped, reordered },
    rows: { before: before.rows.length, after: after.rows.length, added: addedRows, removed: removedRows, changed },
  };
}
