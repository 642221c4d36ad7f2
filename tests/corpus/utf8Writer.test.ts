import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Utf8Builder } from '../../pipeline/corpus/columns.js';
import { Utf8Writer } from '../../pipeline/corpus/utf8Writer.js';

/** Strings that exercise every UTF-8 length, surrogate pairs split across values, and lone surrogates. */
const value = fc.option(
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', 'é', '€', '\ud800', '\udc00', '😀', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  }),
);

describe('Utf8Writer', () => {
  it('gives the same column as Utf8Builder (bytes, offsets, nulls), whatever the strings', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (rows) => {
        const w = new Utf8Writer();
        const b = new Utf8Builder();
        for (const v of rows) {
          w.push(v);
          b.push(v);
        }
        expect(w.finish()).toEqual(b.finish());
      }),
      { numRuns: 1000 },
    );
  });

  it('grows past its first buffers and keeps every byte', () => {
    const w = new Utf8Writer();
    const b = new Utf8Builder();
    const long = 'x€'.repeat(10_000);
    for (let i = 0; i < 2_000; i++) {
      const s = i % 500 === 0 ? long : `row ${i} — ${i % 7 === 0 ? '😀' : 'ok'}`;
      w.push(s);
      b.push(s);
    }
    const [cw, cb] = [w.finish(), b.finish()];
    if (cw.type !== 'utf8' || cb.type !== 'utf8') throw new Error('not utf8');
    // compared as buffers: element-wise equality of arrays this long is slow
    expect(Buffer.from(cw.bytes).equals(Buffer.from(cb.bytes))).toBe(true);
    expect(Buffer.from(cw.offsets.buffer).equals(Buffer.from(cb.offsets.buffer))).toBe(true);
    expect([cw.length, cw.nulls]).toEqual([2_000, 0]);
  });

  it('ends with an empty column when nothing was pushed', () => {
    const c = new Utf8Writer().finish();
    expect(c.type === 'utf8' && [c.length, [...c.offsets], c.bytes.length, c.nulls]).toEqual([0, [0], 0, 0]);
  });
});
