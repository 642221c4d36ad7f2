import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnBuilder, transferList, utf8Offsets } from '../../pipeline/corpus/columns.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';
import type { ColumnSpec } from '../../pipeline/corpus/tableSchema.js';

const specs: ColumnSpec[] = [
  { name: 's', type: 'utf8', nullable: true, description: '' },
  { name: 'i', type: 'int32', nullable: true, description: '' },
  { name: 'f', type: 'float64', nullable: true, description: '' },
];

function roundTrip(rows: [string | null, number | null, number | null][]) {
  const builders = specs.map((s) => columnBuilder(s.type));
  for (const r of rows) r.forEach((v, i) => builders[i]!.push(v));
  const set = { length: rows.length, columns: builders.map((b) => b.finish()) };
  const batch = toRecordBatch(arrowSchema(specs), specs, set);
  return { set, out: batch.toArray().map((r) => [r.s, r.i, r.f]) };
}

describe('column builders → Arrow', () => {
  it('round-trip strings (any Unicode), integers, floats and nulls', () => {
    const row = fc.tuple(
      fc.option(fc.string({ unit: 'grapheme' })),
      fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
      fc.option(fc.double({ noNaN: true })),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        expect(roundTrip(rows).out).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('encodes lone surrogates as U+FFFD, string by string, as TextEncoder does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.string({
              unit: fc.oneof(
                fc.constantFrom('a', 'é', '€', '\ud800', '\udc00', '😀'),
                fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
              ),
              maxLength: 6,
            }),
          ),
          { maxLength: 30 },
        ),
        (strings) => {
          const b = columnBuilder('utf8');
          for (const s of strings) b.push(s);
          const c = b.finish();
          if (c.type !== 'utf8') throw new Error('not utf8');
          const back = strings.map((_, i) => new TextDecoder().decode(c.bytes.subarray(c.offsets[i], c.offsets[i + 1])));
          expect(back).toEqual(strings.map((s) => (s === null ? '' : new TextDecoder().decode(new TextEncoder().encode(s)))));
        },
      ),
      { numRuns: 500 },
    );
    const b = columnBuilder('utf8');
    b.push('a\ud800');
    b.push('\udc00b');
    const c = b.finish();
    expect(c.type === 'utf8' && [...c.offsets]).toEqual([0, 4, 8]);
  });

  it('finds UTF-8 offsets as TextEncoder encodes each string, or declines a string ending in a high surrogate', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '€', '\ud800', '\udc00', '😀', '\u07ff', '\u0800') }), { maxLength: 20 }),
        (strings) => {
          const offsets = new Int32Array(strings.length + 1);
          const ok = utf8Offsets(strings, strings.join(''), offsets);
          expect(ok).toBe(!strings.some((s) => /[\ud800-\udbff]$/.test(s)));
          let at = 0;
          if (ok) expect([...offsets]).toEqual([0, ...strings.map((s) => (at += enc.encode(s).length))]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves out the validity bitmap of a column without nulls', () => {
    const { set } = roundTrip([
      ['a', 1, 1.5],
      ['b', 2, 2.5],
    ]);
    expect(set.columns.every((c) => c.valid === undefined && c.nulls === 0)).toBe(true);
  });

  it('hands over exactly-sized buffers for transfer', () => {
    const { set } = roundTrip([['ab', 1, null]]);
    const buffers = transferList(set);
    expect(buffers).toHaveLength(5); // utf8: offsets + bytes; int32: values; float64: values + validity
    expect(set.columns[0]!.type === 'utf8' && set.columns[0]!.bytes.byteLength).toBe(2);
  });

  it('refuses a null in a non-nullable column (an extractor breaking its contract)', () => {
    const strict: ColumnSpec[] = [{ name: 'n', type: 'int32', nullable: false, description: '' }];
    const b = columnBuilder('int32');
    b.push(null);
    expect(() => toRecordBatch(arrowSchema(strict), strict, { length: 1, columns: [b.finish()] })).toThrow(/non-nullable/);
  });
});
