import { describe, expect, it } from 'vitest';
import { isoPeriod } from '../../pipeline/model/periodSpec.js';
import { readDigitPeriod, readFirstMonths, readQuarterWord } from '../../pipeline/extract/periods.js';

/** The ISO period and text of the period at the first occurrence of `at` in `s`. */
function at(reader: typeof readDigitPeriod, s: string, atText: string) {
  const hit = reader(s, s.indexOf(atText), 0);
  return hit && { text: s.slice(hit.start, hit.end), kind: hit.kind, iso: isoPeriod(hit.spec) };
}

describe('readDigitPeriod', () => {
  it.each([
    ['Q1 2024', '1', 'Q1 2024', '2024-01/2024-03'],
    ['Q4 of 2023', '4', 'Q4 of 2023', '2023-10/2023-12'],
    ["Q4'23", '4', "Q4'23", '2023-10/2023-12'],
    ['H2 2023', '2', 'H2 2023', '2023-07/2023-12'],
    ['4Q23', '4', '4Q23', '2023-10/2023-12'],
    ['1H 2024', '1', '1H 2024', '2024-01/2024-06'],
    ['FY2024', '2', 'FY2024', '2024'],
    ['FY 23', '2', 'FY 23', '2023'],
    ['in fiscal 2023', '2', 'fiscal 2023', '2023'],
    ['fiscal year 2023', '2', 'fiscal year 2023', '2023'],
    ['the 1990s', '1', '1990s', '1990/1999'],
    ['2021-2023', '2', '2021-2023', '2021/2023'],
    ['2023–24', '2', '2023–24', '2023/2024'],
    ['2021/22', '2', '2021/22', '2021/2022'],
    ['between 2021 and 2023', '2', 'between 2021 and 2023', '2021/2023'],
    ['from 2021 to 2023', '2', 'from 2021 to 2023', '2021/2023'],
    ['2024-04-12', '2', '2024-04-12', '2024-04-12'],
    ['12 April 2024', '1', '12 April 2024', '2024-04-12'],
  ])('%s', (s, first, text, iso) => {
    expect(at(readDigitPeriod, s, first)).toEqual({ text, kind: 'period', iso });
  });
  it('leaves a plain year to the caller, which may read it as a quantity', () => expect(readDigitPeriod('in 2023 they', 3, 0)).toBeNull());
  it('gives no quarter without a year a year', () =>
    expect(at(readDigitPeriod, 'in Q3 exports', '3')).toEqual({ text: 'Q3', kind: 'period', iso: null }));
  it('rejects backwards year ranges and Q5', () => {
    expect(readDigitPeriod('2023-2021', 0, 0)).toBeNull();
    expect(readDigitPeriod('Q5 2023', 1, 0)).toBeNull();
  });
});

describe('readQuarterWord', () => {
  it.each([
    ['in the last quarter of 2023', 'the last quarter of 2023', '2023-10/2023-12'],
    ['the second quarter of 2024', 'the second quarter of 2024', '2024-04/2024-06'],
    ['fourth-quarter 2023 sales', 'fourth-quarter 2023', '2023-10/2023-12'],
    ['the first half of 2024', 'the first half of 2024', '2024-01/2024-06'],
    ['the second half of the year', 'the second half of the year', null],
    ['in the final quarter of 2022', 'the final quarter of 2022', '2022-10/2022-12'],
  ])('%s', (s, text, iso) => {
    const w = s.includes('half') ? 'half' : 'quarter';
    expect(at(readQuarterWord, s, w)).toEqual({ text, kind: 'period', iso });
  });
  it('does not date "last quarter" without a year', () => expect(at(readQuarterWord, 'sales fell last quarter', 'quarter')).toBeNull());
  it('is not a period without an ordinal', () => expect(at(readQuarterWord, 'a quarter of exports', 'quarter')).toBeNull());
});

describe('readFirstMonths', () => {
  it('reads the first nine months of 2023', () => {
    const s = 'in the first nine months of 2023';
    const hit = readFirstMonths(s, s.indexOf('nine'), s.indexOf(' of'), 9, 'month', 0);
    expect(hit && { text: s.slice(hit.start, hit.end), iso: isoPeriod(hit.spec) }).toEqual({
      text: 'the first nine months of 2023',
      iso: '2023-01/2023-09',
    });
  });
  it('reads the first three quarters', () => {
    const s = 'the first three quarters of 2024';
    const hit = readFirstMonths(s, s.indexOf('three'), s.indexOf(' of'), 3, 'quarter', 0);
    expect(hit && isoPeriod(hit.spec)).toBe('2024-01/2024-09');
  });
  it('needs "first" before the count', () => expect(readFirstMonths('the past nine months', 9, 20, 9, 'month', 0)).toBeNull());
});

describe('word tables', () => {
  it('find no ordinal in a word that names a property of every object ("the constructor quarter of 2023")', () => {
    expect(readQuarterWord('the constructor quarter of 2023', 16, 0)).toBeNull();
    expect(readQuarterWord('the third quarter of 2023', 10, 0)).toMatchObject({ start: 0, end: 25 });
  });
});
