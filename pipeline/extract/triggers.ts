/**
 * The scanner's one regex: cheap triggers where a figure may start — a digit, a currency
 * sign, or a word from a fixed list (number words, fractions, multiples, magnitudes, months,
 * time units after an article).
 * Everything else is skipped by the regex engine without JavaScript running; the word list
 * is compiled as a trie (wordTrie.ts) so that each character is examined about once.
 */
import { CURRENCY_SIGNS } from './currencies.js';
import { FRACTION_DENOMINATORS } from './fractions.js';
import { FOLD_TRIGGER_WORDS, MULTIPLE_TRIGGER_WORDS } from './multiples.js';
import { NUMBER_TRIGGER_WORDS } from './numberWords.js';
import { MONTH_TRIGGER_WORDS } from './months.js';
import { VAGUE_TRIGGER_WORDS } from './vague.js';
import { ARTICLE_DURATION_WORDS } from './articleDuration.js';
import { trieSource } from './wordTrie.js';
import { foldedWordSignature, isWordCode } from './chars.js';

const LOWER_WORDS = [
  ...NUMBER_TRIGGER_WORDS,
  'thousand',
  'million',
  'billion',
  'trillion',
  ...Object.keys(FRACTION_DENOMINATORS),
  ...MULTIPLE_TRIGGER_WORDS,
  ...FOLD_TRIGGER_WORDS,
  ...VAGUE_TRIGGER_WORDS,
];

/**
 * Case-insensitive ("Two senior officials"); month names must be capitalized, which the
 * scanner checks (measured: /i on the trie is as fast as listing capitalized variants).
 */
const WORDS = [
  ...LOWER_WORDS,
  ...MONTH_TRIGGER_WORDS.map((w) => w.toLowerCase()),
  // "more than a year", "nearly a decade": a time unit counts only after an article, which the
  // trie checks itself, in the branch of "a" (a bare "year" is far too common to hand to JavaScript)
  ...ARTICLE_DURATION_WORDS.map((w) => `a ${w}`),
];

/** The trigger words by length and case-folded first letter (foldedWordSignature), to name a hit without a substring. */
const BY_SIGNATURE = new Map<number, string[]>();
for (const w of new Set(WORDS.map((p) => p.slice(p.lastIndexOf(' ') + 1)))) {
  if (!/^[a-z]+$/.test(w)) continue;
  const k = foldedWordSignature(w, 0, w.length);
  BY_SIGNATURE.set(k, [...(BY_SIGNATURE.get(k) ?? []), w]);
}

/**
 * `text.slice(s, e).toLowerCase()`, for the word the scanner hit at [s, e): a trigger word is
 * compared in place and the listed word itself returned (c | 0x20 equals a lowercase ASCII
 * letter only for that letter in either case), so no substring and no lowercase copy are made,
 * and the word tables are looked up with a string whose hash is already known. Anything else
 * (a hit glued to a letter outside ASCII) is sliced and lowercased as before.
 */
export function lowerTriggerWord(text: string, s: number, e: number): string {
  const words = BY_SIGNATURE.get(foldedWordSignature(text, s, e));
  if (words !== undefined)
    for (const w of words) {
      if (w.length !== e - s) continue;
      let i = 0;
      while (i < w.length && (text.charCodeAt(s + i) | 0x20) === w.charCodeAt(i)) i++;
      if (i === w.length) return w;
    }
  return text.slice(s, e).toLowerCase();
}

const signs = CURRENCY_SIGNS.replace(/[$\]\\^-]/g, '\\$&');
const TRIE = trieSource(WORDS);
const SOURCE = `[0-9${signs}]|\\b${TRIE}\\b`;

/**
 * A fresh global regex; match[0] is the trigger (one digit or sign, or a whole word). The
 * specification of the triggers; the scanner runs `nextTrigger`, which finds the same ones.
 */
export function triggerRegex(): RegExp {
  return new RegExp(SOURCE, 'gi');
}

/*
 * The scanner's form of the same regex: the word branch starts at the character before the word
 * (any \W) instead of at a \b. A regex that begins with \b is tried at every character, and
 * inside a word each try fails only after the \b check; one that begins with \W is rejected at a
 * letter by irregexp's quick check of the first character (the scan is about a sixth faster on
 * news text). Nor is there a `^` beside the \W: with that assertion among the alternatives the
 * scan was slower (measured), and nextTrigger tries a word that opens the text in place. A word
 * then ends the match as before. One regex for all texts (a corpus has millions of short ones,
 * and a fresh RegExp per text cost about 2 % of the extractor), safe because the scanner is
 * synchronous and not re-entered and lastIndex is set before each use; test() rather than
 * exec(), so no match array per hit.
 */
const SCAN = new RegExp(`[0-9${signs}]|\\W${TRIE}\\b`, 'gi');
/** A trigger word right at lastIndex (sticky), for a resume point just after a currency sign or at the text's start. */
const WORD_AT = new RegExp(`${TRIE}\\b`, 'iy');
const SIGN_CODE_UNITS = new Set([...CURRENCY_SIGNS].map((c) => c.charCodeAt(0)));

/**
 * Where the first trigger that `triggerRegex` would find from `from` (its lastIndex) ends, or
 * -1: the same triggers in the same order. A word starting at `from` needs the character before
 * it, so the search starts one earlier when that character is a \W that cannot be a trigger
 * itself; after a currency sign (a trigger, which the scanner has just read) the word is
 * tried in place.
 */
export function nextTrigger(text: string, from: number): number {
  let at = from;
  if (at === 0) {
    // the `^` of the specification: a word that opens the text
    WORD_AT.lastIndex = 0;
    if (WORD_AT.test(text)) return WORD_AT.lastIndex;
  } else if (at < text.length) {
    const before = text.charCodeAt(at - 1);
    if (SIGN_CODE_UNITS.has(before)) {
      WORD_AT.lastIndex = at;
      if (WORD_AT.test(text)) return WORD_AT.lastIndex;
    } else if (!isWordCode(before)) at--;
  }
  SCAN.lastIndex = at;
  return SCAN.test(text) ? SCAN.lastIndex : -1;
}
