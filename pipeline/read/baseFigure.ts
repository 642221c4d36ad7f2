/**
 * Figures that are the base of the statistic before them in the sentence: "rose to $111 billion
 * in 2023 from $76 billion in 2022", "61% …, up from 48% in 2021", "almost 75%, against some 30%
 * before the war". A base is read as its own observation, but the sentences after it continue
 * the statistic it is the base of, not the base.
 */
import type { Mention } from '../extract/index.js';

const BASE_BEFORE = /\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+$/i;

/** Whether `m` is introduced as a base ("from", "against") after `previous`, the figure before it in its sentence. */
export function isBaseFigure(text: string, m: Mention, previous: Mention | undefined): boolean {
  if (!previous) return false;
  return BASE_BEFORE.test(text.slice(Math.max(previous.end, m.start - 24), m.start));
}

/**
 * A bare number that repeats the count before it ("23,000 units …, up from 9,400 a year
 * earlier"): the count's noun is understood.
 */
export function repeatsCount(text: string, m: Mention, previous: Mention | undefined): boolean {
  if (!previous || (m.kind !== 'number' && m.kind !== 'count')) return false;
  if (previous.kind !== 'number' && previous.kind !== 'count') return false;
  if (/^\s+[a-z]/i.test(text.slice(m.end, m.end + 3)) && !/^\s+(?:a|an|the|in|last|from|on)\b/i.test(text.slice(m.end, m.end + 8)))
    return false;
  return /\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$/i.test(text.slice(Math.max(previous.end, m.start - 24), m.start));
}
