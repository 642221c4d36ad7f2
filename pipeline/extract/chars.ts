/**
 * Character tests on UTF-16 code units. The scanner works on offsets, never on copies of
 * the text, so these are the only way it looks at characters.
 */
const NON_ASCII_LETTER = /\p{L}/u;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** Any Unicode letter (non-ASCII checked with \p{L}; rare in English news, so cheap on average). */
export const isLetter = (c: number): boolean =>
  isAsciiLetter(c) || (c > 127 && !Number.isNaN(c) && NON_ASCII_LETTER.test(String.fromCharCode(c)));

/** Letter or digit: what makes a token an identifier when glued to a number (G7, R47512). */
export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/**
 * Space inside a line: space, tab, no-break and thin spaces. A newline is not one: a number
 * and its unit or hedge never straddle a paragraph break.
 */
export const isInlineSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;

/** Offset just after the run of letters starting at `pos` (= pos if none). */
export function letterRunEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isLetter(text.charCodeAt(p))) p++;
  return p;
}

/** Offset of the start of the run of letters ending just before `pos`. */
export function letterRunStart(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && isLetter(text.charCodeAt(p - 1))) p--;
  return p;
}

/** The word before `pos` (after one inline space), lowercased, and its start; '' if none. */
export function prevWord(text: string, pos: number, floor: number): { w: string; start: number } {
  let p = pos;
  if (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  let s = p;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  return { w: text.slice(s, p).toLowerCase(), start: s };
}
