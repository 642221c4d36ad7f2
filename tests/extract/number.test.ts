import { describe, expect, it } from 'vitest';
import { scaledValue, trailingZeros } from '../../pipeline/core/decimal.js';
import { readDigits } from '../../pipeline/extract/number.js';

describe('readDigits', () => {
  it.each([
    ['14,500', 14500, 0, true, 6],
    ['3.75', 375, 2, false, 4],
    ['2,000', 2000, 0, true, 5],
    ['1,234,567.5', 12345675, 1, true, 11],
    ['900', 900, 0, false, 3],
    ['2023.', 2023, 0, false, 4],
  ])('reads %s as written (mantissa, decimals, grouped, end)', (s, m, dec, grouped, end) => {
    expect(readDigits(s, 0)).toMatchObject({ m, dec, grouped, end });
  });
  it('does not take a comma list for thousands groups', () => {
    expect(readDigits('1,2 and 3', 0)).toMatchObject({ m: 1, end: 1 });
    expect(readDigits('1,0000', 0)).toMatchObject({ m: 1, end: 1 });
  });
  it('refuses more than 15 significant digits', () => expect(readDigits('1234567890123456', 0)).toBeNull());
  it('returns null where there is no digit', () => expect(readDigits('x1', 0)).toBeNull());
});

describe('scaledValue', () => {
  it('applies the scale with one rounding', () => {
    expect(scaledValue(48, 1, 1e9)).toBe(4.8e9);
    expect(scaledValue(15, 1, 1e9)).toBe(1.5e9);
    expect(scaledValue(375, 2, 1)).toBe(3.75);
    expect(scaledValue(50, 0, 0.01)).toBe(0.5);
  });
});

describe('trailingZeros', () => {
  it('counts them', () => {
    expect(trailingZeros(900)).toBe(2);
    expect(trailingZeros(12)).toBe(0);
    expect(trailingZeros(0)).toBe(0);
  });
});

describe('readDigits, more forms', () => {
  it('groups thousands with spaces when every group has three digits', () => {
    expect(readDigits('860 000 to', 0)).toMatchObject({ m: 860000, grouped: true, end: 7 });
    expect(readDigits('1\u00a0234\u00a0567', 0)).toMatchObject({ m: 1234567, end: 9 });
  });
  it('does not group a space before a compound or a longer number', () => {
    expect(readDigits('3 100-mm', 0)).toMatchObject({ m: 3, end: 1 });
    expect(readDigits('5 100km', 0)).toMatchObject({ m: 5, end: 1 });
    expect(readDigits('2023 500', 0)).toMatchObject({ m: 2023, end: 4 });
  });
  it('reads a decimal without its leading zero', () => expect(readDigits('.82 billion', 0)).toMatchObject({ m: 82, dec: 2, end: 3 }));
});
