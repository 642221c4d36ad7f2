import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortYearAt, yearAfter, yearAt, yearFrom } from '../../pipeline/extract/years.js';

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

describe('yearFrom and yearAfter, read by hand, against the patterns they implement', () => {
  /** The specification: the year pattern at the position, then the same refusals after it. */
  const YEAR = /(19\d\d|20\d\d)(?![0-9])/y;
  const specYearFrom = (text: string, pos: number): { y: number; end: number } | null => {
    YEAR.lastIndex = pos;
    const m = YEAR.exec(text);
    if (!m) return null;
    const end = pos + 4;
    const after = text.slice(end);
    if (/^[A-Za-z]/.test(after) && !/^s(?![A-Za-z])/.test(after)) return null;
    if (/^,\d{3}(?!\d)/.test(text.slice(end, end + 5)) || /^\.\d/.test(after)) return null;
    return { y: Number(m[1]), end };
  };
  const JOIN = /^(?:[ \u00a0]of[ \u00a0]|,[ \u00a0]|[ \u00a0]|-|(?=['’]))/;
  const chars = fc.constantFrom(..."0129 ,-'’ofOF.sx\u00a0".split(''));

  it('yearFrom finds the same year as the pattern at every position of random text', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (cs) => {
        const text = cs.join('');
        for (let p = 0; p <= text.length; p++) expect(yearFrom(text, p)).toEqual(specYearFrom(text, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('yearAfter joins a year with the same separators as the pattern', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
        const text = cs.join('');
        for (let p = 0; p <= text.length; p++) {
          const m = JOIN.exec(text.slice(p, p + 4));
          expect(yearAfter(text, p, false)).toEqual(m ? yearAt(text, p + m[0].length) : null);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
