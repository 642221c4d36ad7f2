/**
 * Scale words after a number: thousand, million, billion, trillion and their short forms
 * ($2.4bn, £75m, 3 mn, 2tn, 1.2 trln, 50k), plus crore and lakh. Single capital letters
 * (5M, 2B, 1T) are scales only after a currency ("$5B"), where nothing else can be meant.
 */
import { foldedWordSignature, isAsciiLetter, isSpaceSeparator } from './chars.js';
export interface Scale {
  multiplier: number;
  end: number;
}

const WORD_SCALES: Readonly<Record<string, number>> = {
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
const LETTER_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const NEEDS_CURRENCY = new Set(['b', 'M', 'B', 'T']);

/*
 * A full or short scale word: after one space or hyphen ("a $3-billion deal"), or glued
 * ("$2.4bn"). As a regex (the specification):
 *   /([ \u00a0\u202f-]?)(thousand|million|billion|trillion|crore|lakh|mln|mil|bln|trln|trn|mn|bn|tn)s?(?![A-Za-z])/iy
 * It runs after every number, so it is read by hand: the run of ASCII letters after the
 * separator must be a scale word, or one plus "s" (the lookahead admits nothing else, and /i
 * without /u folds ASCII only). The run is compared in place with the words (c | 0x20 on
 * ASCII letters is their lowercase), so no match array and no substring is made.
 */
const LETTER_RE = /([kmbKMBT])(?![A-Za-z0-9])/y;
/** The scale words by length and first letter (foldedWordSignature), in the order of WORD_SCALES. */
const SCALE_WORDS_BY_SIGNATURE = new Map<number, string[]>();
for (const w of Object.keys(WORD_SCALES)) {
  const k = foldedWordSignature(w, 0, w.length);
  SCALE_WORDS_BY_SIGNATURE.set(k, [...(SCALE_WORDS_BY_SIGNATURE.get(k) ?? []), w]);
}

/** The scale word spelled by text[q, q + len) in any case, or null. */
function scaleWordAt(text: string, q: number, len: number): string | null {
  const words = SCALE_WORDS_BY_SIGNATURE.get(foldedWordSignature(text, q, q + len));
  if (words === undefined) return null;
  for (const w of words) {
    if (w.length !== len) continue;
    let i = 0;
    while (i < len && (text.charCodeAt(q + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i === len) return w;
  }
  return null;
}

/** The scale at `pos` (right after a number), or null. `hasCurrency` admits M/B/T/b. */
export function readScale(text: string, pos: number, hasCurrency: boolean): Scale | null {
  // cheap refusal first: a scale starts with a space/hyphen and one of t m b c l, or a glued letter
  const c0 = text.charCodeAt(pos);
  let c = c0;
  if (c === 45 || isSpaceSeparator(c)) c = text.charCodeAt(pos + 1) | 0x20;
  else if (!isAsciiLetter(c)) return null;
  else c |= 0x20;
  if (c !== 116 && c !== 109 && c !== 98 && c !== 99 && c !== 108 && c !== 107) return null;
  const q = isAsciiLetter(c0) ? pos : pos + 1; // after the separator, if any
  let e = q;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e > q) {
    let word = scaleWordAt(text, q, e - q);
    const plural = word === null;
    if (plural && e - q > 1 && (text.charCodeAt(e - 1) | 0x20) === 115) word = scaleWordAt(text, q, e - q - 1);
    if (word !== null) {
      const isFull = word.length > 3 && word !== 'trln';
      // "mil" only glued or spaced with currency; full words take a hyphen; short forms no hyphen.
      if (c0 === 45 && !isFull) return null;
      if (word === 'mil' && !hasCurrency) return null;
      // plural "millions" only in "millions of" is vague (vague.ts); here a plural is no scale
      if (plural) return null;
      return { multiplier: WORD_SCALES[word]!, end: e };
    }
  }
  // a single letter scale is glued to the number ("50k", "$5B"): after a space it cannot be one
  if (!isAsciiLetter(c0)) return null;
  LETTER_RE.lastIndex = pos;
  const l = LETTER_RE.exec(text);
  if (l) {
    const ch = l[1]!;
    if (NEEDS_CURRENCY.has(ch) && !hasCurrency) return null;
    return { multiplier: LETTER_SCALES[ch]!, end: pos + 1 };
  }
  return null;
}
