import { describe, expect, it } from 'vitest';
import { shortYearAt, yearAfter, yearAt } from '../../pipeline/extract/years.js';

describe('yearAt', () => {
  it('reads a year 1900–2099 standing alone', () => {
    expect(yearAt('in 2023.', 3)).toEqual({ y: 2023, end: 7 });
    expect(yearAt('1990s', 0)).toEqual({ y: 1990, end: 4 });
  });
  it.each([
    ['12023', 1],
    ['2023,500', 0],
    ['2023.5', 0],
    ['R2023', 1],
    ['2023abc', 0],
    ['1850', 0],
  ])('not in "%s"', (s, p) => expect(yearAt(s, p)).toBeNull());
});

describe('shortYearAt and yearAfter', () => {
  it('reads two-digit years after period markers as 20xx', () => {
    expect(shortYearAt("'23 x", 0)).toEqual({ y: 2023, end: 3 });
    expect(shortYearAt('24', 0)).toEqual({ y: 2024, end: 2 });
  });
  it('joins a year with a space, "of", a comma or a hyphen', () => {
    expect(yearAfter(' of 2023', 0, false)).toEqual({ y: 2023, end: 8 });
    expect(yearAfter(', 2023', 0, false)).toEqual({ y: 2023, end: 6 });
    expect(yearAfter(' 23', 0, false)).toBeNull();
    expect(yearAfter(' 23', 0, true)).toEqual({ y: 2023, end: 3 });
  });
});
