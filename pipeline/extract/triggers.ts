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

const signs = CURRENCY_SIGNS.replace(/[$\]\\^-]/g, '\\$&');
const SOURCE = `[0-9${signs}]|\\b${trieSource(WORDS)}\\b`;

/** A fresh global regex; match[0] is the trigger (one digit or sign, or a whole word). */
export function triggerRegex(): RegExp {
  return new RegExp(SOURCE, 'gi');
}
