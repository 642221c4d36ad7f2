/**
 * The scanner's one regex: cheap triggers where a figure may start — a digit, a currency
 * sign, or a word from a fixed list (number words, fractions, multiples, magnitudes, months).
 * Everything else is skipped by the regex engine without JavaScript running.
 */
import { CURRENCY_SIGNS } from './currencies.js';
import { FRACTION_DENOMINATORS } from './fractions.js';
import { FOLD_TRIGGER_WORDS, MULTIPLE_TRIGGER_WORDS } from './multiples.js';
import { NUMBER_TRIGGER_WORDS } from './numberWords.js';
import { MONTH_TRIGGER_WORDS } from './periods.js';
import { VAGUE_TRIGGER_WORDS } from './vague.js';

const LOWER_WORDS = [
  ...NUMBER_TRIGGER_WORDS,
  'thousand', 'million', 'billion', 'trillion',
  ...Object.keys(FRACTION_DENOMINATORS),
  ...MULTIPLE_TRIGGER_WORDS,
  ...FOLD_TRIGGER_WORDS,
  ...VAGUE_TRIGGER_WORDS,
];

/** Lowercase words also match with a capital first letter ("Two senior officials"). */
const alternatives = [
  ...LOWER_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`),
  ...MONTH_TRIGGER_WORDS,
].sort((a, b) => b.length - a.length);

const signs = CURRENCY_SIGNS.replace(/[$\]\\^-]/g, '\\$&');

/** Global regex; match[0] is the trigger (one digit or sign, or a whole word). */
export function triggerRegex(): RegExp {
  return new RegExp(`[0-9${signs}]|\\b(?:${alternatives.join('|')})\\b`, 'g');
}
