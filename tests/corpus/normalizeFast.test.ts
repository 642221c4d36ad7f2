import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainText, NEEDS_NFC_CHECK, normalizeFast } from '../../pipeline/corpus/normalizeFast.js';
import { foldSpaces } from '../../pipeline/extract/chars.js';
import { normalizeText } from '../../pipeline/core/text.js';

describe('normalizeFast', () => {
  it('gives exactly what normalizeText gives, on any string', () => {
    const chars = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'e',
          '\u0301',
          '\r',
          '\n',
          '\uFEFF',
          'é',
          'ﬁ',
          '\u1100',
          '\u1161',
          'Å',
          '\u212B',
          '’',
          '%',
          '—',
          '\u2000',
          '\u20AC',
          '\u20D0',
          '\u2026',
        ),
      }),
    );
    fc.assert(
      fc.property(chars, (s) => normalizeFast(s) === normalizeText(s)),
      { numRuns: 2000 },
    );
  });

  it('composes a decomposed accent and turns CRLF into LF', () => {
    expect(normalizeFast('cafe\u0301\r\n')).toBe('caf\u00e9\n');
  });

  it('skips only characters that are NFC on their own and never compose with the one before', () => {
    // Exhaustive over U+2000–U+20FF: each skipped character has no decomposition, combining
    // class 0, and after any character below U+3400 (the Latin, Greek, Cyrillic, Indic and
    // Hangul jamo blocks hold the compositions) NFC leaves the pair as it is.
    const bases = [];
    for (let c = 0x20; c < 0x3400; c++)
      if ((c < 0xd800 || c > 0xdfff) && String.fromCharCode(c).normalize('NFC') === String.fromCharCode(c))
        bases.push(String.fromCharCode(c));
    for (let c = 0x2000; c <= 0x20ff; c++) {
      const ch = String.fromCharCode(c);
      if (NEEDS_NFC_CHECK.test(ch)) continue;
      expect(ch.normalize('NFD'), `U+${c.toString(16)}`).toBe(ch);
      // combining class 0: after a mark of class 240, a mark of a lower class would be moved
      expect(`a\u0345${ch}`.normalize('NFC'), `U+${c.toString(16)}`).toBe(`a\u0345${ch}`);
      for (const b of bases) if ((b + ch).normalize('NFC') !== b + ch) expect.fail(`U+${b.charCodeAt(0).toString(16)} U+${c.toString(16)}`);
    }
    expect(NEEDS_NFC_CHECK.test('\u2000')).toBe(true);
    expect(NEEDS_NFC_CHECK.test('\u20d0')).toBe(true);
  });

  it('leaves a curly-quoted, em-dashed text with euro and rouble signs as it is', () => {
    const s = '“About 90%” — of €1.2bn and ₽40bn… ’til 2024 • end';
    expect(NEEDS_NFC_CHECK.test(s)).toBe(false);
    expect(normalizeFast(s)).toBe(s);
  });

  it('returns plain ASCII and Latin-1 text unchanged', () => {
    const s = 'Exports rose 18% to €2.4bn — no, to £2.4bn (café).';
    expect(normalizeFast(s)).toBe(s);
  });
});

describe('isPlainText', () => {
  it('holds only for a text that normalizeText and foldSpaces both leave as it is', () => {
    const chars = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          '5',
          ' ',
          '\n',
          '\r',
          '\uFEFF',
          'e\u0301',
          '\u00a0',
          '\u1680',
          '\u2009',
          '\u202f',
          '\u205f',
          '\u3000',
          '’',
          '—',
          '€',
          '…',
        ),
      }),
    );
    fc.assert(
      fc.property(chars, (s) => !isPlainText(s) || (normalizeText(s) === s && foldSpaces(s) === s)),
      { numRuns: 3000 },
    );
  });

  it('is false for every space separator but U+0020, a carriage return and a byte order mark', () => {
    for (const c of ['\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000', '\r', '\uFEFF'])
      expect(isPlainText(`a${c}b`), `U+${c.charCodeAt(0).toString(16)}`).toBe(false);
  });

  it('is true for the curly quotes, dashes and currency signs of news text', () => {
    expect(isPlainText('“About 90%” — of €1.2bn and ₽40bn… ’til 2024 • end (café)\n')).toBe(true);
  });
});
