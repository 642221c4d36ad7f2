import { describe, expect, it } from 'vitest';
import { readScale } from '../../pipeline/extract/scales.js';

describe('readScale', () => {
  it.each([
    [' million', 1e6, false],
    [' billion', 1e9, false],
    [' trillion', 1e12, false],
    [' thousand', 1e3, false],
    ['bn', 1e9, false],
    [' mn', 1e6, false],
    ['tn', 1e12, false],
    [' trln', 1e12, false],
    [' bln', 1e9, false],
    ['m', 1e6, false],
    ['k', 1e3, false],
    ['-billion', 1e9, false],
    ['M', 1e6, true],
    ['B', 1e9, true],
    [' crore', 1e7, false],
  ])('"%s" is ×%d', (s, mult, cur) => {
    expect(readScale(s, 0, cur)).toMatchObject({ multiplier: mult, end: s.length });
  });
  it.each([[' m'], ['M'], ['mm'], [' millions'], ['-bn'], [' mile'], ['km']])('"%s" is no scale (without a currency)', (s) => {
    expect(readScale(s, 0, false)).toBeNull();
  });
});
