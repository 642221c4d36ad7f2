import { describe, expect, it } from 'vitest';
import {
  afterLabel,
  afterSpelledLabel,
  atLineStart,
  bareIntegerIsName,
  gluedToName,
  hsCodeAtLineStart,
  labelRunEnd,
  listMarkerEnd,
  nameOrRankAfter,
  numericDateEnd,
  pageFurnitureEnd,
} from '../../pipeline/extract/negatives.js';

const posOf = (s: string, d: string) => s.indexOf(d);

describe('gluedToName', () => {
  it.each([
    ['G7', '7'],
    ['R47512', '4'],
    ['COVID-19', '1'],
    ['Su-35', '3'],
    ['S-400', '4'],
    ['#5', '5'],
    ['v.2', '2'],
    ['9/11', '1'],
    ['x_1', '1'],
  ])('%s', (s, d) => expect(gluedToName(s, s.lastIndexOf(d) === 0 ? 0 : posOf(s, d))).toBe(true));
  it.each([
    ['mid-2023', '2'],
    ['pre-2022', '2'],
    ['post-2014', '2'],
    [' 12', '1'],
    ['($5', '5'],
    ['(-3%', '3'],
  ])('not %s', (s, d) => expect(gluedToName(s, posOf(s, d))).toBe(false));
});

describe('afterLabel', () => {
  it.each(['Tier 2', 'Article 5', 'Executive Order 14024', 'No. 2', 'Group of 7', 'section 301', 'HS 8542', '(Tier 2', 'Boeing 737'])(
    '%s',
    (s) => {
      const p = s.search(/\d/);
      expect(afterLabel(s, p, 0)).toBe(true);
    },
  );
  it.each(['about 90', 'in 2023', 'Group 7x', 'of 7'])('not %s', (s) => expect(afterLabel(s, s.search(/\d/), 0)).toBe(false));
});

describe('bareIntegerIsName', () => {
  it('takes five ungrouped digits for a name (news groups real quantities)', () =>
    expect(bareIntegerIsName('cited 14024 today', 6, 11, 0, false, 0)).toBe(true));
  it('takes a number after a capitalized word inside a sentence for a name', () =>
    expect(bareIntegerIsName('He flew the Mavic 3 drone', 18, 19, 0, false, 0)).toBe(true));
  it('keeps numbers after sentence-initial words and function words', () => {
    expect(bareIntegerIsName('Vision 2030', 7, 11, 0, false, 0)).toBe(false);
    expect(bareIntegerIsName('He said In 2023', 11, 15, 0, false, 0)).toBe(false);
    expect(bareIntegerIsName('cited 14,024 cases', 6, 12, 0, true, 0)).toBe(false);
    expect(bareIntegerIsName('it was 3.5', 7, 10, 0, false, 1)).toBe(false);
  });
});

describe('bareIntegerIsName in a headline', () => {
  it('does not take a number after a capitalized word for a name when every long word is capitalized', () => {
    const h = 'US Sanctions 400 Entities, Including Russian and Chinese Companies';
    expect(bareIntegerIsName(h, 13, 16, 0, false, 0)).toBe(false);
  });
  it('still does in running text', () =>
    expect(bareIntegerIsName('Russia buys the Mavic 3 drone in bulk', 22, 23, 0, false, 0)).toBe(true));
});

describe('afterSpelledLabel', () => {
  it.each(['number one', 'Phase Two', 'the top four', 'a top-five partner', 'Tier One'])('%s', (s) =>
    expect(afterSpelledLabel(s, s.search(/(one|Two|four|five|One)\b/), 0)).toBe(true),
  );
  it('is false after other words', () => expect(afterSpelledLabel('the four', 4, 0)).toBe(false));
});

describe('labelRunEnd', () => {
  it('runs over "and N", ", N", "-N" and HS codes', () => {
    expect(labelRunEnd('Tiers 1 and 2 rose', 7)).toBe(13);
    expect(labelRunEnd('Articles 5, 6 and 7.', 10)).toBe(19);
    expect(labelRunEnd('HS 8542.31 and 8542.39 only', 10)).toBe(22);
  });
  it('stops before a figure with a unit or decimals', () => expect(labelRunEnd('Tier 1 and 2% of', 6)).toBe(6));
});

describe('nameOrRankAfter', () => {
  it.each([[' largest ports'], [' number on'], [' Bonham Strand near'], [' International Finance Centre (']])('"%s"', (after) =>
    expect(nameOrRankAfter(`5${after}`, 1)).toBe(true),
  );
  it.each([[' Chinese companies'], [' senior officials'], [' largely']])('not "%s"', (after) =>
    expect(nameOrRankAfter(`5${after}`, 1)).toBe(false),
  );
});

describe('line-start furniture', () => {
  it('knows the start of a line', () => {
    expect(atLineStart('  5', 2)).toBe(true);
    expect(atLineStart('a\n 5', 3)).toBe(true);
    expect(atLineStart('a 5', 2)).toBe(false);
  });
  it('skips list markers', () => {
    expect(listMarkerEnd('1. Banning', 0)).toBe(2);
    expect(listMarkerEnd('12) Item', 0)).toBe(3);
    expect(listMarkerEnd('1.5 million', 0)).toBe(-1);
    expect(listMarkerEnd('Top 1. x', 4)).toBe(-1);
  });
  it('skips HS codes opening a line', () => {
    expect(hsCodeAtLineStart('8482.10 (ball bearings)', 0)).toBe(7);
    expect(hsCodeAtLineStart('It is 8482.10', 6)).toBe(-1);
  });
  it('skips page furniture', () => {
    expect(pageFurnitureEnd('3 min read', 0)).toBe(10);
    expect(pageFurnitureEnd('4-minute read', 0)).toBe(13);
    expect(pageFurnitureEnd('1 of 3 A view', 0)).toBe(6);
    expect(pageFurnitureEnd('won 1 of 3 seats', 4)).toBe(-1);
    expect(pageFurnitureEnd('5 million', 0)).toBe(-1);
  });
  it('skips numeric dates with dashes or dots', () => {
    expect(numericDateEnd('09-03-2023 19:40', 0)).toBe(10);
    expect(numericDateEnd('9.3.2023.', 0)).toBe(8);
    expect(numericDateEnd('3.5%', 0)).toBe(-1);
    expect(numericDateEnd('2-3 times', 0)).toBe(-1);
  });
});

describe('gluedToName for time zones', () => {
  it('takes GMT+3 for a name, not +12%', () => {
    expect(gluedToName('GMT+3', 4)).toBe(true);
    expect(gluedToName(' +12%', 2)).toBe(false);
  });
});
