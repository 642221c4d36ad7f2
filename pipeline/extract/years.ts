/**
 * Years as written next to period words: 2023 (1900–2099), '23 and 23 after a quarter or
 * fiscal marker, and the joins " 2023", " of 2023", ", 2023".
 */
import { isAlnum, isDigit, isLetter } from './chars.js';

const YEAR_RE = /(19\d\d|20\d\d)(?![0-9])/y;

/** A four-digit year 1900–2099 at `pos`, not glued to letters or further digits. */
export function yearAt(text: string, pos: number): { y: number; end: number } | null {
  if (pos > 0 && isAlnum(text.charCodeAt(pos - 1))) return null;
  return yearFrom(text, pos);
}

/** yearAt without the check on the character before (FY2023: glued on purpose). */
export function yearFrom(text: string, pos: number): { y: number; end: number } | null {
  YEAR_RE.lastIndex = pos;
  const m = YEAR_RE.exec(text);
  if (!m) return null;
  const end = pos + 4;
  const c = text.charCodeAt(end);
  if (isLetter(c) && !(text[end] === 's' && !isLetter(text.charCodeAt(end + 1)))) return null;
  if (c === 44 && /^,\d{3}(?!\d)/.test(text.slice(end, end + 5))) return null; // 2023,500 is a number
  if (c === 46 && isDigit(text.charCodeAt(end + 1))) return null; // 2023.5
  return { y: Number(m[1]), end };
}

/** A year after a quarter/half/fiscal marker: 2023, '23, 23 (two digits → 20xx). */
export function shortYearAt(text: string, pos: number): { y: number; end: number } | null {
  const full = yearFrom(text, pos);
  if (full) return full;
  let p = pos;
  if (text[p] === "'" || text[p] === '’') p++;
  if (isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(p + 1)) && !isAlnum(text.charCodeAt(p + 2)))
    return { y: 2000 + Number(text.slice(p, p + 2)), end: p + 2 };
  return null;
}

/** " 2023", " of 2023", ", 2023", "-2023", "'23" after a period word: the year and its end. */
export function yearAfter(text: string, pos: number, allowShort: boolean): { y: number; end: number } | null {
  const m = /^(?:[ \u00a0]of[ \u00a0]|,[ \u00a0]|[ \u00a0]|-|(?=['’]))/.exec(text.slice(pos, pos + 4));
  if (!m) return null;
  const p = pos + m[0].length;
  return allowShort ? shortYearAt(text, p) : yearAt(text, p);
}

/** "of this year", "of the year": the period's year is the sentence's; no digits to read. */
export const RELATIVE_YEAR = /^[ \u00a0]of[ \u00a0](?:the|this)[ \u00a0]year(?![A-Za-z])/i;
