import { describe, expect, it } from 'vitest';
import { arrow } from '../../pipeline/corpus/arrow.js';
import { columnBuilder } from '../../pipeline/corpus/columns.js';
import { columnSetRowBytes, rowBytes } from '../../pipeline/corpus/rowBytes.js';
import type { ColumnSpec } from '../../pipeline/corpus/tableSchema.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';

const specs: ColumnSpec[] = [
  { name: 'i', type: 'int32', nullable: false, description: '' },
  { name: 'f', type: 'float64', nullable: true, description: '' },
  { name: 's', type: 'utf8', nullable: true, description: '' },
];

function columns(rows: [number, number | null, string | null][]) {
  const b = specs.map((s) => columnBuilder(s.type));
  for (const r of rows) r.forEach((v, i) => b[i]!.push(v));
  return { length: rows.length, columns: b.map((x) => x.finish()) };
}

const batch = (rows: [number, number | null, string | null][]) => toRecordBatch(arrowSchema(specs), specs, columns(rows));

describe('rowBytes', () => {
  it('counts 4 + 8 bytes of numbers, 4 bytes of offset and the UTF-8 bytes of each string', () => {
    expect([
      ...rowBytes(
        batch([
          [1, 2.5, 'abc'],
          [2, null, null],
          [3, 1, 'Łódź'],
        ]),
      ),
    ]).toEqual([4 + 8 + 4 + 3, 4 + 8 + 4, 4 + 8 + 4 + 7]);
  });

  it('measures the rows of a sliced batch, not those before the slice', () => {
    const t = new arrow.Table(arrowSchema(specs), [
      batch([
        [1, 1, 'a'],
        [2, 2, 'bbbbbb'],
        [3, 3, 'cc'],
      ]),
    ]).slice(1);
    expect([...rowBytes(t.batches[0]!)]).toEqual([16 + 6, 16 + 2]);
  });
});

describe('columnSetRowBytes', () => {
  it("gives the worker's column buffers the sizes rowBytes gives their Arrow batch", () => {
    const rows: [number, number | null, string | null][] = [
      [1, 2.5, 'abc'],
      [2, null, null],
      [3, 1, 'Łódź 𝄞'],
      [4, 0, ''],
    ];
    expect([...columnSetRowBytes(columns(rows))]).toEqual([...rowBytes(batch(rows))]);
  });
});
