/**
 * Fractions of a whole, as percent: "a third" (33.3), "two-thirds", "three quarters", "half",
 * "a fifth", "one in five" (20), "one out of every four" (25). Their h is 5 percentage points
 * (docs/interval-policy.md: a spoken fraction is a coarse figure).
 */
import { isInlineSpace, letterRunEnd } from './chars.js';
import { TENS, UNITS } from './numberWords.js';

export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** First letters of the fraction words (h, t, q, f, s, e, n): most next words are none. */
/** FRACTION_DENOMINATORS as a Map, for the lookup with a fresh substring. */
const DENOMINATORS = new Map(Object.entries(FRACTION_DENOMINATORS));
const DENOMINATOR_HEADS = [...new Set(Object.keys(FRACTION_DENOMINATORS).map((w) => w[0]))].join('');

export interface Fraction {
  start: number;
  end: number;
  /** Percent of the whole. */
  percent: number;
}

/** The fraction word starting at `pos` (space or hyphen already skipped), with its denominator. */
function denominatorAt(text: string, pos: number): { den: number; end: number; word: string } | null {
  if (!DENOMINATOR_HEADS.includes(String.fromCharCode(text.charCodeAt(pos) | 0x20))) return null;
  const end = letterRunEnd(text, pos);
  const word = text.slice(pos, end).toLowerCase();
  const den = DENOMINATORS.get(word);
  if (den === undefined || text[end] === '-') return null; // "third-largest", "half-year"
  return { den, end, word };
}

/** After a numerator that ended at `numEnd` ("two" → "-thirds"), the fraction, or null. */
export function fractionAfterNumber(text: string, start: number, numEnd: number, numerator: number): Fraction | null {
  const c = text.charCodeAt(numEnd);
  if (!(isInlineSpace(c) || c === 45)) return null;
  const d = denominatorAt(text, numEnd + 1);
  if (!d || numerator < 1 || numerator >= d.den * 2) return null;
  if (d.word === 'fourth' || d.word === 'fourths') {
    if (numerator === 1 && c !== 45) return null; // "one fourth" is rare; "one fourth-quarter" is not a fraction
  }
  if (d.den === 2 && numerator !== 1) return null;
  return { start, end: d.end, percent: (numerator * 100) / d.den };
}

/**
 * At a fraction word (`pos` at "third", "half", "quarter", …) with "a"/"an"/"one" before it,
 * or a bare "half": the fraction. `floor` bounds the look-back.
 */
export function fractionAtWord(text: string, pos: number, floor: number): Fraction | null {
  const d = denominatorAt(text, pos);
  if (!d) return null;
  const back = /(?<![A-Za-z])(a|an|one)[ \u00a0-]$/i.exec(text.slice(Math.max(floor, pos - 4), pos));
  if (d.den === 2) {
    if (d.word !== 'half') return null;
    // "a year and a half", "in half", "half a million": not a share
    if (/(?<![A-Za-z])(?:and an?|in) $/i.test(text.slice(Math.max(floor, pos - 7), pos))) return null;
    if (/^[ \u00a0](?:a|an)[ \u00a0]/i.test(text.slice(d.end, d.end + 4))) return null;
    const start = back ? pos - back[0].length : pos;
    return { start, end: d.end, percent: 50 };
  }
  if (!back) return null;
  if (d.word.endsWith('s')) return null; // "a thirds" is not English; "two thirds" comes via the numerator
  return { start: pos - back[0].length, end: d.end, percent: 100 / d.den };
}

const IN_RE = /^[ \u00a0](?:in|out[ \u00a0]of)(?:[ \u00a0]every)?[ \u00a0]/i;

/** "one in five", "1 in 3", "one out of every four": after a numerator ending at `numEnd`. */
export function oneInN(text: string, start: number, numEnd: number, numerator: number): Fraction | null {
  const h = text[numEnd + 1];
  if (h !== 'i' && h !== 'o' && h !== 'I' && h !== 'O') return null;
  const m = IN_RE.exec(text.slice(numEnd, numEnd + 18));
  if (!m) return null;
  const p = numEnd + m[0].length;
  let den: number | undefined;
  let end: number;
  const dm = /^(\d{1,3})(?![0-9A-Za-z,.])/.exec(text.slice(p, p + 5));
  if (dm) {
    den = Number(dm[1]);
    end = p + dm[0].length;
  } else {
    end = letterRunEnd(text, p);
    const w = text.slice(p, end).toLowerCase();
    den = UNITS.get(w) ?? TENS.get(w);
  }
  if (den === undefined || den <= numerator || numerator < 1) return null;
  return { start, end, percent: (numerator * 100) / den };
}
