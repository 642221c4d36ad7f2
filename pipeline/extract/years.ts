/**
 * Years as written next to period words: 2023 (1900–2099), '23 and 23 after a quarter or
 * fiscal marker, and the joins " 2023", " of 2023", ", 2023".
 */
import { isAlnum, isDigit, isLetter } from './chars.js';

/** A four-digit year 1900–2099 at `pos`, not glued to letters or further digits. */
export function yearAt(text: string, pos: number): { y: number; end: number } | null {
  if (pos > 0 && isAlnum(text.charCodeAt(pos - 1))) return null;
  return yearFrom(text, pos);
}

/** yearAt without the check on the character before (FY2023: glued on purpose). */
export function yearFrom(text: string, pos: number): { y: number; end: number } | null {
  // /(19\d\d|20\d\d)(?![0-9])/y at pos, read by hand: it runs at every period word and
  // bare number, and the regex cost an exec and a match array each time
  const c0 = text.charCodeAt(pos);
  const c1 = text.charCodeAt(pos + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return null;
  const c2 = text.charCodeAt(pos + 2);
  const c3 = text.charCodeAt(pos + 3);
  if (!isDigit(c2) || !isDigit(c3) || isDigit(text.charCodeAt(pos + 4))) return null;
  const end = pos + 4;
  const c = text.charCodeAt(end);
  if (isLetter(c) && !(text[end] === 's' && !isLetter(text.charCodeAt(end + 1)))) return null;
  if (c === 44 && /^,\d{3}(?!\d)/.test(text.slice(end, end + 5))) return null; // 2023,500 is a number
  if (c === 46 && isDigit(text.charCodeAt(end + 1))) return null; // 2023.5
  return { y: (c0 - 48) * 1000 + (c1 - 48) * 100 + (c2 - 48) * 10 + (c3 - 48), end };
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
  const n = joinLength(text, pos);
  if (n < 0) return null;
  return allowShort ? shortYearAt(text, pos + n) : yearAt(text, pos + n);
}

const isSpaceOrNbsp = (c: number): boolean => c === 32 || c === 0xa0;

/**
 * The length of the join at `pos`, or -1: /^(?:[ \u00a0]of[ \u00a0]|,[ \u00a0]|[ \u00a0]|-|(?=['’]))/
 * read by hand, alternatives in its order (no substring and no match array at every period word).
 */
function joinLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (isSpaceOrNbsp(c)) {
    const of = text.charCodeAt(pos + 1) === 111 && text.charCodeAt(pos + 2) === 102 && isSpaceOrNbsp(text.charCodeAt(pos + 3));
    return of ? 4 : 1;
  }
  if (c === 44) return isSpaceOrNbsp(text.charCodeAt(pos + 1)) ? 2 : -1;
  if (c === 45) return 1;
  return c === 39 || c === 0x2019 ? 0 : -1;
}

/** "of this year", "of the year": the period's year is the sentence's; no digits to read. */
export const RELATIVE_YEAR = /^[ \u00a0]of[ \u00a0](?:the|this)[ \u00a0]year(?![A-Za-z])/i;
