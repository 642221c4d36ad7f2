/**
 * Cheap exact tests on the end of a piece of text, for the reader's patterns anchored at its end
 * (`…\s+$`): a regex engine tries such a pattern from every position of the piece, so where a
 * letter or two at the end already rule a match out (or show where it must start) the rules ask
 * these first. Each helper says which pattern it stands in for and why the answer is the same.
 */
import { isWordCode } from '../extract/chars.js';

/** JavaScript's `\s` (WhiteSpace and LineTerminator), with or without the u flag. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The end of `s` once the whitespace closing it is left off. */
export function trimmedEnd(s: string): number {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * The last whitespace-free token of `s` before the whitespace closing it, with the character
 * before it (for a `\b` there): what a pattern `WORD\s+$` can match, where WORD holds no
 * whitespace, is the same in it as in `s` (the word must end where the closing whitespace
 * starts, so it starts after the last whitespace before). Empty where `s` does not end in
 * whitespace (no such pattern matches then).
 */
export function lastTokenBeforeSpace(s: string): string {
  const e = trimmedEnd(s);
  if (e === s.length) return '';
  let q = e - 1;
  while (q >= 0 && !isSpace(s.charCodeAt(q))) q--;
  return q <= 0 ? s : s.slice(q);
}

/**
 * `s` from its last whitespace on (that character kept, for a `\b` after it), or all of `s`:
 * what a pattern anchored at the end whose match holds no whitespace can match, it matches
 * the same there.
 */
export function lastToken(s: string): string {
  let q = s.length - 1;
  while (q >= 0 && !isSpace(s.charCodeAt(q))) q--;
  return q <= 0 ? s : s.slice(q);
}

/**
 * `s` from the start of the whitespace before its last `words` words (or all of `s`): a pattern
 * `\s+WORDS$` whose alternatives hold at most that many words finds the same match there,
 * whitespace run and all (its leftmost match cannot start earlier).
 */
export function lastWordsWithSpace(s: string, words: number): string {
  let q = s.length;
  for (let k = 0; k < words && q > 0; k++) {
    q--;
    while (q >= 0 && !isSpace(s.charCodeAt(q))) q--;
    while (q > 0 && isSpace(s.charCodeAt(q - 1))) q--;
  }
  return q <= 0 ? s : s.slice(q);
}

/** The last word of `s` before the whitespace closing it ('' where `s` does not end in whitespace). */
export function lastWordBeforeSpace(s: string): string {
  const e = trimmedEnd(s);
  if (e === s.length) return '';
  let q = e - 1;
  while (q >= 0 && !isSpace(s.charCodeAt(q))) q--;
  return s.slice(q + 1, e);
}

/** `/ing$/i.test(text.slice(start, end))` (under /i without u, only ASCII letters fold to ASCII). */
export function endsWithIng(text: string, start: number, end: number): boolean {
  return (
    end - start >= 3 &&
    (text.charCodeAt(end - 3) | 32) === 105 &&
    (text.charCodeAt(end - 2) | 32) === 110 &&
    (text.charCodeAt(end - 1) | 32) === 103
  );
}

/**
 * Whether `s` may end in "list" under /iu (a necessary test for `…list$/iu`): l, i, s, t in either
 * case, and the long s (ſ), which case-folds to s.
 */
export function mayEndWithList(s: string): boolean {
  const n = s.length;
  if (n < 4) return false;
  const c = s.charCodeAt(n - 2);
  return (
    (s.charCodeAt(n - 4) | 32) === 108 &&
    (s.charCodeAt(n - 3) | 32) === 105 &&
    ((c | 32) === 115 || c === 0x17f) &&
    (s.charCodeAt(n - 1) | 32) === 116
  );
}

/** `/[.!?:;"”’)…]\s*$/.test(s)`. */
export function endsWithClosingMark(s: string): boolean {
  const e = trimmedEnd(s);
  if (e === 0) return false;
  const c = s.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 0x2026;
}

/**
 * `/\bWORD\s+$/` (with `ignoreCase`, `/\bWORD\s+$/i`) for a lower-case ASCII word: the word right
 * before the whitespace closing `s`, not inside a longer word.
 */
export function isWordBeforeSpace(s: string, word: string, ignoreCase: boolean): boolean {
  const e = trimmedEnd(s);
  const at = e - word.length;
  if (e === s.length || at < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = s.charCodeAt(at + i);
    if (c !== word.charCodeAt(i) && !(ignoreCase && c + 32 === word.charCodeAt(i) && c >= 65 && c <= 90)) return false;
  }
  return at === 0 || !isWordCode(s.charCodeAt(at - 1));
}

/**
 * Whether `needle` occurs starting at an index in [from, end): `text.indexOf(needle, from)` in that
 * range, without searching the rest of the text where it does not.
 */
export const startsBefore = (text: string, needle: string, from: number, end: number): boolean =>
  from < end && text.slice(from, end + needle.length - 1).includes(needle);
