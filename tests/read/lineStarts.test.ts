/**
 * A multiline pattern tried only at line starts (lineStarts.ts) finds what its global scan finds.
 */
import { describe, expect, it } from 'vitest';
import { lineStarts, matchesAtLineStarts, stickyAtLines } from '../../pipeline/read/lineStarts.js';

const scan = (re: RegExp, text: string): [number, string][] => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const atLines = (re: RegExp, text: string): [number, string][] =>
  matchesAtLineStarts(re, stickyAtLines(re), text, lineStarts(text)).map((m) => [m.index, m[0]]);

const PATTERNS = [
  /^([A-Z][A-Z.'’ -]{1,60}):/gmu,
  /^(\p{Lu}[\p{Ll}.’'-]+(?:\s+\p{Lu}[\p{Ll}.’'-]+){0,3}):[ \t]+\S/gmu,
  // A match that runs over line ends: the next is looked for after it, as the scan does.
  /^Mr\s+\p{Lu}\p{Ll}+[ \t]*\n[ \t]*\n/gmu,
  /^\w+(?:\n\w+)*/gm,
];
const TEXTS = [
  'MR REYES: We have seen reports.\nLin Jian: No.\n\nMr Lammy\n\nMr Smith\n\nKanaani: Yes: no.\n',
  'Mr Lammy\n\nMr Lammy\n\n\nMr Cole\n \nend',
  'one\ntwo\nthree\n\nfour',
  '',
  '\n\n',
  'A: b\r\nC: d\u2028E: f\u2029G: h',
];

describe('matches at line starts', () => {
  it('finds the global scan’s matches, in order, for patterns that open with ^', () => {
    for (const re of PATTERNS)
      for (const text of TEXTS) expect(atLines(re, text), `${re} on ${JSON.stringify(text)}`).toEqual(scan(re, text));
  });

  it('leaves a text with a line break other than LF to the pattern’s own scan', () => {
    expect(lineStarts('a\r\nb')).toBeUndefined();
    expect(lineStarts('a\nb\n')).toEqual([0, 2, 4]);
  });
});
