/**
 * Durations written with an article instead of a number, when a hedge makes them a figure:
 * "more than a year", "nearly a decade" (10 years), "less than a month", "almost a year and a
 * half". Without a hedge "a year" is an idiom of time ("a year earlier", "$5 billion a year"),
 * not a figure, and is left alone.
 */
import { isAsciiLetter, isInlineSpace } from './chars.js';

/** Time units the scanner triggers on (singular: only these take "a"/"an"). */
export const ARTICLE_DURATION_WORDS = ['year', 'month', 'week', 'decade'];

export interface ArticleDuration {
  /** Where the article starts ("a" of "a year"). */
  start: number;
  end: number;
  unit: 'year' | 'month' | 'week';
  /** The duration as written (1, or 1.5 with "and a half") as m / 10^dec, times `factor`. */
  m: number;
  dec: number;
  factor: number;
}

/** At the time word `pos` ("year" of "a year"), the duration with its article, or null. */
export function readArticleDuration(text: string, pos: number, end: number, word: string): ArticleDuration | null {
  // the article: "a " or "an " right before, as a whole word
  let a = pos;
  if (!isInlineSpace(text.charCodeAt(a - 1))) return null;
  a--;
  const c1 = text.charCodeAt(a - 1) | 0x20;
  if (c1 === 97 /* a */) a -= 1;
  else if (c1 === 110 /* n */ && (text.charCodeAt(a - 2) | 0x20) === 97) a -= 2;
  else return null;
  if (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) return null;
  const decade = word === 'decade';
  const half = /^[ \u00a0]and[ \u00a0]an?[ \u00a0]half(?![A-Za-z])/i.exec(text.slice(end, end + 16));
  return {
    start: a,
    end: half ? end + half[0].length : end,
    unit: decade ? 'year' : (word as 'year' | 'month' | 'week'),
    m: half ? 15 : 1,
    dec: half ? 1 : 0,
    factor: decade ? 10 : 1,
  };
}
