/**
 * Codes no edit of raw/ can provoke (the pipeline computes what they check: offsets, period
 * bounds) and problems in rows that come from no YAML (mentions), provoked on doctored tables:
 * located by table, row and field, with the exact message, the bad value and a hint.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { validateTables } from '../../pipeline/validate/index.js';
import { Origins } from '../../pipeline/model/origins.js';
import { asRecord, baseFiles } from './fixtures.js';

function doctor(edit: (t: ReturnType<typeof check>['tables']) => void) {
  const c = check(memoryFS(asRecord(baseFiles())));
  expect(c.problems).toEqual([]);
  const tables = structuredClone(c.tables);
  edit(tables);
  // No origins: every row is located by table, row and field, as a user of the CSVs sees it.
  return validateTables(tables, new Origins(), new Map(c.sources.map((s) => [s.id, s.text])));
}

const fields = (p: { code: string; message: string; location: object; value?: unknown; hint?: string }) => ({
  code: p.code,
  message: p.message,
  location: p.location,
  value: p.value,
  hint: p.hint,
});

describe('table-level problems', () => {
  it('quote-mismatch: a quote that is not the text at its offsets', () => {
    const ps = doctor((t) => {
      t.mentions[0]!.start += 1;
    });
    expect(ps.map(fields)).toEqual([
      {
        code: 'quote-mismatch',
        message: 'data/mentions.csv row 1, field text: quote "about $45 million" differs from the text at its offsets, "bout $45 million".',
        location: { table: 'mentions', row: 1, field: 'text' },
        value: 'about $45 million',
        hint: 'Offsets are UTF-16 code units into the normalized text; rebuild from raw/ rather than editing tables.',
      },
    ]);
  });

  it('period-order: a period that ends before it starts', () => {
    const ps = doctor((t) => {
      t.observations[0]!.period_start = '2025-01-01';
    });
    expect(ps.map(fields)).toEqual([
      {
        code: 'period-order',
        message: 'data/observations.csv row 1, field period_start: period_start 2025-01-01 is after period_end 2024-12-31.',
        location: { table: 'observations', row: 1, field: 'period_start' },
        value: { period_start: '2025-01-01', period_end: '2024-12-31' },
        hint: 'Swap them or correct the period.',
      },
    ]);
  });

  it('foreign-key and duplicate-id in generated rows point at the CSV cell', () => {
    const ps = doctor((t) => {
      t.mentions[1]!.source_id = 'test-2025-01-15-freedonia-drone-engine';
      t.mentions.push({ ...t.mentions.at(-1)! });
    });
    const n = ps[0]!.location.row!;
    expect(ps.map((p) => [p.code, p.message, p.hint])).toEqual([
      [
        'duplicate-id',
        `data/mentions.csv row ${n}, field mention_id: mentions id ${JSON.stringify(ps[0]!.value)} is used twice (first at data/mentions.csv row ${n - 1}, field mention_id).`,
        'Ids are unique across the whole dataset; rename one of them.',
      ],
      [
        'foreign-key',
        'data/mentions.csv row 2, field source_id: source_id "test-2025-01-15-freedonia-drone-engine" is not an id in table sources.',
        'Did you mean "test-2025-01-15-freedonia-drone-engines"?',
      ],
    ]);
  });
});
