/**
 * Numbers that are names, not figures: COVID-19, G7, R47512, Su-35, S-400, 1260H, Tier 2,
 * Group of 7 / Group of Seven, Article 5, Executive Order 14024, No. 2, HS 8542, Boeing 737,
 * Chart 1 and 2, number one, the top four, eight-digit, 2nd, a list item's "1.". The scanner
 * skips them; nothing is emitted for them.
 */
import { isAlnum, isDigit, isInlineSpace, isLetter, isUpper, wordSignature } from './chars.js';
import { FUNCTION_WORDS, LABEL_WORDS, PLACE_WORDS, SPELLED_LABELS, SUPERLATIVES, TIME_QUALIFIERS } from './nameWords.js';

/** The spelled number at `pos` follows a label word: "number one", "Phase Two", "top four", "top-five". */
export function afterSpelledLabel(text: string, pos: number, floor: number): boolean {
  let p = pos;
  if (p - 4 >= floor && text.charCodeAt(p - 1) === 45 && /^[Tt]op$/.test(text.slice(p - 4, p - 1)) && !isLetter(text.charCodeAt(p - 5)))
    return true;
  if (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  else return false;
  let s = p;
  while (s > floor && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46) && p - s < 12) s--;
  return s < p && SPELLED_LABEL_SIGNATURES.has(signature(text, s, p)) && SPELLED_LABELS.has(text.slice(s, p));
}

/**
 * End of a run of labelled numbers that starts with the one ending at `end`: "Tiers 1 and 2",
 * "Chart 1 and 2", "Articles 5, 6 and 7", "Phase 2-3", "HS 8542.31 and 8542.39". Small bare
 * integers and HS codes only.
 */
export function labelRunEnd(text: string, end: number): number {
  const re = /(?:,?[ \u00a0](?:and|or|to|through)[ \u00a0]|,[ \u00a0]|[-–/])(\d{1,4}(?:\.\d{2}){0,2})(?![\d%A-Za-z]|[.,]\d)/y;
  let p = end;
  for (;;) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) return p;
    p = re.lastIndex;
  }
}

/**
 * A bare number that the words after it show is no quantity: a rank ("Russia's three largest
 * ports"), an address or a building ("135 Bonham Strand", "Two International Finance Centre"),
 * or a label ("a faded 704 number on the door").
 */
export function nameOrRankAfter(text: string, end: number): boolean {
  if (!isInlineSpace(text.charCodeAt(end))) return false;
  let p = end + 1;
  let e = p;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  if (e === p) return false;
  const c = text.charCodeAt(p);
  if (!isUpper(c)) {
    const last = text.charCodeAt(e - 1);
    // superlatives end in -est or are "most"/"least"; "number"
    if (last === 116 /* t */ || last === 114 /* r */) {
      const w = text.slice(p, e);
      return SUPERLATIVES.has(w) || w === 'number';
    }
    return false;
  }
  // up to four capitalized words, the last of them a place
  for (let k = 0; k < 4; k++) {
    if (PLACE_WORDS.has(text.slice(p, e))) return true;
    if (!isInlineSpace(text.charCodeAt(e)) || !isUpper(text.charCodeAt(e + 1))) return false;
    p = e + 1;
    e = p;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  }
  return false;
}

/**
 * An HS customs code opening a line of a list: "8482.10 (ball bearings)", "8542.31 – processors".
 * Four digits, a point and two (or two and two) more; not a figure.
 */
export function hsCodeAtLineStart(text: string, pos: number): number {
  if (!isDigit(text.charCodeAt(pos + 3)) || text.charCodeAt(pos + 4) !== 46 || !atLineStart(text, pos)) return -1;
  const m = /^\d{4}\.\d{2}(?:\.\d{2})?(?![\d.,])/.exec(text.slice(pos, pos + 12));
  return m ? pos + m[0].length : -1;
}

/** Whether only spaces or tabs stand between the start of its line and `pos`. */
export function atLineStart(text: string, pos: number): boolean {
  let b = pos;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  return b === 0 || text.charCodeAt(b - 1) === 10;
}

/**
 * Page furniture around an article's text, not figures of it: "3 min read", "4-minute read",
 * and a gallery's "1 of 3" at the start of a caption. Returns where it ends, or -1.
 */
