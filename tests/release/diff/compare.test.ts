import { describe, expect, it } from 'vitest';
import { diffTable } from '../../../pipeline/release/diff/compare.js';
import type { Problem } from '../../../pipeline/core/errors.js';
import type { Table } from '../../../pipeline/release/diff/types.js';

const labels = { old: 'old', new: 'new' };
const table = (over: Partial<Table> = {}): Table => ({
  name: 't',
  path: 'data/t.csv',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'v', type: 'number' },
    { name: 'note', type: 'string' },
  ],
  primaryKey: ['id'],
  rows: [
    { id: 'a', v: '1', note: null },
    { id: 'b', v: '2', note: 'x' },
  ],
  ...over,
});

describe('diffTable', () => {
  it('finds nothing between identical tables', () => {
    const d = diffTable(table(), table(), labels, []);
    expect(d.status).toBe('unchanged');
    expect(d.rows).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('matches rows by primary key, not by position', () => {
    const d = diffTable(table(), table({ rows: [...table().rows].reverse() }), labels, []);
    expect(d.status).toBe('unchanged');
  });

  it('lists rows added and removed, and each changed cell with before and after (null for empty)', () => {
    const after = table({
      rows: [
        { id: 'b', v: '2.5', note: null },
        { id: 'c', v: '3', note: null },
      ],
    });
    const d = diffTable(table(), after, labels, []);
    expect(d.rows.added).toEqual([{ id: 'c', v: '3', note: null }]);
    expect(d.rows.removed).toEqual([{ id: 'a', v: '1', note: null }]);
    expect(d.rows.changed).toEqual([
      {
        key: { id: 'b' },
        cells: [
          { field: 'v', before: '2', after: '2.5' },
          { field: 'note', before: 'x', after: null },
        ],
      },
    ]);
  });

  it('compares cells as written, so 90 and 90.0 differ', () => {
    const d = diffTable(table(), table({ rows: [{ id: 'a', v: '1.0', note: null }, table().rows[1]!] }), labels, []);
    expect(d.rows.changed).toHaveLength(1);
  });

  it('reports columns added, removed, retyped and reordered', () => {
    const after = table({
      fields: [
        { name: 'id', type: 'string' },
        { name: 'extra', type: 'integer' },
        { name: 'v', type: 'string' },
      ],
      rows: [],
    });
    const d = diffTable(table(), after, labels, []);
    expect(d.columns.added).toEqual([{ name: 'extra', type: 'integer' }]);
    expect(d.columns.removed).toEqual([{ name: 'note', type: 'string' }]);
    expect(d.columns.retyped).toEqual([{ name: 'v', before: 'number', after: 'string' }]);
    expect(d.columns.reordered).toBe(false);
    const swapped = diffTable(table(), table({ fields: [...table().fields].reverse() }), labels, []);
    expect(swapped.columns.reordered).toBe(true);
  });

  it('compares a composite key and shows its values', () => {
    const t = table({ primaryKey: ['id', 'v'] });
    const d = diffTable(t, table({ primaryKey: ['id', 'v'], rows: [{ id: 'a', v: '1', note: 'y' }] }), labels, []);
    expect(d.rows.changed).toEqual([{ key: { id: 'a', v: '1' }, cells: [{ field: 'note', before: null, after: 'y' }] }]);
    expect(d.rows.removed).toEqual([{ id: 'b', v: '2', note: 'x' }]);
  });

  it('still matches rows by the old key when the key changes', () => {
    const d = diffTable(table(), table({ primaryKey: ['id', 'v'] }), labels, []);
    expect(d.primaryKey).toEqual({ before: ['id'], after: ['id', 'v'] });
    expect(d.status).toBe('changed');
    expect(d.rows.changed).toEqual([]);
  });

  it('warns about a duplicated key and compares the later row', () => {
    const problems: Problem[] = [];
    const dup = table({
      rows: [
        { id: 'a', v: '1', note: null },
        { id: 'a', v: '9', note: null },
      ],
    });
    const d = diffTable(table({ rows: [{ id: 'a', v: '1', note: null }] }), dup, labels, problems);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['diff-duplicate-key', 'warning']]);
    expect(d.rows.changed[0]!.cells).toEqual([{ field: 'v', before: '1', after: '9' }]);
  });

  it('reports a whole table added or removed with its rows', () => {
    expect(diffTable(undefined, table(), labels, [])).toMatchObject({ status: 'added', rows: { before: 0, after: 2 } });
    expect(diffTable(table(), undefined, labels, [])).toMatchObject({ status: 'removed', rows: { before: 2, after: 0 } });
  });
});
