import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePeriod, shortPeriod } from '../../pipeline/model/period.js';

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023', '2023-01-01', '2023-12-31'],
    ['2023-Q4', '2023-10/2023-12', '2023-10-01', '2023-12-31'],
    ['2023-Q1', '2023-01/2023-03', '2023-01-01', '2023-03-31'],
    ['2024-H1', '2024-01/2024-06', '2024-01-01', '2024-06-30'],
    ['2023-H2', '2023-07/2023-12', '2023-07-01', '2023-12-31'],
    ['2024-02', '2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02', '2023-02-01', '2023-02-28'],
    ['2023-05/2023-08', '2023-05/2023-08', '2023-05-01', '2023-08-31'],
    ['2021/2022', '2021/2022', '2021-01-01', '2022-12-31'],
    ['2022-01/2022-12', '2022', '2022-01-01', '2022-12-31'],
  ])('%s → %s, %s..%s', (input, period, start, end) => {
    expect(parsePeriod(input)).toEqual({ period, start, end });
  });
  it.each([['2023-13'], ['2023-Q5'], ['2023-12/2023-01'], ['23'], ['2023/2024/2025']])('rejects %s', (input) => {
    expect(parsePeriod(input)).toHaveProperty('error');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-4-3')).toBe(false);
  });
});

describe('shortPeriod', () => {
  it.each(['2023', '2023-Q1', '2023-Q4', '2024-H1', '2023-H2', '2023-05', '2023-02/2023-04', '2022/2023'])(
    'gives back the curated form %s from its ISO 8601 period',
    (curated) => {
      const p = parsePeriod(curated);
      expect('error' in p).toBe(false);
      expect(shortPeriod((p as { period: string }).period)).toBe(curated);
    },
  );
  it('leaves intervals across years and other forms as they are', () => {
    expect(shortPeriod('2022-10/2023-03')).toBe('2022-10/2023-03');
    expect(shortPeriod('2023-05/2023-05')).toBe('2023-05');
  });
});
