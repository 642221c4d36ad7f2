/**
 * Periods a text gives relative to its own date (documentDate.ts): "last year", "this year" and
 * "so far this year" (January to the text's month, as the curated texts read "in 2023 alone" in a
 * September release), "the first quarter of this year", "the first half of last year", "the first
 * two months of this year", "last month", and "to date" / "so far" (from the full-scale invasion,
 * February 2022, to the text's month, as the curated UN statements read their counts). A phrase
 * that is a change's base ("down 9% from the same period of last year") dates nothing.
 * Session 7 (periods round): "the past two years" (the months up to the text's month) and "the 12
 * months to June", "the year to September" with a month but no year (the last such month up to
 * the text's date).
 * Session 8 (periods round): "the past 12 months" (the months up to the text's month).
 */
import { UNITS } from '../extract/numberWords.js';
import { MONTHS } from '../extract/months.js';
import { ORDINAL } from '../extract/periods.js';
import type { DocumentDate } from './documentDate.js';

export interface RelativeHit {
  period: string;
  start: number;
  end: number;
}

const RELATIVE =
  /\b(?:(so far this year|this year so far|year[ -]to[ -]date|the year so far)|(?:the\s+)?(first|second|third|fourth)\s+quarter\s+of\s+(this|last)\s+year|(?:the\s+)?(first|second)\s+half\s+of\s+(this|last)\s+year|(?:(?:the\s+)?first\s+|(?:over|in|during|for)\s+(?:the\s+)?)(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(this|last|the)\s+year(?!\s+(?:before|earlier|after))|(last|this)\s+year|(last)\s+month|(to\s+date|so\s+far|thus\s+far)|(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+(?:(two|three|four|five|2|3|4|5)\s+years|(three|six|nine|twelve|eighteen|3|6|9|12|18|24)\s+months)|(?:the\s+)?(?:(three|six|nine|twelve|3|6|9|12)\s+months|(year))\s+(?:to|through|ending(?:\s+in)?|up\s+to)\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?!\s+\d|\s+of\b))\b/gi;
/** How many months "three months", "the twelve months", "9 months" count. */
export const MONTH_COUNT: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };
const PAST_MONTHS: Readonly<Record<string, number>> = { ...MONTH_COUNT, eighteen: 18, '18': 18, '24': 24 };
/** "YYYY-MM" of the n months ending with month `last` (a count of months since year 0, January = 0): "2023-07/2024-06". */
export const monthWindow = (last: number, n: number): string => {
  const first = last - (n - 1);
  return `${month(Math.floor(first / 12), (first % 12) + 1)}/${month(Math.floor(last / 12), (last % 12) + 1)}`;
};
/** The year of the last month `mo` (1–12) up to the text's date: "June" in a September text is this June, in March last June. */
export const yearOfLast = (mo: number, d: DocumentDate): number => (mo <= d.month ? d.year : d.year - 1);
/** A change's base before the phrase: "from the same period of last year", "compared with last year". */
// "than in the same period last year", "twice as many as in the same months of last year": "in" and "of" may be left out.
const BASE_BEFORE =
  /\b(?:from|than|compared\s+(?:with|to)|on|over|versus|against|as\s+(?:many|much|high|large)\s+as)\s+(?:in\s+)?(?:the\s+)?(?:(?:same|corresponding|comparable)\s+(?:period|months?|quarter|half|time)\s+(?:(?:of|in)\s+)?)?$/i;

/** Whether the words before `at` in `body` make a relative period there a change's base ("8.5% more than in the same period last year"). */
export const relativeIsBase = (body: string, at: number): boolean => BASE_BEFORE.test(body.slice(Math.max(0, at - 60), at));

/** A month number as two digits: 3 → "03". */
export const pad2 = (n: number): string => String(n).padStart(2, '0');
/** "YYYY-MM". */
export const month = (y: number, m: number): string => `${y}-${pad2(m)}`;
/** January to the text's month; in January, the month itself. */
const yearSoFar = (d: DocumentDate) => (d.month === 1 ? month(d.year, 1) : `${month(d.year, 1)}/${month(d.year, d.month)}`);

