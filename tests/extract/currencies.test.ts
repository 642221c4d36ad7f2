import { describe, expect, it } from 'vitest';
import { readCodePrefix, readCurrencySuffix, readDottedCodePrefix, readSignPrefix, resolveYen } from '../../pipeline/extract/currencies.js';

describe('readSignPrefix', () => {
  it.each([
    ['$5', 0, 'USD', 0, 1],
    ['US$5', 2, 'USD', 0, 3],
    ['U.S.$5', 4, 'USD', 0, 5],
    ['HK$5', 2, 'HKD', 0, 3],
    ['$US5', 0, 'USD', 0, 3],
    ['€ 3', 0, 'EUR', 0, 2],
    ['£3', 0, 'GBP', 0, 1],
    ['₽3', 0, 'RUB', 0, 1],
    ['CN¥3', 2, 'CNY', 0, 3],
  ])('%s', (s, pos, code, start, numberStart) => {
    expect(readSignPrefix(s, pos, 0)).toEqual({ code, start, numberStart });
  });
  it('leaves "¥" to be settled by its sentence', () => expect(readSignPrefix('¥3', 0, 0)!.code).toBe('YEN?'));
  it('does not reach before the floor', () => expect(readSignPrefix('US$5', 2, 2)).toEqual({ code: 'USD', start: 2, numberStart: 3 }));
});

describe('readCodePrefix', () => {
  it.each([
    ['USD 300', 4, 'USD', 0],
    ['RMB 5', 4, 'CNY', 0],
    ['Rmb500', 3, 'CNY', 0],
    ['Rbs 1.2', 4, 'RUB', 0],
    ['Rbs1', 3, 'RUB', 0],
    ['CNY 2', 4, 'CNY', 0],
    ['RUB 3', 4, 'RUB', 0],
    ['Rs 500', 3, 'INR', 0],
    ['NOK 1.2', 4, 'NOK', 0],
    ['PLN 5', 4, 'PLN', 0],
    ['CZK 9.8', 4, 'CZK', 0],
    ['SEK 3', 4, 'SEK', 0],
  ])('%s', (s, numberStart, code, start) => {
    expect(readCodePrefix(s, numberStart, 0)).toEqual({ code, start, numberStart });
  });
  it.each([
    ['was 20', 4],
    ['XUSD 3', 5],
    ['rose 5', 5],
    ['AMD 7950', 4],
  ])('"%s" has no currency code', (s, n) => expect(readCodePrefix(s, n, 0)).toBeNull());
  it('reads the dotted "Rs. 500"', () => expect(readDottedCodePrefix('Rs. 500', 4, 0)).toEqual({ code: 'INR', start: 0, numberStart: 4 }));
});

describe('readCurrencySuffix', () => {
  it.each([
    [' dollars', 'USD'],
    [' U.S. dollars', 'USD'],
    [' US dollars', 'USD'],
    [' euros', 'EUR'],
    [' yuan', 'CNY'],
    [' renminbi', 'CNY'],
    [' RMB', 'CNY'],
    [' rubles', 'RUB'],
    [' roubles', 'RUB'],
    [' Hong Kong dollars', 'HKD'],
    [' yen', 'JPY'],
    [' pounds sterling', 'GBP'],
    [' dlrs', 'USD'],
    [' €', 'EUR'],
    ['-dollar', 'USD'],
    [' drams', 'AMD'],
    [' kronor', 'SEK'],
    [' zlotys', 'PLN'],
    [' korunas', 'CZK'],
    [' NOK', 'NOK'],
  ])('"%s" is %s', (s, code) => {
    expect(readCurrencySuffix(s, 0)).toMatchObject({ code, end: s.length });
  });
  it('marks bare pounds as ambiguous (a weight or money)', () =>
    expect(readCurrencySuffix(' pounds of', 0)).toMatchObject({ code: 'GBP', ambiguousPounds: true }));
  it('is null for other words', () => expect(readCurrencySuffix(' drones', 0)).toBeNull());
  it('reads currency words in any case, codes only in capitals', () => {
    expect(readCurrencySuffix(' US Dollars', 0)).toMatchObject({ code: 'USD', end: 11 });
    expect(readCurrencySuffix(' Yuan', 0)).toMatchObject({ code: 'CNY' });
    expect(readCurrencySuffix(' usd', 0)).toBeNull();
    expect(readCurrencySuffix(' in 2023', 0)).toBeNull();
  });
});

describe('resolveYen', () => {
  it('is CNY in a sentence about China or the yuan, else JPY', () => {
    expect(resolveYen('Chinese banks lent ¥5 billion.')).toBe('CNY');
    expect(resolveYen('Tokyo pledged ¥50 billion.')).toBe('JPY');
  });
});
