import { describe, expect, it } from 'vitest';
import { readMultiple } from '../../pipeline/extract/multiples.js';

describe('readMultiple', () => {
  it.each([
    ['doubled', 2, 0],
    ['tripled', 3, 0],
    ['trebled', 3, 0],
    ['quadrupled', 4, 0],
    ['quintupled', 5, 0],
    ['halved', 5, 1],
    ['a doubling', 2, 0],
    ['fivefold', 5, 0],
    ['tenfold', 10, 0],
    ['twice as many', 2, 0],
  ])('%s', (s, m, dec) => {
    const at = s.startsWith('a ') ? 2 : 0;
    expect(readMultiple(s, at)).toMatchObject({ m, dec });
  });
  it('does not read "twice" as a ratio when it counts occasions', () => expect(readMultiple('twice.', 0)).toBeNull());
  it('reads double/triple as verbs after a modal or "to"', () => {
    expect(readMultiple('should triple in 2024', 7)).toMatchObject({ m: 3 });
    expect(readMultiple('plans to double exports', 9)).toMatchObject({ m: 2 });
    expect(readMultiple('a double agent', 2)).toBeNull();
    expect(readMultiple('to double-check', 3)).toBeNull();
  });
  it('does not read other words', () => {
    expect(readMultiple('double', 0)).toBeNull();
    expect(readMultiple('manifold', 0)).toBeNull();
  });
});
