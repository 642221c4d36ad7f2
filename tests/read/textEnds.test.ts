/**
 * The cheap tests on a text's end (pipeline/read/textEnds.ts) give the answers of the end-anchored
 * patterns they stand in for, on made-up pieces that put letters, case variants (the long s, the
 * dotted and dotless i), apostrophes and every kind of whitespace at the end.
 */
import { describe, expect, it } from 'vitest';
import {
  endsWithClosingMark,
  endsWithIng,
  isSpace,
  isWordBeforeSpace,
  lastToken,
  lastTokenBeforeSpace,
  lastWordBeforeSpace,
  lastWordsWithSpace,
  mayEndWithList,
  startsBefore,
  trimmedEnd,
} from '../../pipeline/read/textEnds.js';
import { lastSpeakerBreak } from '../../pipeline/read/attribution.js';

const SPACES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const PIECES = [
  'in',
  'IN',
  '(in',
  'xin',
  'Beijing in',
  'for having',
  'responsible for',
  'role in',
  'the',
  'the',
  'The',
  'a',
  'its',
  'China’s',
  "Russia's",
  'Beijing',
  'supplying',
  'SUPPLYING',
  'Supplyıng',
  'list',
  'Entity List',
  'LIST',
  'liſt',
  'lİst',
  'blacklist',
  'that',
  'That',
  'accusations that',
  'x',
  '',
  '.',
  '”',
  '…',
  ')',
  ';',
  'café’s',
  'steady',
  'growing',
  '2024',
  'of the',
];
/** Every piece, alone and after a few words, ending in nothing or in one or two kinds of whitespace. */
const samples: string[] = [];
for (const p of PIECES)
  for (const lead of ['', 'Beijing has denied ', 'cut off the ', 'x'])
    for (const end of ['', ...SPACES, '  ', ' \n', '\u00a0 ']) samples.push(lead + p + end);

describe('tests on a text’s end', () => {
  it('reads whitespace as \\s does', () => {
    for (let c = 0; c < 0x3100; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
    expect(isSpace(0xfeff)).toBe(true);
  });

  it('finds where the closing whitespace starts', () => {
    for (const s of samples) expect(trimmedEnd(s)).toBe(s.replace(/\s+$/, '').length);
  });

  it('tries a word-then-space pattern on the last word only, with the same answer', () => {
    const re = /\b(?:the|a|its|their|his|her|continued|ongoing|further|steady|growing|[\p{L}]+['’]s)\s+$/iu;
    let matched = 0;
    for (const s of samples) {
      expect(re.test(lastTokenBeforeSpace(s)), JSON.stringify(s)).toBe(re.test(s));
      if (re.test(s)) matched++;
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('reads -ing, "list" and closing marks as the patterns do', () => {
    for (const s of samples) {
      expect(endsWithIng(s, 0, s.length), JSON.stringify(s)).toBe(/ing$/i.test(s));
      // A necessary test: never false where the pattern matches.
      if (/list$/iu.test(s)) expect(mayEndWithList(s), JSON.stringify(s)).toBe(true);
      expect(endsWithClosingMark(s), JSON.stringify(s)).toBe(/[.!?:;"”’)…]\s*$/.test(s));
    }
    expect(mayEndWithList('Beijing')).toBe(false);
    expect(mayEndWithList('the Entity List')).toBe(true);
  });

  it('tries patterns anchored at the end on the last word, with the same match', () => {
    const speakerBefore =
      /\b(?:an?|the|its|their|his|her|our|your|my|some|many|several|these|those|such|media|news|dismissed|rejected|denied|cited|been|being|were|was)$/i;
    const trailing =
      /\s+(?:has|have|had|also|repeatedly|publicly|consistently|firmly|flatly|previously|again|earlier|later|then|first|now|would|will|may|might|could)$/i;
    for (const p of [
      'the',
      'The media',
      'China has',
      'China HAS',
      'it has',
      'xhas',
      'Beijing  \u00a0has',
      ' has',
      'has',
      'Beijing',
      'China on Monday',
      'China  on \u00a0Friday',
      'on Monday',
      'has on Monday',
    ]) {
      for (const s of [p, `a ${p}`, `(${p}`, `${p} `]) {
        expect(speakerBefore.test(lastToken(s)), JSON.stringify(s)).toBe(speakerBefore.test(s));
        expect(trailing.exec(lastWordsWithSpace(s, 2))?.[0], JSON.stringify(s)).toBe(trailing.exec(s)?.[0]);
      }
    }
    for (const s of samples) {
      expect(speakerBefore.test(lastToken(s)), JSON.stringify(s)).toBe(speakerBefore.test(s));
      expect(trailing.exec(lastWordsWithSpace(s, 2))?.[0], JSON.stringify(s)).toBe(trailing.exec(s)?.[0]);
      expect(isWordBeforeSpace(s, 'in', false), JSON.stringify(s)).toBe(/\bin\s+$/.test(s));
      expect(isWordBeforeSpace(s, 'in', true), JSON.stringify(s)).toBe(/\bin\s+$/i.test(s));
      const gerund =
        /(?:\s+(?:(?:is|are|was|were)\s+)?responsible)?\s+for\s+(?:(?:its|their|his|her)\s+(?:role|part|involvement)\s+in\s+)?(?:having\s+)?$/;
      if (gerund.test(s)) expect(['for', 'in', 'having'], JSON.stringify(s)).toContain(lastWordBeforeSpace(s));
    }
  });

  it('leaves the patterns gated on the last word no match the gate refuses', () => {
    const be = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?$/u;
    const inThe = /\b(?:in|for|to)\s+the\s+$/i;
    const words = ['is', '(is', 'has been', 'were quietly', 'was Quietly', 'in the', 'for THE', 'to the', 'into the', 'the'];
    for (const w of words)
      for (const s of [`${w} `, `Drones ${w}  `, `Drones ${w}`, `x${w} `]) {
        const last = lastWordBeforeSpace(s);
        if (be.test(s)) expect(/(?:is|are|was|were|been)$/.test(last) || last.endsWith('ly'), JSON.stringify(s)).toBe(true);
        if (inThe.test(s)) expect(/^the$/i.test(last), JSON.stringify(s)).toBe(true);
      }
  });

  it('finds a word starting in a range as indexOf does', () => {
    const text = 'bearings supplied by Chinese firms from Hong Kong, by sea';
    for (const needle of ['by', 'from'])
      for (let from = 0; from <= text.length; from += 3)
        for (let end = 0; end <= text.length + 2; end += 2) {
          const i = text.indexOf(needle, from);
          expect(startsBefore(text, needle, from, end), `${needle} ${from} ${end}`).toBe(i >= 0 && i < end);
        }
  });

  it('finds a speaker’s last break as the four lastIndexOf calls do', () => {
    const pieces = ['The ministry, ', 'a “quote” said ', 'x," he ', 'China — ', 'U.S. officials', ',', '”', ' —', ',"', ', " ', ''];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const s = a + b + c;
          expect(lastSpeakerBreak(s), JSON.stringify(s)).toBe(
            Math.max(s.lastIndexOf(', '), s.lastIndexOf('” '), s.lastIndexOf('," '), s.lastIndexOf(' — ')),
          );
        }
  });
});
