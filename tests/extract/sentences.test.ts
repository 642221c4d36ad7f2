import fc from 'fast-check';
import { extractMentions } from '../../pipeline/extract/index.js';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceStarts } from '../../pipeline/extract/sentences.js';

const split = (t: string) => {
  const s = sentenceStarts(t);
  return s.map((x, i) => t.slice(x, s[i + 1]).trimEnd());
};

describe('sentenceStarts', () => {
  it('splits at . ! ? … before a capital, a digit or a quote, and at line breaks', () => {
    expect(split('One. Two! Three? “Four.” 5 fell… Six\nSeven')).toEqual(['One.', 'Two!', 'Three?', '“Four.”', '5 fell…', 'Six', 'Seven']);
  });
  it('does not split after abbreviations and initials', () => {
    expect(split('The U.S. Treasury and Mr. Smith met Jan. 5 with E.O. Office. Then J. Doe left.')).toEqual([
      'The U.S. Treasury and Mr. Smith met Jan. 5 with E.O. Office.',
      'Then J. Doe left.',
    ]);
  });
  it('does not split inside decimals', () => expect(split('It rose 3.5 percent.')).toEqual(['It rose 3.5 percent.']));
  it('splits before a sentence that starts in lower case, not after an abbreviation or a trailing ellipsis (issue 13, item 9)', () => {
    expect(split('It rose in 2023. russia has used those on April 22.')).toEqual([
      'It rose in 2023.',
      'russia has used those on April 22.',
    ]);
    expect(split('Sold by Acme Inc. to the buyer, e.g. drones… and more.')).toEqual([
      'Sold by Acme Inc. to the buyer, e.g. drones… and more.',
    ]);
    expect(split('At 9 a.m. officials met. he said no! they left.')).toEqual(['At 9 a.m. officials met.', 'he said no!', 'they left.']);
  });
  it("does not date a lower-case sentence's 'April 22' from the year of the sentence before", () => {
    const ms = extractMentions('Imports were $5 million in 2023. russia received 300 drones on April 22.');
    const april = ms.find((m) => m.text === 'April 22');
    expect(april?.sentence).toBe(1);
    expect(april?.period).toBeNull();
  });
  it('starts with 0 and stays ascending', () => {
    const s = sentenceStarts('\n\nA. B.\n\nC.');
    expect(s[0]).toBe(0);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence of an offset by binary search', () => {
    const starts = [0, 10, 20, 35];
    expect([0, 9, 10, 19, 20, 34, 35, 99].map((o) => sentenceIndexAt(starts, o))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

/** The rule as one /u regex (group 1: a capital or digit; else a lower-case letter): the hand-written scanner must agree with it. */
const END_RE = /\n+|[.!?…]+["'”’)\]]*(?=[ \t\u00a0]+["“‘'([]?(?:([\p{Lu}\d])|\p{Ll}))/gu;
function referenceStarts(text: string, isAbbreviationAt: (dot: number, beforeLower: boolean) => boolean): number[] {
  const starts = [0];
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(text)) !== null) {
    const at = m.index;
    let end = at + m[0].length;
    if (text.charCodeAt(at) !== 10) {
      const lower = m[1] === undefined;
      if (lower && m[0][0] === '…') continue;
      if (m[0][0] === '.' && isAbbreviationAt(at, lower)) continue;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u00a0')) end++;
    }
    if (end < text.length && end > starts[starts.length - 1]!) starts.push(end);
  }
  return starts;
}

/** The abbreviation rule as first written (with a substring lookup). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'adm',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'no',
  'nos',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'approx',
  'est',
  'fig',
  'vol',
  'ch',
  'art',
  'sec',
  'para',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'mt',
  'ft',
  'pres',
]);
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function referenceIsAbbreviation(text: string, dot: number, beforeLower: boolean): boolean {
  let p = dot;
  let initials = true;
  while (p > 0 && isLetterCode(text.charCodeAt(p - 1))) {
    if (p - 2 >= 0 && isLetterCode(text.charCodeAt(p - 2))) {
      initials = false;
      break;
    }
    p--;
    if (p > 0 && text.charCodeAt(p - 1) === 46) p--;
    else break;
  }
  if (initials && p < dot) {
    const single = dot - p === 1;
    if (!single || beforeLower || (text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90)) return true;
  }
  let s = dot;
  while (s > 0 && dot - s <= 6 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (dot - s > 6 || (s > 0 && isLetterCode(text.charCodeAt(s - 1)))) return false;
  return ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

describe('sentenceStarts against the one-regex rule', () => {
  const bits = [
    '.',
    '..',
    '!',
    '?',
    '…',
    '"',
    "'",
    '”',
    '’',
    ')',
    ']',
    '“',
    '‘',
    '(',
    '[',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\n',
    '\n\n',
    'A',
    'a',
    'É',
    'é',
    '𝐀',
    '\ud835',
    '7',
    'U.S.',
    'Mr',
    'mr',
    'MRS',
    'Jan',
    'approx',
    'Approx',
    'approxi',
    'E.O',
    'x',
    'word',
    'Word',
    'est',
    'vs',
    '.] B',
    '." A',
    '?) 𝐀',
    '. (7',
    '…’ É',
    '!\u00a0“Q',
  ];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...bits), { maxLength: 24 }).map((b) => b.join('')),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  it('finds the same starts as the regex, with the same abbreviations', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(sentenceStarts(t)).toEqual(referenceStarts(t, (dot, lower) => referenceIsAbbreviation(t, dot, lower)));
      }),
      { numRuns: 3000 },
    );
  });
  it('stops after the first start past `until`, agreeing with the full list before it', () => {
    fc.assert(
      fc.property(texts, fc.nat(60), (t, until) => {
        const all = sentenceStarts(t);
        const cut = sentenceStarts(t, until);
        const k = all.findIndex((s) => s > until);
        expect(cut).toEqual(k < 0 ? all : all.slice(0, k + 1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractMentions with sentenceStarts', () => {
  it('fills in every sentence start of the text, past the last mention and with none, and finds the same mentions', () => {
    for (const text of ['Exports rose 12% in 2023. Nothing else was said. Officials left.', 'No figure here. None at all.', '']) {
      const starts: number[] = [];
      expect(extractMentions(text, { sentenceStarts: starts })).toEqual(extractMentions(text));
      expect(starts).toEqual(sentenceStarts(text));
    }
  });
});
