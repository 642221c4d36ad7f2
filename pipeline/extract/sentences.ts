/**
 * Sentence boundaries, computed once per text; a mention's sentence is found by binary
 * search. A sentence ends at a line break, or at . ! ? … (with any closing quotes or
 * brackets) followed by space and a capital, digit, quote or bracket — unless the dot ends
 * an abbreviation (U.S., Mr., Jan., No., Inc., e.g.).
 */
import { isAsciiLetter, isInlineSpace } from './chars.js';
/*
 * The rule as one regex, the specification the code below follows:
 *   /\n+|[.!?…]+["'”’)\]]*(?=[ \t\u00a0]+["“‘'(\[]?[\p{Lu}\d])/gu, and the same with [\p{Ll}] after
 *   marks that are not a lone … (the abbreviation check applies to both)
 * Measured, that /u regex with its lookahead and a match array per sentence cost more than
 * finding the candidate characters and checking the rest by hand (about 40% less time for
 * sentenceStarts). The rest cannot backtrack into another match: a shorter run of marks or
 * closers leaves a mark or closer where the space must be. The candidates are found with one
 * indexOf cursor per character, which skips text about twice as fast as a /[\n.!?…]/g regex.
 */
const NON_ASCII_UPPER = /\p{Lu}/u;

const isEndMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; // " ' ” ’ ) ]
const isOpener = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91; // " “ ‘ ' ( [
const isGap = isInlineSpace;
/** \p{Lu} or \d of a /u regex, on the code point at `p`. */
function capitalOrDigitAt(text: string, p: number): boolean {
  const c = text.codePointAt(p)!;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_UPPER.test(String.fromCodePoint(c));
}

/** Dotted words that do not end a sentence when a capital follows ("U.S. Secretary"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'adm',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'no',
  'nos',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'approx',
  'est',
  'fig',
  'vol',
  'ch',
  'art',
  'sec',
  'para',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'mt',
  'ft',
  'pres',
]);
/**
 * A word of at most 6 ASCII letters as a number, case-folded (5 bits a letter, so it stays a
 * small integer): the abbreviation lookup runs at nearly every full stop, and this needs no
 * substring.
 */
function wordKey(text: string, s: number, e: number): number {
  let k = 0;
  for (let i = s; i < e; i++) k = k * 32 + ((text.charCodeAt(i) | 0x20) - 96);
  return k;
}
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((w) => wordKey(w, 0, w.length)));

/**
 * Start offsets of the sentences of `text`, ascending, first = 0. With `until`, it stops after
 * the first start past `until` (the extractor needs no sentence after its last mention's).
 */
export function sentenceStarts(text: string, until = Infinity): number[] {
  const starts = [0];
  const n = text.length;
  // The cursors, in locals: the next offset of each candidate character at or after `from` (n:
  // none left). ! ? … are rare, so the nearest of the three is kept as one more cursor, and a
  // candidate costs two comparisons when it is a line break or a full stop.
  let nl = -1;
  let dot = -1;
  let bang = -1;
  let question = -1;
  let ellipsis = -1;
  let rare = -1;
  let from = 0;
  for (;;) {
    if (nl < from) nl = indexOrEnd(text, '\n', from);
    if (dot < from) dot = indexOrEnd(text, '.', from);
    if (rare < from) {
      if (bang < from) bang = indexOrEnd(text, '!', from);
      if (question < from) question = indexOrEnd(text, '?', from);
      if (ellipsis < from) ellipsis = indexOrEnd(text, '…', from);
      rare = Math.min(bang, question, ellipsis);
    }
    const at = Math.min(nl, dot, rare);
    if (at >= n) break;
    let end = at + 1;
    if (text.charCodeAt(at) === 10) {
      while (end < n && text.charCodeAt(end) === 10) end++;
      from = end;
    } else {
      while (end < n && isEndMark(text.charCodeAt(end))) end++;
      while (end < n && isCloser(text.charCodeAt(end))) end++;
      from = end;
      // (?=[ \t\u00a0]+["“‘'(\[]?[\p{Lu}\d])
      let p = end;
      if (p >= n || !isGap(text.charCodeAt(p))) continue;
      while (p < n && isGap(text.charCodeAt(p))) p++;
      const next = p; // the sentence starts after the spaces
      if (p < n && isOpener(text.charCodeAt(p))) p++;
      if (p >= n) continue;
      // A sentence may start in lower case ("russia has used…"): after . ! ? (not a bare
      // ellipsis, which trails off mid-sentence) that is not an abbreviation's dot.
      const lower = !capitalOrDigitAt(text, p);
      if (lower && (!lowerCaseAt(text, p) || text.charCodeAt(at) === 0x2026)) continue;
      if (text.charCodeAt(at) === 46 && isAbbreviation(text, at, lower) && !(!lower && closesNameBeforeOpener(text, at, p))) continue;
      end = next;
    }
    if (end < n && end > starts[starts.length - 1]!) {
      starts.push(end);
      if (end > until) break;
    }
  }
  return starts;
}

