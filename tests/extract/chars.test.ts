import { describe, expect, it } from 'vitest';
import { isAlnum, isInlineSpace, isLetter, letterRunEnd, letterRunStart, prevWord } from '../../pipeline/extract/chars.js';

const c = (s: string) => s.charCodeAt(0);

describe('character classes', () => {
  it('knows letters beyond ASCII, and that a newline is not an inline space', () => {
    expect(isLetter(c('é'))).toBe(true);
    expect(isLetter(c('Ж'))).toBe(true);
    expect(isLetter(c('’'))).toBe(false);
    expect(isAlnum(c('7'))).toBe(true);
    expect(isInlineSpace(c('\u00a0'))).toBe(true);
    expect(isInlineSpace(c('\n'))).toBe(false);
  });
  it('walks words and spaces', () => {
    expect(letterRunEnd('abc1', 0)).toBe(3);
    expect(letterRunStart('1abc', 4)).toBe(1);
    expect(prevWord('said About 90', 11, 0)).toEqual({ w: 'about', start: 5 });
    expect(prevWord('said About 90', 11, 6)).toEqual({ w: 'bout', start: 6 });
    expect(prevWord('(90', 1, 0)).toEqual({ w: '', start: 1 });
  });
});