function periodOf(g: RegExpExecArray, d: DocumentDate): string | undefined {
  if (g[1]) return yearSoFar(d);
  if (g[2]) return `${g[3]!.toLowerCase() === 'last' ? d.year - 1 : d.year}-Q${ORDINAL.get(g[2].toLowerCase())}`;
  if (g[4]) return `${g[5]!.toLowerCase() === 'last' ? d.year - 1 : d.year}-H${ORDINAL.get(g[4].toLowerCase())}`;
  if (g[6]) {
    const n = UNITS.get(g[6].toLowerCase()) ?? Number(g[6]);
    if (!(n >= 2 && n <= 11)) return undefined;
    // "the first 11 months of the year": this year's, unless that many months have not passed by the text's date.
    const which = g[7]!.toLowerCase();
    const y = which === 'last' || (which === 'the' && n > d.month) ? d.year - 1 : d.year;
    if (which === 'the' && (n === 3 || n === 6)) return n === 3 ? `${y}-Q1` : `${y}-H1`;
    return `${month(y, 1)}/${month(y, n)}`;
  }
  if (g[8]) return g[8].toLowerCase() === 'last' ? String(d.year - 1) : yearSoFar(d);
  if (g[9]) return d.month === 1 ? month(d.year - 1, 12) : month(d.year, d.month - 1);
  // The war's counts: from the full-scale invasion to the text.
  if (g[10] && (d.year > 2022 || (d.year === 2022 && d.month > 2))) return `2022-02/${month(d.year, d.month)}`;
  // "over the past two years": the years' months up to the text's month, as "so far this year".
  if (g[11]) return monthWindow(d.year * 12 + d.month - 1, 12 * (UNITS.get(g[11].toLowerCase()) ?? Number(g[11])));
  // "over the past 12 months": the months up to the text's month, as "the past two years".
  if (g[12]) return monthWindow(d.year * 12 + d.month - 1, PAST_MONTHS[g[12].toLowerCase()]!);
  // "the 12 months to June": the last June up to the text's date.
  if (g[15]) {
    const n = g[14] ? 12 : MONTH_COUNT[g[13]!.toLowerCase()]!;
    const mo = MONTHS[g[15].toLowerCase()]!;
    return monthWindow(yearOfLast(mo, d) * 12 + mo - 1, n);
  }
  return undefined;
}

const MONTH_NAME = '(january|february|march|april|may|june|july|august|september|october|november|december)';
/** "January–February of this year", "in March last year": named months of a year counted from the text's date. */
// "April to September of this year": months joined by a word as by a dash.
const MONTHS_OF_YEAR = new RegExp(
  String.raw`\b${MONTH_NAME}(?:\s*[–-]\s*${MONTH_NAME}|\s+(?:to|through|until)\s+${MONTH_NAME})?\s+(?:of\s+)?(this|last)\s+year\b`,
  'gi',
);

/** Every relative period in `text[from, to)`, read against the text's date; bases left out. */
export function relativePeriods(text: string, from: number, to: number, d: DocumentDate): RelativeHit[] {
  const hits: RelativeHit[] = [];
  const body = text.slice(from, to);
  const named: RelativeHit[] = [];
  if (body.includes(' year')) {
    MONTHS_OF_YEAR.lastIndex = 0;
    for (let g = MONTHS_OF_YEAR.exec(body); g !== null; g = MONTHS_OF_YEAR.exec(body)) {
      if (BASE_BEFORE.test(body.slice(Math.max(0, g.index - 60), g.index))) continue;
      const y = g[4]!.toLowerCase() === 'last' ? d.year - 1 : d.year;
      const a = MONTHS[g[1]!.toLowerCase()]!;
      const second = g[2] ?? g[3];
      const b = second ? MONTHS[second.toLowerCase()]! : a;
      if (b < a) continue;
      named.push({
        period: a === b ? month(y, a) : `${month(y, a)}/${month(y, b)}`,
        start: from + g.index,
        end: from + g.index + g[0].length,
      });
    }
  }
  hits.push(...named);
  RELATIVE.lastIndex = 0;
  for (let g = RELATIVE.exec(body); g !== null; g = RELATIVE.exec(body)) {
    // "Over ten months of this year, imports grew": the preposition is part of the words read, not a base.
    if (BASE_BEFORE.test(body.slice(Math.max(0, g.index - 60), g.index))) continue;
    // "roughly half of last year's total": a base the figure is set against, not its period.
    if (g[8] && /^[’']s\b/.test(body.slice(g.index + g[0].length, g.index + g[0].length + 3))) continue;
    const at = from + g.index;
    if (named.some((h) => at >= h.start && at < h.end)) continue;
    const period = periodOf(g, d);
    if (period) hits.push({ period, start: from + g.index, end: from + g.index + g[0].length });
  }
  return named.length > 0 ? hits.sort((a, b) => a.start - b.start) : hits;
}
