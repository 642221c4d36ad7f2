/**
 * Spelled-out numbers: "two", "forty", "twenty-five", "three hundred", "two hundred and fifty",
 * "a dozen", "two dozen", "a million", "half a million", "two and a half". A trailing scale
 * word (thousand … trillion) is left to scales.ts so that digits and words share one rule.
 */
import { foldedWordSignature, isInlineSpace, letterRunEnd } from './chars.js';
import type { StatedNumber } from './number.js';

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * The same as Maps, for lookups with fresh substrings: cheaper than looking them up in an
 * object, and a word such as "constructor" finds nothing (in the object it finds Object's own).
 */
export const UNITS = new Map(Object.entries(UNIT_WORDS));
export const TENS = new Map(Object.entries(TENS_WORDS));

/** Number words the scanner triggers on (lowercase). */
export const NUMBER_TRIGGER_WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), 'hundred', 'dozen'];

interface Tok {
  start: number;
  end: number;
}

/**
 * The word after `pos` if separated by exactly one inline space (or a hyphen when `hyphen`).
 * Only its bounds: most questions about it ("is it 'hundred'?") need no copy of it.
 */
function next(text: string, pos: number, hyphen: boolean): Tok | null {
  const c = text.charCodeAt(pos);
  if (!(isInlineSpace(c) || (hyphen && c === 45))) return null;
  const end = letterRunEnd(text, pos + 1);
  return end === pos + 1 ? null : { start: pos + 1, end };
}

/** Whether the word `t` is `w` (lowercase), ignoring case, compared in place. */
function is(text: string, t: Tok, w: string): boolean {
  if (t.end - t.start !== w.length) return false;
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(t.start + i) | 0x20) !== w.charCodeAt(i)) return false;
  return true;
}

const lower = (text: string, t: Tok): string => text.slice(t.start, t.end).toLowerCase();

/** The units and tens words by length and first letter (foldedWordSignature). */
const NUMBER_WORDS_BY_SIGNATURE = new Map<number, string[]>();
for (const w of [...UNITS.keys(), ...TENS.keys()]) {
  const k = foldedWordSignature(w, 0, w.length);
  NUMBER_WORDS_BY_SIGNATURE.set(k, [...(NUMBER_WORDS_BY_SIGNATURE.get(k) ?? []), w]);
}

/**
 * `lower(text, t)` as far as UNITS and TENS can tell: the listed word when `t` spells one
 * (compared in place), '' for any other word of ASCII letters (its lowercase is no key), and
 * the lowercase copy itself only for a word with a character outside ASCII. Every spelled
 * number and the word after it pass here; most need no copy.
 */
function numberWordKey(text: string, t: Tok): string {
  const words = NUMBER_WORDS_BY_SIGNATURE.get(foldedWordSignature(text, t.start, t.end));
  if (words !== undefined)
    for (const w of words) {
      if (w.length !== t.end - t.start) continue;
      let i = 0;
      while (i < w.length && (text.charCodeAt(t.start + i) | 0x20) === w.charCodeAt(i)) i++;
      if (i === w.length) return w;
    }
  for (let i = t.start; i < t.end; i++) if (text.charCodeAt(i) > 127) return lower(text, t);
  return '';
}

/** 1..99 from a units/teens word or a tens word with an optional "-five"/" five". */
function below100(text: string, t: Tok): { v: number; end: number } | null {
  const w = numberWordKey(text, t);
  const u = UNITS.get(w);
  if (u !== undefined) return { v: u, end: t.end };
  const tens = TENS.get(w);
  if (tens === undefined) return null;
  const n = next(text, t.end, true);
  if (n) {
    const u2 = UNITS.get(numberWordKey(text, n));
    if (u2 !== undefined && u2 >= 1 && u2 <= 9) return { v: tens + u2, end: n.end };
  }
  return { v: tens, end: t.end };
}

/**
 * Reads a spelled-out number starting at `pos` (which may be "a"/"an" before hundred,
 * thousand, million, billion, dozen; or "half" in "half a million"). Returns null if none.
 * Scale words (thousand, million, …) are not consumed, except as part of "half a million"'s
 * article form, where the caller still reads the scale.
 */
export function readNumberWords(text: string, pos: number): StatedNumber | null {
  const end0 = letterRunEnd(text, pos);
  if (end0 === pos) return null;
  const t: Tok = { start: pos, end: end0 };
  if (is(text, t, 'half')) {
    // "half a million" / "half a billion": 0.5 of the scale that follows
    const a = next(text, t.end, false);
    const s = a && (is(text, a, 'a') || is(text, a, 'an')) ? next(text, a.end, false) : null;
    if (s && (is(text, s, 'million') || is(text, s, 'billion') || is(text, s, 'trillion') || is(text, s, 'thousand')))
      return { start: pos, end: a!.end, m: 5, dec: 1, grouped: false, spelled: true };
    return null;
  }
  let v: number;
  let end: number;
  if (is(text, t, 'a') || is(text, t, 'an')) {
    const n = next(text, t.end, false);
    if (!n) return null;
    if (is(text, n, 'hundred')) {
      v = 100;
      end = n.end;
    } else if (is(text, n, 'dozen')) {
      return { start: pos, end: n.end, m: 12, dec: 0, grouped: false, spelled: true };
    } else if (is(text, n, 'thousand') || is(text, n, 'million') || is(text, n, 'billion') || is(text, n, 'trillion')) {
      // "a million": the article is the number 1; the scale is read by the caller
      return { start: pos, end: t.end, m: 1, dec: 0, grouped: false, spelled: true };
    } else return null;
  } else {
    const b = below100(text, t);
    if (!b) return null;
    v = b.v;
    end = b.end;
    const n = next(text, end, false);
    if (n && is(text, n, 'dozen')) return { start: pos, end: n.end, m: v * 12, dec: 0, grouped: false, spelled: true };
    if (n && is(text, n, 'hundred') && v >= 1 && v <= 99) {
      v *= 100;
      end = n.end;
    } else {
      return withHalf(text, pos, v, end);
    }
  }
  // after "hundred": optional "and" + 1..99, or 1..99 directly ("three hundred fifty")
  let n = next(text, end, false);
  if (n && is(text, n, 'and')) n = next(text, n.end, false);
  if (n) {
    const b = below100(text, n);
    if (b && b.v >= 1) {
      v += b.v;
      end = b.end;
    }
  }
  return withHalf(text, pos, v, end);
}

/** "two and a half" → 2.5 (written as one decimal). */
function withHalf(text: string, start: number, v: number, end: number): StatedNumber {
  const a = next(text, end, false);
  if (a && is(text, a, 'and')) {
    const b = next(text, a.end, false);
    const c = b && (is(text, b, 'a') || is(text, b, 'an')) ? next(text, b.end, false) : null;
    if (c && is(text, c, 'half')) return { start, end: c.end, m: v * 10 + 5, dec: 1, grouped: false, spelled: true };
  }
  return { start, end, m: v, dec: 0, grouped: false, spelled: true };
}
