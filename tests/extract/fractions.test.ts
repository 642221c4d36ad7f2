import { describe, expect, it } from 'vitest';
import { fractionAfterNumber, fractionAtWord, oneInN } from '../../pipeline/extract/fractions.js';

describe('fractionAtWord', () => {
  it.each([
    ['a third of', 'third', 0, 100 / 3],
    ['an eighth of', 'eighth', 0, 12.5],
    ['one fifth', 'fifth', 0, 20],
    ['half of it', 'half', 0, 50],
    ['a half', 'half', 0, 50],
    ['a quarter of', 'quarter', 0, 25],
  ])('%s', (s, w, start, percent) => {
    expect(fractionAtWord(s, s.indexOf(w), 0)).toMatchObject({ start, percent });
  });
  it.each([
    ['the third largest', 'third'],
    ['a year and a half', 'half'],
    ['cut in half', 'half'],
    ['half a million', 'half'],
    ['the third-largest', 'third'],
    ['a half-year', 'half'],
  ])('is not a fraction: %s', (s, w) => expect(fractionAtWord(s, s.lastIndexOf(w), 0)).toBeNull());
});

describe('fractionAfterNumber', () => {
  it('reads two-thirds and three quarters', () => {
    expect(fractionAfterNumber('two-thirds', 0, 3, 2)).toEqual({ start: 0, end: 10, percent: 200 / 3 });
    expect(fractionAfterNumber('three quarters', 0, 5, 3)).toEqual({ start: 0, end: 14, percent: 75 });
  });
  it('is null when no fraction word follows', () => expect(fractionAfterNumber('two trucks', 0, 3, 2)).toBeNull());
});

describe('oneInN', () => {
  it.each([
    ['one in five', 3, 1, 20],
    ['1 in 3', 1, 1, 100 / 3],
    ['nine out of ten', 4, 9, 90],
    ['one out of every four', 3, 1, 25],
  ])('%s', (s, numEnd, n, percent) => expect(oneInN(s, 0, numEnd, n)).toEqual({ start: 0, end: s.length, percent }));
  it('is null for "1 in 2023" or "5 in 3"', () => {
    expect(oneInN('1 in 2023', 0, 1, 1)).toBeNull();
    expect(oneInN('5 in 3', 0, 1, 5)).toBeNull();
  });
});

describe('oneInN', () => {
  it('takes no denominator from a word that names a property of every object ("one in constructor")', () => {
    expect(oneInN('one in constructor', 0, 3, 1)).toBeNull();
    expect(oneInN('one in five', 0, 3, 1)).toMatchObject({ end: 11, percent: 20 });
  });
});
