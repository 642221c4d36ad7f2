/**
 * Character tests on UTF-16 code units. The scanner works on offsets, never on copies of
 * the text, so these are the only way it looks at characters.
 */
const NON_ASCII_LETTER = /\p{L}/u;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** [A-Za-z0-9_]: a regular expression's \w (and what its \b reads) without the u flag. */
export const isWordCode = (c: number): boolean => isDigit(c) || isAsciiLetter(c) || c === 95;

/** Any Unicode letter (non-ASCII checked with \p{L}; rare in English news, so cheap on average). */
export const isLetter = (c: number): boolean =>
  isAsciiLetter(c) || (c > 127 && !Number.isNaN(c) && NON_ASCII_LETTER.test(String.fromCharCode(c)));

/** Letter or digit: what makes a token an identifier when glued to a number (G7, R47512). */
export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/**
 * A Unicode space separator (general category Zs): space, no-break, ogham, the en/em/thin/hair
 * spaces U+2000–U+200A, narrow no-break, medium mathematical and ideographic. Each is one UTF-16
 * code unit. Typeset text puts thin and narrow no-break spaces where a writer typed a space.
 */
export const isSpaceSeparator = (c: number): boolean =>
  c === 32 || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000));

/** Every space separator but U+0020, for folding (tests/extract/chars.test.ts checks it against \p{Zs}). */
const OTHER_SPACE_SEPARATORS = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/*
 * The same set written as its complement, for the test every text goes through: irregexp
 * rejects a character of the complement's first range (U+0000–U+009F, nearly all of a text)
 * with one comparison, and this test ran about three times faster than the positive class over
 * news text (both in a two-byte string). tests/extract/spaces.test.ts checks each separator alone.
 */
const HAS_OTHER_SPACE_SEPARATOR = /[^\u0000-\u009f\u00a1-\u167f\u1681-\u1fff\u200b-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\uffff]/;

/**
 * Space inside a line: a space separator or a tab. A newline is not one: a number and its unit
 * or hedge never straddle a paragraph break.
 */
export const isInlineSpace = (c: number): boolean => c === 9 || isSpaceSeparator(c);

/**
 * The text with every space separator as U+0020, offsets unchanged (each is one code unit). The
 * extractor matches on this copy, so a thin space is a space wherever a space is accepted —
 * in the predicates above and in every pattern — and `about\u200990%` reads like `about 90%`.
 * A text without one is returned as is (one regex test, no copy).
 */
export function foldSpaces(text: string): string {
  return HAS_OTHER_SPACE_SEPARATOR.test(text) ? text.replace(OTHER_SPACE_SEPARATORS, ' ') : text;
}

/**
 * A number that tells words apart cheaply before comparing them: length and first code unit.
 * Sets of signatures of a word list reject most candidate words without a string compare.
 */
export const wordSignature = (text: string, s: number, e: number): number => (e - s) * 65536 + text.charCodeAt(s);

/** wordSignature, ASCII case folded (for word lists matched case-insensitively). */
export const foldedWordSignature = (text: string, s: number, e: number): number => (e - s) * 128 + (text.charCodeAt(s) | 0x20);

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