/** Where `ch` next occurs at or after `from`, or the text's length. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** \p{Ll} of a /u regex, on the code point at `p`. */
function lowerCaseAt(text: string, p: number): boolean {
  const c = text.codePointAt(p)!;
  if (c < 128) return c >= 97 && c <= 122;
  return NON_ASCII_LOWER.test(String.fromCodePoint(c));
}
const NON_ASCII_LOWER = /\p{Ll}/u;

/**
 * Whether the dot at `dot` ends an abbreviation: a listed word, or initials (U.S., E.O.). Before
 * a lower-case word, a single letter's dot is an initial too ("a. b." lists, "p. 5"), upper or lower.
 */
function isAbbreviation(text: string, dot: number, beforeLower = false): boolean {
  // initials: single letters joined by dots before this dot (U.S., E.O., J.)
  let p = dot;
  let initials = true;
  while (p > 0 && isLetterCode(text.charCodeAt(p - 1))) {
    if (p - 2 >= 0 && isLetterCode(text.charCodeAt(p - 2))) {
      initials = false;
      break;
    }
    p--;
    if (p > 0 && text.charCodeAt(p - 1) === 46) p--;
    else break;
  }
  if (initials && p < dot) {
    const single = dot - p === 1;
    if (!single || beforeLower || (text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90)) return true;
  }
  let s = dot;
  while (s > 0 && dot - s <= 6 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (dot - s > 6 || (s > 0 && isLetterCode(text.charCodeAt(s - 1)))) return false;
  return ABBREVIATION_KEYS.has(wordKey(text, s, dot));
}

const isLetterCode = isAsciiLetter;

/** Abbreviations that close a name or a list ("Harbin Tools Co., Ltd.", "Acme Inc.", "bearings etc."). */
const NAME_CLOSERS = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'jr', 'sr'].map((w) => wordKey(w, 0, w.length)));
/**
 * Capitalised words that open a sentence and never continue a name: after a name's closing
 * abbreviation they start a new sentence ("… Co., Ltd. According to customs data, …"), where a
 * title's dot ("Mr. Li") or a name's own next word ("Acme Inc. Shanghai") does not.
 */
const OPENER =
  /^(?:According|However|The|This|These|That|Those|It|Its|Their|His|Her|He|She|They|We|In|On|At|As|But|Meanwhile|Moreover|Also|Since|After|Before|During|While|Earlier|Later|Last|Separately|Such|Both)\b/;

/** Whether the abbreviation ending at `dot` closes a name and the word at `next` opens a sentence. */
function closesNameBeforeOpener(text: string, dot: number, next: number): boolean {
  let s = dot;
  while (s > 0 && dot - s <= 6 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (!NAME_CLOSERS.has(wordKey(text, s, dot))) return false;
  return OPENER.test(text.slice(next, next + 12));
}

/** Index of the sentence containing `offset` (binary search over `starts`). */
export function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
