/**
 * `normalizeText` (pipeline/core/text.ts: BOM dropped, CRLF/CR → LF, NFC) with fast paths for
 * the common case, because it runs once per document of a corpus. The result is identical
 * (tests/corpus/normalizeFast.test.ts checks it against normalizeText on arbitrary strings).
 *
 * Why the NFC shortcut is exact: a string is already NFC when every character has
 * NFC_Quick_Check = Yes, canonical combining class 0 and no canonical decomposition, and none
 * can combine with the character before it. That holds for everything below U+0300 (the
 * combining marks, Hangul jamo and all other Maybe/No characters lie at U+0300 or above) and,
 * per the Unicode Character Database, for the two blocks news text is full of: the dashes,
 * quotation marks, bullets and ellipsis of General Punctuation from U+2010 (U+2000 and U+2001
 * are singletons that NFC replaces, so the spaces at U+2000–U+200F are left out), and the
 * currency signs U+20A0–U+20C0 (the combining marks for symbols begin at U+20D0). Without
 * the second range every article with a curly quote or an em dash paid for a full
 * `normalize('NFC')` copy of its text (~0.25 CPU-s per 200 MB of news-like JSONL).
 */
import { normalizeText } from '../core/text.js';

/** Characters outside the ranges above, where only `normalize` can tell. */
export const NEEDS_NFC_CHECK = /[^\u0000-\u02ff\u2010-\u205e\u20a0-\u20c0]/;

/**
 * Code units outside which a text needs none of normalizeText's work (no CR, no byte order
 * mark, nothing NFC could change) and holds no space separator but U+0020, so the extractor
 * need not fold any (foldSpaces in pipeline/extract/chars.ts): NEEDS_NFC_CHECK's ranges
 * without CR and without the separators among them (U+00A0, U+202F, U+205F; the others lie
 * outside them already). News text nearly always passes, and one test over the text then
 * replaces three (the CR search, the NFC test and the extractor's own test for separators).
 */
export const NOT_PLAIN = /[^\u0000-\u000c\u000e-\u009f\u00a1-\u02ff\u2010-\u202e\u2030-\u205e\u20a0-\u20c0]/;

/** Whether `text` is normalized already and holds no space separator but U+0020 (NOT_PLAIN). */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

export function normalizeFast(text: string): string {
  if (text.charCodeAt(0) === 0xfeff || text.indexOf('\r') >= 0) return normalizeText(text);
  return NEEDS_NFC_CHECK.test(text) ? text.normalize('NFC') : text;
}
