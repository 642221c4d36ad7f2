import { describe, expect, it } from 'vitest';
import { halfSpec, isoPeriod, needsYear, quarterSpec, yearSpec } from '../../pipeline/model/periodSpec.js';

describe('isoPeriod', () => {
  it('writes years, quarters, halves, months and dates in ISO 8601', () => {
    expect(isoPeriod(yearSpec(2023))).toBe('2023');
    expect(isoPeriod({ type: 'years', y1: 2021, y2: 2023 })).toBe('2021/2023');
    expect(isoPeriod(quarterSpec(2023, 4))).toBe('2023-10/2023-12');
    expect(isoPeriod(quarterSpec(2024, 1))).toBe('2024-01/2024-03');
    expect(isoPeriod(halfSpec(2023, 2))).toBe('2023-07/2023-12');
    expect(isoPeriod({ type: 'months', y1: 2024, m1: 3, y2: 2024, m2: 3 })).toBe('2024-03');
    expect(isoPeriod({ type: 'date', y: 2024, m: 4, d: 12 })).toBe('2024-04-12');
  });
  it('takes a missing year from the context, or gives null', () => {
    expect(isoPeriod(quarterSpec(null, 2), 2024)).toBe('2024-04/2024-06');
    expect(isoPeriod(quarterSpec(null, 2))).toBeNull();
    expect(isoPeriod({ type: 'date', y: null, m: 5, d: 9 })).toBeNull();
  });
  it('crosses a new year when the months run backwards', () => {
    expect(isoPeriod({ type: 'months', y1: null, m1: 11, y2: 2024, m2: 2 })).toBe('2023-11/2024-02');
    expect(isoPeriod({ type: 'months', y1: 2023, m1: 11, y2: null, m2: 2 })).toBe('2023-11/2024-02');
  });
  it('knows which specs need a year', () => {
    expect(needsYear(quarterSpec(null, 1))).toBe(true);
    expect(needsYear(quarterSpec(2023, 1))).toBe(false);
    expect(needsYear(yearSpec(2023))).toBe(false);
  });
});
