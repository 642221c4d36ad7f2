import { describe, expect, it } from 'vitest';
import { readVaguePlural, readVagueSingular } from '../../pipeline/extract/vague.js';

describe('readVaguePlural', () => {
  it.each([
    ['tens of thousands of parts', 'tens of thousands', 2e4, 1e5, 1e3],
    ['hundreds of millions of dollars', 'hundreds of millions', 2e8, 1e9, 1e6],
    ['thousands of drones', 'thousands', 2e3, 1e4, 1e3],
    ['dozens of firms', 'dozens', 24, 120, null],
    ['billions of dollars', 'billions', 2e9, 1e10, 1e9],
  ])('%s', (s, text, low, high, scale) => {
    const v = readVaguePlural(s, 0);
    expect(v && { text: s.slice(v.start, v.end), low: v.low, high: v.high, scale: v.scale }).toEqual({ text, low, high, scale });
  });
  it('needs "of" after it', () => {
    expect(readVaguePlural('in the thousands.', 7)).toBeNull();
    expect(readVaguePlural('tens', 0)).toBeNull();
  });
});

describe('readVagueSingular', () => {
  it('reads "several dozen" and "a few dozen" as 24 to 120, as "dozens"', () => {
    expect(readVagueSingular('several dozen', 8, 0)).toMatchObject({ start: 0, end: 13, low: 24, high: 120, scale: null });
    expect(readVagueSingular('a few dozen', 6, 0)).toMatchObject({ start: 0, low: 24, high: 120 });
  });

  it('reads "several hundred" and "a few thousand"', () => {
    expect(readVagueSingular('several hundred', 8, 0)).toMatchObject({ start: 0, low: 200, high: 1000 });
    expect(readVagueSingular('a few thousand', 6, 0)).toMatchObject({ start: 0, low: 2000, high: 10000, scale: 1000 });
  });
  it('is null without "several" or "a few"', () => expect(readVagueSingular('the hundred', 4, 0)).toBeNull());
});
