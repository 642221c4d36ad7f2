import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceStarts } from '../../pipeline/extract/sentences.js';

const split = (t: string) => {
  const s = sentenceStarts(t);
  return s.map((x, i) => t.slice(x, s[i + 1]).trimEnd());
};

describe('sentenceStarts', () => {
  it('splits at . ! ? … before a capital, a digit or a quote, and at line breaks', () => {
    expect(split('One. Two! Three? “Four.” 5 fell… Six\nSeven')).toEqual(['One.', 'Two!', 'Three?', '“Four.”', '5 fell…', 'Six', 'Seven']);
  });
  it('does not split after abbreviations and initials', () => {
    expect(split('The U.S. Treasury and Mr. Smith met Jan. 5 with E.O. Office. Then J. Doe left.')).toEqual([
      'The U.S. Treasury and Mr. Smith met Jan. 5 with E.O. Office.',
      'Then J. Doe left.',
    ]);
  });
  it('does not split inside decimals or before lowercase', () => expect(split('It rose 3.5 percent. it fell.')).toEqual(['It rose 3.5 percent. it fell.']));
  it('starts with 0 and stays ascending', () => {
    const s = sentenceStarts('\n\nA. B.\n\nC.');
    expect(s[0]).toBe(0);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence of an offset by binary search', () => {
    const starts = [0, 10, 20, 35];
    expect([0, 9, 10, 19, 20, 34, 35, 99].map((o) => sentenceIndexAt(starts, o))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
