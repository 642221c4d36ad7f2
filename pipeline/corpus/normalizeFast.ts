/**
 * `normalizeText` (pipeline/core/text.ts: BOM dropped, CRLF/CR → LF, NFC) with fast paths for
 * the common case, because it runs once per document of a corpus. The result is identical
 * (tests/corpus/normalizeFast.test.ts checks it against normalizeText on arbitrary strings).
 *
 * Why the NFC shortcut is exact: every character below U+0300 has NFC_Quick_Check = Yes and
 * none of them combines with a preceding character (the combining marks, Hangul jamo and all
 * other Maybe/No characters lie at U+0300 or above), so such a string is already NFC.
 */
import { normalizeText } from '../core/text.js';

const NEEDS_NFC_CHECK = /[^\u0000-\u02ff]/;

export function normalizeFast(text: string): string {
  if (text.charCodeAt(0) === 0xfeff || text.indexOf('\r') >= 0) return normalizeText(text);
  return NEEDS_NFC_CHECK.test(text) ? text.normalize('NFC') : text;
}
