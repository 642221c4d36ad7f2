/**
 * One set of spaces in the extractor (issue 12, item 6): every Unicode space separator (Zs)
 * behaves like U+0020 wherever the extractor accepts a space. Typeset text has thin and narrow
 * no-break spaces where a writer typed a space: `about\u200990%` was read as an exact 90%.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, isInlineSpace, isSpaceSeparator } from '../../pipeline/extract/chars.js';
import { extractMentions, type Mention } from '../../pipeline/extract/index.js';

/** Every Zs code point; all are in the BMP, so each is one UTF-16 code unit. */
const ZS = Array.from({ length: 0x110000 }, (_, cp) => cp)
  .filter((cp) => /\p{Zs}/u.test(String.fromCodePoint(cp)))
  .map((cp) => String.fromCodePoint(cp));

/** Phrases with spaces the extractor reads: between hedge and number, number and scale or unit, in ranges, periods, groups. */
const PHRASES = [
  'about 90%',
  'Exports rose by about 90% in 2023.',
  'more than $4 billion',
  'nearly 70 per cent of imports',
  'up 18 percent year on year',
  'between 10 and 20 percent',
  'Sales grew 3 times over 12 months.',
  'shipments of 1 250 000 tonnes',
  'In Q1 2024 the share was 40 pct.',
  'some 5.2 million rubles',
  'a rise of 12 percentage points',
  'at least 300 companies in fiscal year 2022',
];

const withoutText = (ms: Mention[]) => ms.map(({ text: _text, ...rest }) => rest);

describe('space separators', () => {
  it('are exactly \\p{Zs}, each one code unit, and fold to U+0020', () => {
    expect(ZS.every((s) => s.length === 1)).toBe(true);
    for (let c = 0; c <= 0xffff; c++) {
      const zs = /\p{Zs}/u.test(String.fromCharCode(c));
      expect(isSpaceSeparator(c), c.toString(16)).toBe(zs);
      expect(isInlineSpace(c), c.toString(16)).toBe(zs || c === 9);
    }
    expect(foldSpaces(ZS.join('x'))).toBe(ZS.map(() => ' ').join('x'));
  });

  it('are each found alone by the fold, and no other code unit is folded', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      const zs = c !== 32 && /\p{Zs}/u.test(String.fromCharCode(c));
      expect(foldSpaces(s), c.toString(16)).toBe(zs ? 'a b' : s);
    }
  });

  it('read "about\\u200990%" like "about 90%": hedge approximately', () => {
    const [m] = extractMentions('about\u200990%');
    expect(m).toMatchObject({ text: 'about\u200990%', hedge: 'approximately' });
    expect(withoutText(extractMentions('about\u200990%'))).toEqual(withoutText(extractMentions('about 90%')));
  });

  it('any Zs in place of any of the spaces of a phrase gives the same mentions, offsets and all; the text is the original', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHRASES),
        fc.constantFrom(...ZS),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (phrase, space, which) => {
          let k = 0;
          const variant = phrase.replace(/ /g, () => (which[k++ % which.length] ? space : ' '));
          const got = extractMentions(variant);
          expect(withoutText(got)).toEqual(withoutText(extractMentions(phrase)));
          for (const m of got) expect(m.text).toBe(variant.slice(m.start, m.end));
        },
      ),
      { seed: 14, numRuns: 400 },
    );
  });
});

describe('extractMentions with noOtherSpaces', () => {
  it('gives the same mentions as without, for a text that holds no other space separator', () => {
    for (const p of PHRASES) expect(extractMentions(p, { noOtherSpaces: true })).toEqual(extractMentions(p));
  });
  it('skips the fold: a caller that promises wrongly gets "18\u2009percent" read as a bare 18', () => {
    // why the option is a promise the caller must keep (the corpus tests each text with isPlainText)
    expect(extractMentions('up 18\u2009percent', { noOtherSpaces: true }).map((m) => m.text)).toEqual(['18']);
    expect(extractMentions('up 18\u2009percent').map((m) => m.text)).toEqual(['18\u2009percent']);
  });
});
