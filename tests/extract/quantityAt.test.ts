import { describe, expect, it } from 'vitest';
import { atQuantity, overMeansDuring, type Step } from '../../pipeline/extract/quantityAt.js';
import { readLeftHedge } from '../../pipeline/extract/hedges.js';

/** The mention atQuantity makes at the first digit of `s` (or where `at` says). */
function at(s: string, at = s.search(/[0-9$]/)) {
  const step: Step = atQuantity(s, at, 0);
  return step && 'mention' in step ? step.mention : step;
}

describe('atQuantity', () => {
  it('reads a bare four-digit number in the range of years as a year', () =>
    expect(at('exports rose in 2023.')).toMatchObject({ kind: 'year', text: '2023' }));
  it('keeps "about 2000 tanks" a count: a plural after a hedged number', () =>
    expect(at('about 2000 tanks')).toMatchObject({ kind: 'count', value: 2000, hedge: 'approximately' }));
  it('reads "between X and Y" as one range from the word "between"', () =>
    expect(at('between 5% and 7% of imports')).toMatchObject({ text: 'between 5% and 7%', value_low: 5, value_high: 7 }));
  it('gives the first figure of "rose from 70 to 90 percent" the unit written once', () =>
    expect(at('the share rose from 70 to 90 percent')).toMatchObject({ text: '70', unit: 'percent', value: 70 }));
  it('reads "by a factor of three" as a multiple', () =>
    expect(at('imports grew by a factor of 3', 28)).toMatchObject({ kind: 'ratio', value: 3, text: 'a factor of 3' }));
  it('counts occasions in "met six times" and a multiple in "grew six times"', () => {
    expect(at('the ministers met 6 times')).toMatchObject({ kind: 'count', value: 6 });
    expect(at('exports grew 6 times')).toMatchObject({ kind: 'ratio', value: 6 });
  });
  it('resumes after a name such as "Boeing 737" without a mention', () => expect(at('a Boeing 737 jet')).toEqual({ skipTo: 12 }));
});

describe('overMeansDuring', () => {
  const during = (s: string) => {
    const q = s.search(/[0-9] years/);
    return overMeansDuring(s, readLeftHedge(s, q, 0)!, q, 0);
  };
  it('reads "over" after a figure as "during"', () => expect(during('worth €2.5bn over 5 years')).toBe(true));
  it('reads "over" after a verb of lasting as "more than"', () => expect(during('the war lasted over 2 years')).toBe(false));
});
