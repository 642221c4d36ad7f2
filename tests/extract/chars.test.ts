import { describe, expect, it } from 'vitest';
import { isAlnum, isDash, isInlineSpace, isLetter, letterRunEnd, letterRunStart, skipSpaces, wordAt, wordBefore } from '../../pipeline/extract/chars.js';

const c = (s: string) => s.charCodeAt(0);

describe('character classes', () => {
  it('knows letters beyond ASCII, and that a newline is not an inline space', () => {
    expect(isLetter(c('é'))).toBe(true);
    expect(isLetter(c('Ж'))).toBe(true);
    expect(isLetter(c('’'))).toBe(false);
    expect(isAlnum(c('7'))).toBe(true);
    expect(isInlineSpace(c('\u00a0'))).toBe(true);
    expect(isInlineSpace(c('\n'))).toBe(false);
    expect(isDash(c('–'))).toBe(true);
  });
  it('walks words and spaces', () => {
    expect(letterRunEnd('abc1', 0)).toBe(3);
    expect(letterRunStart('1abc', 4)).toBe(1);
    expect(skipSpaces('   x', 0, 2)).toBe(2);
    expect(wordAt('About 90', 0)).toEqual({ word: 'about', end: 5 });
    expect(wordBefore('said About 90', 11)).toEqual({ word: 'about', start: 5 });
  });
});
