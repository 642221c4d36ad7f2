import { describe, expect, it } from 'vitest';
import { halfUnitBounds, hedgeInterval } from '../../pipeline/model/intervals.js';

describe('h is half the unit of the last significant digit (docs/interval-policy.md)', () => {
  it.each([
    ['90', 90, 0, 1, 85, 95],
    ['900 million', 900, 0, 1e6, 850e6, 950e6],
    ['1.5 billion', 15, 1, 1e9, 1.45e9, 1.55e9],
    ['12', 12, 0, 1, 11.5, 12.5],
    ['3.75', 375, 2, 1, 3.745, 3.755],
    ['4,000', 4000, 0, 1, 3500, 4500],
    ['1.50 billion keeps its written zero', 150, 2, 1e9, 1.495e9, 1.505e9],
  ])('%s', (_name, m, dec, scale, below, above) => {
    expect(halfUnitBounds(m, dec, scale)).toEqual({ below, above });
  });
});

describe('hedgeInterval', () => {
  const v = 90;
  it.each([
    ['exact', 90, 90],
    ['approximately', 85, 95],
    ['at_most', 85, 90],
    ['more_than', 90, null],
    ['at_least', 90, null],
    ['less_than', 0, 90],
    ['up_to', 0, 90],
  ] as const)('%s', (hedge, low, high) => {
    expect(hedgeInterval(hedge, v, 85, 95, true)).toEqual({ low, high });
  });
  it('leaves the low end open for quantities that can be negative', () => {
    expect(hedgeInterval('less_than', 2, 1.5, 2.5, false)).toEqual({ low: null, high: 2 });
    expect(hedgeInterval('up_to', 2, 1.5, 2.5, false)).toEqual({ low: null, high: 2 });
  });
  it('never goes below zero for non-negative quantities', () => {
    expect(hedgeInterval('approximately', 0.5, -0.5, 1.5, true)).toEqual({ low: 0, high: 1.5 });
  });
});
