/**
 * The months a sentence names without a year ("in January", "in January and February"), and the
 * months of a period within one year: what period.ts reads a year's figures against.
 */
import type { Mention } from '../extract/index.js';
import { MONTH_NAMES, MONTHS } from '../extract/months.js';
import { shortPeriod, parsePeriod } from '../model/period.js';
import type { DocumentDate } from './documentDate.js';
import { pad2, relativePeriods } from './relativePeriod.js';

/** The number (1–12) of a month's full name, in any case. */
export const monthNumber = (name: string): number => MONTHS[name.toLowerCase()]!;
// "in January–September 2024" is a range with its year (the extractor's period), no month alone.
const MONTH_ALONE = new RegExp(
  `\\b(?:in|during|for|over)\\s+(${MONTH_NAMES.join('|')})\\b(?!\\s+\\d|\\s*[-–—]\\s*(?:${MONTH_NAMES.join('|')})\\s+\\d)`,
  'i',
);
export const MONTH_PAIR = new RegExp(`^\\s*(?:and|to|through|-|–|—)\\s*(${MONTH_NAMES.join('|')})\\b(?!\\s+\\d)`, 'i');

/** Characters between a span and a figure (0 when they touch). */
export const distance = (a: { start: number; end: number }, m: Mention) => (a.start >= m.end ? a.start - m.end : m.start - a.end);

/** The first and last month (two digits each) of a period within one year, else undefined. */
export function monthsWithinYear(short: string): [string, string] | undefined {
  const p = parsePeriod(short);
  if ('error' in p || p.start.slice(0, 4) !== p.end.slice(0, 4)) return undefined;
  const [a, b] = [p.start.slice(5, 7), p.end.slice(5, 7)];
  return a === '01' && b === '12' ? undefined : [a, b];
}

/** The months the sentence speaks of besides the year `pm`: a relative period, a month alone, or another period. */
export function monthsOfSentence(
  text: string,
  pm: Mention,
  inSentence: readonly Mention[],
  sentence: { start: number; end: number },
  doc: DocumentDate | undefined,
): [string, string] | undefined {
  if (doc)
    for (const r of relativePeriods(text, sentence.start, sentence.end, doc)) {
      const months = monthsWithinYear(r.period);
      if (months) return months;
    }
  const body = text.slice(sentence.start, sentence.end);
  const month = MONTH_ALONE.exec(body);
  if (month) {
    const first = monthNumber(month[1]!);
    const pair = MONTH_PAIR.exec(body.slice(month.index + month[0].length));
    const last = pair ? Math.max(first, monthNumber(pair[1]!)) : first;
    return [pad2(first), pad2(last)];
  }
  for (const p of inSentence) {
    if (p === pm || p.kind !== 'period' || p.period === null || p.start === doc?.start) continue;
    const months = monthsWithinYear(shortPeriod(p.period));
    if (months) return months;
  }
  return undefined;
}

const MONTH_ALONE_ALL = new RegExp(MONTH_ALONE.source, 'gi');
/** The month without a year nearest the figure in its sentence `body` (starting at `from`). */
export function nearestMonth(body: string, from: number, m: Mention): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  MONTH_ALONE_ALL.lastIndex = 0;
  for (let x = MONTH_ALONE_ALL.exec(body); x !== null; x = MONTH_ALONE_ALL.exec(body)) {
    const d = distance({ start: from + x.index, end: from + x.index + x[0].length }, m);
    if (!best || d < distance({ start: from + best.index, end: from + best.index + best[0].length }, m)) best = x;
  }
  return best;
}
