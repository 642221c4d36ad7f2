import { describe, expect, it } from 'vitest';
import { afterLabel, bareIntegerIsName, gluedToName } from '../../pipeline/extract/negatives.js';

const posOf = (s: string, d: string) => s.indexOf(d);

describe('gluedToName', () => {
  it.each([
    ['G7', '7'], ['R47512', '4'], ['COVID-19', '1'], ['Su-35', '3'], ['S-400', '4'], ['#5', '5'], ['v.2', '2'], ['9/11', '1'], ['x_1', '1'],
  ])('%s', (s, d) => expect(gluedToName(s, s.lastIndexOf(d) === 0 ? 0 : posOf(s, d))).toBe(true));
  it.each([['mid-2023', '2'], ['pre-2022', '2'], ['post-2014', '2'], [' 12', '1'], ['($5', '5'], ['(-3%', '3']])('not %s', (s, d) =>
    expect(gluedToName(s, posOf(s, d))).toBe(false),
  );
});

describe('afterLabel', () => {
  it.each(['Tier 2', 'Article 5', 'Executive Order 14024', 'No. 2', 'Group of 7', 'section 301', 'HS 8542', '(Tier 2', 'Boeing 737'])('%s', (s) => {
    const p = s.search(/\d/);
    expect(afterLabel(s, p, 0)).toBe(true);
  });
  it.each(['about 90', 'in 2023', 'Group 7x', 'of 7'])('not %s', (s) => expect(afterLabel(s, s.search(/\d/), 0)).toBe(false));
});

describe('bareIntegerIsName', () => {
  it('takes five ungrouped digits for a name (news groups real quantities)', () => expect(bareIntegerIsName('cited 14024 today', 6, 11, 0, false, 0)).toBe(true));
  it('takes a number after a capitalized word inside a sentence for a name', () =>
    expect(bareIntegerIsName('He flew the Mavic 3 drone', 18, 19, 0, false, 0)).toBe(true));
  it('keeps numbers after sentence-initial words and function words', () => {
    expect(bareIntegerIsName('Vision 2030', 7, 11, 0, false, 0)).toBe(false);
    expect(bareIntegerIsName('He said In 2023', 11, 15, 0, false, 0)).toBe(false);
    expect(bareIntegerIsName('cited 14,024 cases', 6, 12, 0, true, 0)).toBe(false);
    expect(bareIntegerIsName('it was 3.5', 7, 10, 0, false, 1)).toBe(false);
  });
});