export function pageFurnitureEnd(text: string, pos: number): number {
  const sep = isDigit(text.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
  const d = text.charCodeAt(sep);
  if (d !== 32 && d !== 45) return -1;
  const w = text.charCodeAt(sep + 1);
  // "min read", "minute read" (checked letter by letter first: "5 million" is everywhere)
  if (w === 109 && text.charCodeAt(sep + 2) === 105 && text.charCodeAt(sep + 3) === 110) {
    const m = /^(?:min|minutes?)[ \u00a0]read(?![A-Za-z])/.exec(text.slice(sep + 1, sep + 15));
    return m ? sep + 1 + m[0].length : -1;
  }
  // a gallery counter, only at the start of a line ("1 of 3 A view of…")
  if (w === 111 && d === 32 && text.charCodeAt(sep + 2) === 102 && atLineStart(text, pos)) {
    const m = /^ of \d{1,2}(?![\d,.])/.exec(text.slice(sep, sep + 7));
    return m ? sep + m[0].length : -1;
  }
  return -1;
}

/**
 * A date written with dashes or dots, day or month first: "09-03-2023", "9.3.2023". Which is
 * the day the text does not say, so, like slashed dates, it is skipped whole. Returns its end, or -1.
 */
export function numericDateEnd(text: string, pos: number): number {
  // d(d) sep d(d) sep, checked by character first: "3.5%" and "2-3" are everywhere
  let i = isDigit(text.charCodeAt(pos + 1)) ? pos + 2 : pos + 1;
  const sep = text.charCodeAt(i);
  if ((sep !== 45 && sep !== 46) || !isDigit(text.charCodeAt(i + 1))) return -1;
  i += isDigit(text.charCodeAt(i + 2)) ? 3 : 2;
  if (text.charCodeAt(i) !== sep) return -1;
  const m = /^\d{1,2}([-.])\d{1,2}\1(?:19|20)\d\d(?!\d|\.\d)/.exec(text.slice(pos, pos + 11));
  return m ? pos + m[0].length : -1;
}

/**
 * A number that opens a numbered list item at the start of a line: "1. Banning 52 ships",
 * "2) The list". Not a figure.
 */
export function listMarkerEnd(text: string, pos: number): number {
  let e = pos + 1;
  if (isDigit(text.charCodeAt(e))) e++;
  const c = text.charCodeAt(e);
  if ((c !== 46 && c !== 41) || !isInlineSpace(text.charCodeAt(e + 1)) || !atLineStart(text, pos)) return -1;
  return e + 1;
}

/** The number at `pos` is glued to a name before it: G7, R47512, COVID-19, Su-35, #5, v2. */
export function gluedToName(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = text.charCodeAt(pos - 1);
  if (isAlnum(c) || c === 95 /* _ */ || c === 35 /* # */ || c === 0x2116 /* № */) return true;
  if (c === 47 /* / */ || c === 46 /* . */ || c === 58 /* : */) return pos >= 2 && isAlnum(text.charCodeAt(pos - 2));
  if (c === 43 /* + */) return pos >= 2 && isLetter(text.charCodeAt(pos - 2)); // time zones: GMT+3, UTC+8
  if (c === 45 || c === 0x2013 || c === 0x2011) {
    // letters-hyphen-number names a thing (COVID-19, Su-35, S-400) unless the letters are a
    // time qualifier (mid-2023, pre-2022, post-2014) or a minus after a space
    let s = pos - 1;
    while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
    const word = text.slice(s, pos - 1).toLowerCase();
    if (word === '') return pos >= 2 && isDigit(text.charCodeAt(pos - 2));
    return !TIME_QUALIFIERS.has(word);
  }
  return false;
}

/** The number at `pos` follows a label word: Tier 2, Article 5, Order 14024, Group of 7. */
export function afterLabel(text: string, pos: number, floor: number): boolean {
  let p = pos;
  if (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  else return false;
  let s = p;
  while (s > floor && !isInlineSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 10 && p - s < 12) s--;
  // skip opening brackets/quotes: "(Tier 2"
  while (s < p && isOpener(text.charCodeAt(s))) s++;
  if (p - s === 2 && text.charCodeAt(s) === 111 && text.charCodeAt(s + 1) === 102)
    // "of"
    return /(?:^|[^A-Za-z])Group[ \u00a0]of$/.test(text.slice(Math.max(floor, s - 7), p));
  // most words before a number are no label: check length and first letter before slicing
  if (s === p || !LABEL_SIGNATURES.has(signature(text, s, p))) return false;
  return LABEL_WORDS.has(text.slice(s, p));
}

/** ( " “ ' ‘ [ — compared as code units, without a one-character string per step. */
const isOpener = (c: number): boolean => c === 40 || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 91;
const signature = wordSignature;
const LABEL_SIGNATURES = new Set([...LABEL_WORDS].map((w) => signature(w, 0, w.length)));
const SPELLED_LABEL_SIGNATURES = new Set([...SPELLED_LABELS].map((w) => signature(w, 0, w.length)));

/**
 * A bare integer (no currency, scale or unit) that reads as a name: after a capitalized word
 * inside a sentence (Boeing 737, Tier 2 already caught), or five digits and more written
 * without separators (14024, 47512) — news style groups real quantities of that size.
 */
export function bareIntegerIsName(text: string, start: number, end: number, floor: number, grouped: boolean, dec: number): boolean {
  if (dec > 0) return false;
  if (!grouped && end - start >= 5) return true;
  let p = start;
  if (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  else return false;
  let s = p;
  while (s > floor && (isLetter(text.charCodeAt(s - 1)) || text[s - 1] === '.')) s--;
  if (s === p || !isUpper(text.charCodeAt(s))) return false;
  const word = text.slice(s, p);
  if (FUNCTION_WORDS.has(word)) return false;
  // a capitalized word at the start of a sentence is just the sentence's first word
  let q = s;
  while (q > floor && isInlineSpace(text.charCodeAt(q - 1))) q--;
  const before = q > 0 ? text[q - 1]! : '\n';
  if (q === 0 || '.!?\n"“‘:;—–-'.includes(before)) return false;
  // in a headline every word is capitalized: "US Sanctions 400 Entities, Including …"
  return !inHeadline(text, start, end);
}

/**
 * Whether the line around [start, end) reads as a title-case headline: every word of four
 * letters or more within 120 characters on either side is capitalized (and there are at
 * least three). Running text always has lowercase words that long.
 */
function inHeadline(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 120 && text.charCodeAt(a - 1) !== 10) a--;
  let b = end;
  while (b < text.length && b - end < 120 && text.charCodeAt(b) !== 10) b++;
  let capitalized = 0;
  for (let p = a; p < b;) {
    const c = text.charCodeAt(p);
    if (!isLetter(c) || (p > a && isLetter(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    let e = p;
    while (e < b && isLetter(text.charCodeAt(e))) e++;
    if (e - p >= 4) {
      if (!isUpper(c)) return false;
      capitalized++;
    }
    p = e;
  }
  return capitalized >= 3;
}
