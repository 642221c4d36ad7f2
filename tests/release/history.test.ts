/**
 * Figure history: first_release and last_changed across releases. The fixture walk
 * 1.0.0 → 1.0.1 → 1.1.0 (tests/release/fixtures, README.md there says what each changes) at the
 * table level, then whole builds of the second-source fixture handing one release to the next.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { build } from '../../pipeline/build.js';
import { memoryFS, type FileTree } from '../../pipeline/core/fs.js';
import { loadPackage, packageFromTree } from '../../pipeline/release/diff/load.js';
import { readTables } from '../../pipeline/release/diff/tables.js';
import type { Table } from '../../pipeline/release/diff/types.js';
import { tableHistory, type RowHistory } from '../../pipeline/release/history.js';
import { SECOND_SOURCE, loadTree } from '../fixtures/rawTree.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function observations(dir: string): Table {
  const table = readTables(loadPackage(join(FIXTURES, dir)), []).get('observations');
  if (!table) throw new Error(`${dir} has no observations table`);
  return table;
}

/** The table as its release publishes it: with the history columns. */
function released(table: Table, history: RowHistory[]): Table {
  return {
    ...table,
    fields: [...table.fields, { name: 'first_release', type: 'string' }, { name: 'last_changed', type: 'string' }],
    rows: table.rows.map((r, i) => ({ ...r, ...history[i]! })),
  };
}

const byId = (table: Table, history: RowHistory[]) =>
  Object.fromEntries(table.rows.map((r, i) => [r.observation_id!, [history[i]!.first_release, history[i]!.last_changed]]));

describe('figure history across the fixture releases 1.0.0 → 1.0.1 → 1.1.0', () => {
  const t0 = observations('pkg-1.0.0');
  const h0 = tableHistory(t0, undefined, '1.0.0', '1.0.0');
  const t1 = observations('pkg-1.0.1-patch');
  const h1 = tableHistory(t1, released(t0, h0), '1.0.1', '1.0.0');
  const t2 = observations('pkg-1.1.0-minor');
  const h2 = tableHistory(t2, released(t1, h1), '1.1.0', '1.0.1');

  it('gives every row of the first release its own version twice', () => {
    expect(byId(t0, h0)).toEqual({
      'ru-microelectronics-share-cn-2023': ['1.0.0', '1.0.0'],
      'ru-machine-tools-share-cn-2023q4': ['1.0.0', '1.0.0'],
      'ru-semiconductors-imports-cn-2021': ['1.0.0', '1.0.0'],
    });
  });

  it('moves last_changed of the corrected row only (value_low 65 → 60 in 1.0.1)', () => {
    expect(byId(t1, h1)).toEqual({
      'ru-microelectronics-share-cn-2023': ['1.0.0', '1.0.0'],
      'ru-machine-tools-share-cn-2023q4': ['1.0.0', '1.0.1'],
      'ru-semiconductors-imports-cn-2021': ['1.0.0', '1.0.0'],
    });
  });

  it('dates a new row to its release, a changed one to the latest, and ignores a column added to every row', () => {
    // 1.1.0 adds attributed_to to every row (not a change of any existing value), adds
    // ru-semiconductors-imports-cn-2022, and has value_low 65 again where 1.0.1 had 60.
    expect(byId(t2, h2)).toEqual({
      'ru-microelectronics-share-cn-2023': ['1.0.0', '1.0.0'],
      'ru-machine-tools-share-cn-2023q4': ['1.0.0', '1.1.0'],
      'ru-semiconductors-imports-cn-2021': ['1.0.0', '1.0.0'],
      'ru-semiconductors-imports-cn-2022': ['1.1.0', '1.1.0'],
    });
  });

  it('takes the previous version for both when the previous release has no history columns', () => {
    expect(byId(t1, tableHistory(t1, t0, '1.0.1', '1.0.0'))['ru-microelectronics-share-cn-2023']).toEqual(['1.0.0', '1.0.0']);
  });
});

/** The second-source fixture at `version`, with `edit` applied to its annotation. */
function raw(version: string, edit: (annotation: string) => string = (a) => a): ReturnType<typeof memoryFS> {
  const files = loadTree(SECOND_SOURCE);
  files['raw/dataset.yaml'] = files['raw/dataset.yaml']!.replace(/^version: .*$/m, `version: ${version}`);
  const annotation = 'raw/annotations/test-2025-01-15-freedonia-drone-engines.yaml';
  files[annotation] = edit(files[annotation]!);
  return memoryFS(files);
}

function history(tree: FileTree, table: 'observations' | 'claims'): Record<string, string> {
  const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(tree.get(`data/${table}.csv`)), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const id = table === 'observations' ? 'observation_id' : 'claim_id';
  return Object.fromEntries(rows.map((r) => [r[id]!, `${r.first_release} ${r.last_changed}`]));
}

describe('figure history in the build', () => {
  const v1 = build(raw('1.0.0'));
  // 1.0.1: one figure's attribution reworded (the derived figure from it is unchanged).
  const reworded = (a: string) =>
    a.replace('attributed_to: customs records compiled by the Trade Watch Institute', 'attributed_to: customs records');
  const v101 = build(raw('1.0.1', reworded), { previous: packageFromTree('v1.0.0', v1) });
  // 1.1.0: a claim's end use stated; nothing else changes.
  const v110 = build(
    raw('1.1.0', (a) => reworded(a).replace('end_use: null', 'end_use: attack drones')),
    { previous: packageFromTree('v1.0.1', v101) },
  );

  it('stamps every row of a first release (no previous package) with its version', () => {
    expect(Object.values(history(v1, 'observations'))).toEqual(['1.0.0 1.0.0', '1.0.0 1.0.0', '1.0.0 1.0.0']);
    expect(Object.values(history(v1, 'claims'))).toEqual(['1.0.0 1.0.0', '1.0.0 1.0.0']);
  });

  it('carries the history forward from the previous package and moves only what changed', () => {
    expect(history(v101, 'observations')).toEqual({
      'qsy-drone-engines-imports-qfr-2024': '1.0.0 1.0.1',
      'qsy-drone-engines-imports-qfr-2023': '1.0.0 1.0.0',
      'qsy-drone-engines-growth-qfr-2024': '1.0.0 1.0.0',
    });
    expect(history(v110, 'observations')['qsy-drone-engines-imports-qfr-2024']).toBe('1.0.0 1.0.1');
    expect(history(v110, 'claims')).toEqual({ 'qfr-drone-engines-asserted': '1.0.0 1.1.0', 'qfr-military-use-denied': '1.0.0 1.0.0' });
  });

  it('is deterministic: the same inputs give the same bytes', () => {
    const again = build(raw('1.0.1', reworded), { previous: packageFromTree('v1.0.0', v1) });
    expect(new TextDecoder().decode(again.get('data/observations.csv'))).toBe(new TextDecoder().decode(v101.get('data/observations.csv')));
  });
});
