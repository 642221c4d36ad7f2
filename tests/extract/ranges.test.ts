import { describe, expect, it } from 'vitest';
import { readQuantity, type Quantity } from '../../pipeline/extract/parseQuantity.js';
import { readRangeAfter } from '../../pipeline/extract/ranges.js';

const rangeAt = (s: string, pos: number, between = false) => readRangeAfter(s, readQuantity(s, pos, 0) as Quantity, between);

describe('readRangeAfter', () => {
  it('shares the scale and currency of the second end', () => {
    expect(rangeAt('$1–2 billion', 0)).toMatchObject({
      end: 12,
      connector: 'dash',
      kind: 'money',
      unit: 'USD',
      scale: 1e9,
      low: 1e9,
      high: 2e9,
    });
  });
  it('joins "and" only after "between"', () => {
    expect(rangeAt('between 5% and 7%', 8, true)).toMatchObject({ low: 5, high: 7, unit: 'percent' });
    expect(rangeAt('5% and 7%', 0)).toBeNull();
  });
  it('joins a dash after "between"', () =>
    expect(rangeAt('between 60-70%', 8, true)).toMatchObject({ low: 60, high: 70, connector: 'dash' }));
  it('applies a unit factor written once to both ends', () =>
    expect(rangeAt('50 to 75 basis points', 0)).toMatchObject({ low: 0.5, high: 0.75 }));
  it('says how the ends are joined and gives the second end', () => {
    expect(rangeAt('5 to 7 percent', 0)).toMatchObject({ connector: 'to', second: { value: 7, unit: 'percent' } });
  });
  it('joins "to" and dashes', () => {
    expect(rangeAt('5 to 7 percent', 0)).toMatchObject({ low: 5, high: 7, unit: 'percent', kind: 'percent' });
    expect(rangeAt('300%-500%', 0)).toMatchObject({ low: 300, high: 500 });
  });
  it('refuses different units, descending ends and hedged ends', () => {
    expect(rangeAt('46.9% to $111 billion', 0)).toBeNull();
    expect(rangeAt('7 to 5 percent', 0)).toBeNull();
    expect(rangeAt('5 to over 7 percent', 0)).toBeNull();
    expect(rangeAt('5,000+ to 6,000', 0)).toBeNull();
  });
  it('does not apply the second scale to a larger first number', () => {
    expect(rangeAt('$900,000 to $2 million', 0)).toMatchObject({ low: 9e5, high: 2e6 });
  });
});
