import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  constant,
  div,
  halfUnit,
  hedgeInterval,
  hedgeOf,
  inclusivity,
  mul,
  sub,
  type Interval,
} from '../../pipeline/normalize/interval.js';

const iv = (
  value: number | null,
  low: number | null,
  high: number | null,
  hedge: Parameters<typeof inclusivity>[0] = 'exact',
): Interval => ({ value, low, high, ...inclusivity(hedge, low, high) });

describe('interval policy (docs/interval-policy.md)', () => {
  it('takes half the unit of the last significant digit', () => {
    expect(halfUnit(90)).toBe(5);
    expect(halfUnit(900e6)).toBe(50e6);
    expect(halfUnit(1.5e9)).toBe(0.05e9);
    expect(halfUnit(12)).toBe(0.5);
    expect(halfUnit(0.25)).toBe(0.005);
  });
  it('gives each hedge its interval', () => {
    expect(hedgeInterval(90, 'approximately')).toEqual({ low: 85, high: 95 });
    expect(hedgeInterval(70, 'at_most')).toEqual({ low: 65, high: 70 });
    expect(hedgeInterval(500e6, 'more_than')).toEqual({ low: 500e6, high: null });
    expect(hedgeInterval(5, 'less_than')).toEqual({ low: 0, high: 5 });
    expect(hedgeInterval(200e6, 'exact')).toEqual({ low: 200e6, high: 200e6 });
  });
  it('never takes a non-negative quantity below 0, as the extractor does (docs/interval-policy.md)', () => {
    expect(hedgeInterval(0, 'approximately')).toEqual({ low: 0, high: 0.5 });
    expect(hedgeInterval(-2, 'approximately')).toEqual({ low: -2.5, high: -1.5 });
  });
  it('excludes the bound of more_than and less_than only', () => {
    expect(inclusivity('more_than', 500, null)).toEqual({ lowInclusive: false, highInclusive: null });
    expect(inclusivity('less_than', 0, 5)).toEqual({ lowInclusive: true, highInclusive: false });
    expect(inclusivity('at_most', 65, 70)).toEqual({ lowInclusive: true, highInclusive: true });
  });
});

describe('interval arithmetic', () => {
  it('nearly 70% × approximately $900 million = 630 million, 552.5–665 million', () => {
    const r = mul(div(iv(70, 65, 70, 'at_most'), constant(100)), iv(900e6, 850e6, 950e6, 'approximately'));
    expect(r).toEqual({ value: 630e6, low: 552.5e6, high: 665e6, lowInclusive: true, highInclusive: true });
    expect(hedgeOf(r)).toBe('approximately');
  });
  it('over $500 million / $200 million = more than 2.5, open above, low excluded', () => {
    const r = div(iv(500e6, 500e6, null, 'more_than'), iv(200e6, 200e6, 200e6));
    expect(r).toEqual({ value: 2.5, low: 2.5, high: null, lowInclusive: false, highInclusive: null });
    expect(hedgeOf(r)).toBe('more_than');
  });
  it('adds and subtracts bounds crosswise', () => {
    expect(sub(iv(10, 9, 11), iv(3, 2, 4))).toMatchObject({ value: 7, low: 5, high: 9 });
    expect(add(iv(1, 0, 2), iv(1, null, 3))).toMatchObject({ value: 2, low: null, high: 5 });
  });
  it('keeps signs straight in products of negative intervals', () => {
    expect(mul(iv(-2, -3, -1), iv(2, 1, 4))).toMatchObject({ value: -4, low: -12, high: -1 });
  });
  it('divides by an interval open towards 0 without a division by zero', () => {
    expect(div(iv(1, 1, 1), iv(null, 0, 2, 'less_than'))).toMatchObject({ low: 0.5, high: null });
  });
  it('names derived hedges by the shape of the interval', () => {
    expect(hedgeOf(iv(5, 5, 5))).toBe('exact');
    expect(hedgeOf(iv(5, 4, 5))).toBe('at_most');
    expect(hedgeOf(iv(5, 5, null, 'at_least'))).toBe('at_least');
    expect(hedgeOf(iv(5, null, 5, 'up_to'))).toBe('up_to');
    expect(hedgeOf(iv(null, 4, 6))).toBe('range');
  });
  it('contains every result of points drawn from its operands (property)', () => {
    const bounded = fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([lo, width, t]) => ({ i: iv(lo + width * t, lo, lo + width), x: lo + width * t }));
    fc.assert(
      fc.property(bounded, bounded, fc.constantFrom('+', '-', '*', '/'), (a, b, op) => {
        // Division by an interval holding 0 is unbounded: not this property's case.
        fc.pre(!(op === '/' && b.i.low! <= 0 && b.i.high! >= 0));
        const f = { '+': add, '-': sub, '*': mul, '/': div }[op];
        const r = f(a.i, b.i);
        const x = { '+': a.x + b.x, '-': a.x - b.x, '*': a.x * b.x, '/': a.x / b.x }[op];
        const eps = 1e-9 * Math.max(1, Math.abs(x));
        expect(r.low === null || r.low <= x + eps).toBe(true);
        expect(r.high === null || r.high >= x - eps).toBe(true);
      }),
    );
  });
});
