import { describe, expect, it } from 'vitest';
import { nounFollows, readQuantity, tokenEnd, type Quantity } from '../../pipeline/extract/parseQuantity.js';

const q = (s: string, pos = 0) => readQuantity(s, pos, 0) as Quantity;

describe('readQuantity', () => {
  it('reads currency, number, scale and unit as one quantity', () => {
    expect(q('US$300 million of chips', 2)).toMatchObject({
      start: 0,
      end: 14,
      kind: 'money',
      unit: 'USD',
      value: 300e6,
      scale: 1e6,
      m: 300,
      dec: 0,
    });
    expect(q('2.1 trillion yuan')).toMatchObject({ end: 17, kind: 'money', unit: 'CNY', value: 2.1e12, m: 21, dec: 1 });
    expect(q('18 months')).toMatchObject({ kind: 'duration', unit: 'month', value: 18 });
    expect(q('3.5 times')).toMatchObject({ kind: 'ratio', unit: 'ratio', value: 3.5 });
    expect(q('12 entities')).toMatchObject({ kind: 'count', unit: null, value: 12, end: 2 });
    expect(q('12.')).toMatchObject({ kind: 'number', value: 12 });
  });
  it('reads fractions with a fixed h of 5 points', () => {
    expect(q('two-thirds of it')).toMatchObject({ kind: 'percent', unit: 'percent', fixedH: 5, end: 10 });
    expect(q('a third of it')).toMatchObject({ kind: 'percent', value: 100 / 3, end: 7 });
  });
  it('reads a minus sign', () => expect(q('(-3%)', 2)).toMatchObject({ start: 1, value: -3, sign: -1 }));
  it('skips names glued to letters and compound adjectives', () => {
    expect(readQuantity('5G networks', 0, 0)).toEqual({ skipTo: 2 });
    expect(readQuantity('12th package', 0, 0)).toEqual({ skipTo: 4 });
    expect(readQuantity('eight-digit codes', 0, 0)).toEqual({ skipTo: 11 });
    expect(readQuantity('a 155-mm shell', 2, 0)).toEqual({ skipTo: 8 });
    expect(readQuantity('10:30', 0, 0)).toEqual({ skipTo: 5 });
  });
  it('is null where nothing numeric starts', () => {
    expect(readQuantity('$ signs', 0, 0)).toBeNull();
    expect(readQuantity('a few', 0, 0)).toBeNull();
  });
});

describe('nounFollows', () => {
  it('is true for a noun, false for function words and punctuation', () => {
    expect(nounFollows('12 entities', 2)).toBe(true);
    expect(nounFollows('12 Chinese firms', 2)).toBe(true);
    expect(nounFollows('12 in 2023', 2)).toBe(false);
    expect(nounFollows('12.', 2)).toBe(false);
  });
});

describe('tokenEnd', () => {
  it('spans letters, digits and inner - . / , :', () => {
    expect(tokenEnd('R47512 x', 0)).toBe(6);
    expect(tokenEnd('833/2014.', 0)).toBe(8);
    expect(tokenEnd('Su-35,', 0)).toBe(5);
  });
});
