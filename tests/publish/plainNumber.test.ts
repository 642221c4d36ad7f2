import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../pipeline/publish/plainNumber.js';

describe('plainNumber', () => {
  it.each([
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [-2.5e-7, '-0.00000025'],
    [1e-7, '0.0000001'],
    [630000000, '630000000'],
    [2.5, '2.5'],
    [-0, '0'],
    [0.1, '0.1'],
  ])('%s → %s', (n, s) => expect(plainNumber(n)).toBe(s));
  it('never writes an exponent and always reads back as the same double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = plainNumber(x);
        expect(s).not.toMatch(/e/i);
        expect(Number(s)).toBe(Object.is(x, -0) ? 0 : x);
      }),
    );
  });
  it('refuses non-finite numbers', () => {
    expect(() => plainNumber(Infinity)).toThrow(RangeError);
    expect(() => plainNumber(NaN)).toThrow(RangeError);
  });
});
