import { describe, expect, it } from 'vitest';
import { changeBefore, fromBefore } from '../../pipeline/extract/fromContext.js';

/** The offset of the first digit or "$" in `s`: where the figure starts. */
const fig = (s: string): number => s.search(/[\d$]/);

describe('fromBefore', () => {
  it('finds "from" right before the figure or up to three words before', () => {
    expect(fromBefore('rose from 5%', fig('rose from 5%'), 0)).toBe(5);
    expect(fromBefore('grew from a meager $245,000', fig('grew from a meager $245,000'), 0)).toBe(5);
  });
  it('does not cross punctuation or reach before the floor', () => {
    expect(fromBefore('from China, 5%', fig('from China, 5%'), 0)).toBe(-1);
    expect(fromBefore('rose from 5%', 10, 6)).toBe(-1);
  });
  it('does not take "from" inside a longer word', () => expect(fromBefore('wherefrom 5', 10, 0)).toBe(-1));
});

describe('changeBefore', () => {
  const at = (s: string): number => s.lastIndexOf('from');
  it.each([
    'The share rose from',
    'up from',
    'increasing in value from',
    'boosted the volume of transactions in yuan from',
    'Costs rose tenfold, from',
  ])('sees a change in "%s"', (s) => expect(changeBefore(s, at(s), 0)).toBe(true));
  it.each(['Russia has had to import from', 'Estimates rose, ranging from', 'The figures vary widely, from', 'Fees ran from'])(
    'sees a spread in "%s"',
    (s) => expect(changeBefore(s, at(s), 0)).toBe(false),
  );
  it('takes a multiple that ends at the floor as the change: "doubled, from"', () => {
    const s = 'Exports doubled, from';
    expect(changeBefore(s, at(s), s.indexOf(','))).toBe(true);
  });
  it('stops at other punctuation and after its word count', () => {
    expect(changeBefore('It rose; from', 9, 0)).toBe(false);
    expect(changeBefore('rose one two three four from', 24, 0, 3)).toBe(false);
  });
});
