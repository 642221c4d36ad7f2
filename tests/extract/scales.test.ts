import fc from 'fast-check';
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

/** readScale as first written, with its regex: the hand-written reader must agree with it. */
const WORD_SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  crore: 1e7,
  lakh: 1e5,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
};
const LETTER_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const WORD_RE = /([ \u00a0\u202f-]?)(thousand|million|billion|trillion|crore|lakh|mln|mil|bln|trln|trn|mn|bn|tn)s?(?![A-Za-z])/iy;
const LETTER_RE = /([kmbKMBT])(?![A-Za-z0-9])/y;
function referenceScale(text: string, pos: number, hasCurrency: boolean): { multiplier: number; end: number } | null {
  WORD_RE.lastIndex = pos;
  const w = WORD_RE.exec(text);
  if (w) {
    const word = w[2]!.toLowerCase();
    const isFull = word.length > 3 && word !== 'trln';
    if (w[1] === '-' && !isFull) return null;
    if (word === 'mil' && !hasCurrency) return null;
    if (w[0].length !== w[1]!.length + w[2]!.length) return null;
    return { multiplier: WORD_SCALES[word]!, end: pos + w[0].length };
  }
  LETTER_RE.lastIndex = pos;
  const l = LETTER_RE.exec(text);
  if (l) {
    if (['b', 'M', 'B', 'T'].includes(l[1]!) && !hasCurrency) return null;
    return { multiplier: LETTER_SCALES[l[1]!]!, end: pos + 1 };
  }
  return null;
}

describe('readScale against its regex', () => {
  const bits = [
    ' ',
    '-',
    '\u00a0',
    '\u202f',
    '\t',
    'million',
    'MILLION',
    'Bn',
    'bn',
    'mil',
    'mln',
    'trln',
    'trn',
    'tn',
    'crore',
    'lakh',
    'thousand',
    's',
    'S',
    'x',
    'k',
    'K',
    'm',
    'M',
    'b',
    'B',
    'T',
    't',
    'l',
    'c',
    '1',
    'é',
    'ſ',
    '.',
    '_',
  ];
  it('reads the same scale at every offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...bits), { maxLength: 6 }).map((b) => b.join('')),
        fc.boolean(),
        (t, cur) => {
          for (let pos = 0; pos <= t.length; pos++) expect(readScale(t, pos, cur)).toEqual(referenceScale(t, pos, cur));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
