/**
 * The period of a figure the extractor gave none of its own: a running total up to a month, a
 * relative period, "since the invasion", months, a half or quarter without a year, "those years",
 * "the full year"; and "a year earlier" after such a period.
 */
import type { Mention } from '../extract/index.js';
import { MONTH_NAMES } from '../extract/months.js';
import { ORDINAL } from '../extract/periods.js';
import { UNITS } from '../extract/numberWords.js';
import { shortPeriod } from '../model/period.js';
import { cumulativeMonth } from './cumulativeMonths.js';
import type { DocumentDate } from './documentDate.js';
import { ev } from './evidence.js';
import type { PeriodReading } from './period.js';
import { distance, MONTH_PAIR, monthNumber, nearestMonth } from './periodMonths.js';
import { month as monthOf, yearOfLast, type RelativeHit } from './relativePeriod.js';
import { yearlessMonths } from './yearlessPeriod.js';

// "dropped to about 950 in Q3": a quarter or half written short, without a year, as the words are.
const PART_ALONE =
  /\b(?:in|during|for|over)\s+(?:the\s+(?:(first|second)\s+half|(first|second|third|fourth)\s+quarter)|(?:the\s+)?(?:Q([1-4])|H([12])))\b(?:\s+of\s+the\s+year\b)?(?!\s+of\b|\s+\d|\s*[-/’']\s*\d)/i;
/** "…, from 51% in the first": an ordinal whose noun (quarter, half) the sentence gave before. */
const ELLIPTIC_PART = /^\s+in\s+the\s+(first|second|third|fourth)\b(?=\s*(?:[,.;)]|$))/i;
/** The ordinal right after `m` that names its own quarter or half ("…, from 51% in the first"), if one fits the part. */
export function ellipticPart(text: string, m: Mention, sentenceEnd: number, half: boolean): { n: number; length: number } | undefined {
  const e = ELLIPTIC_PART.exec(text.slice(m.end, Math.min(sentenceEnd, m.end + 24)));
  const n = e ? ORDINAL.get(e[1]!.toLowerCase())! : 0;
  return e && (!half || n <= 2) ? { n, length: e[0].length } : undefined;
}
const THOSE_YEARS = /\b(?:across|over|in|during|for|throughout)\s+(?:those|these)\s+(two|three|four|five|2|3|4|5)\s+years\b/i;
const FULL_YEAR = /\b(?:over|for|in|during|across)\s+the\s+(?:full|whole|entire)\s+year\b(?!\s+(?:of|to|through|ending|ended|\d))/i;
export const YEAR_BEFORE = /^[^.;]{0,12}?\b(?:a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before)\b/i;
/** "since last August", "since March": a month without a year opening a span. */
const SINCE_MONTH = new RegExp(`\\bsince\\s+(last\\s+)?(${MONTH_NAMES.join('|')})\\b(?!\\s+\\d)`, 'i');
/** "since the invasion", "since the start of the full-scale war": from February 2022, an open end. */
const SINCE_INVASION =
  /\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?)?(?:full[- ]scale\s+|russian\s+|russia['’]s\s+)?(?:invasion|war)(?:\s+(?:of|in|on)\s+ukraine)?\b/i;

/** "$96 million a year earlier" after a month or a relative period: the same months a year before. */
export function withYearBefore(
  text: string,
  m: Mention,
  sentence: { start: number; end: number },
  measure: string,
  reading: PeriodReading,
): PeriodReading {
  if (reading.period === null || measure === 'growth') return reading;
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  const y = YEAR_BEFORE.exec(after);
  if (!y) return reading;
  return {
    period: yearEarlier(reading.period),
    evidence: ev(text, m.end + y.index, m.end + y[0].length, 'a year before the sentence’s year'),
  };
}

/** The same months a year earlier: 2024 → 2023, 2024-H1 → 2023-H1, 2024-01/2024-05 → 2023-01/2023-05. */
export function yearEarlier(short: string): string {
  return short.replace(/\b(\d{4})\b/g, (y) => String(Number(y) - 1));
}

/**
 * A relative period before the figure, and "the year before" after it: "$410 million last year, up
 * from $290 million the year before" dates the second figure a year before the relative period.
 */
export function fromRelativeBefore(
  text: string,
  m: Mention,
  sentence: { start: number; end: number },
  measure: string,
  r: RelativeHit,
): PeriodReading {
  const reading = fromRelative(text, r);
  return r.end <= m.start ? withYearBefore(text, m, sentence, measure, reading) : reading;
}

/** A reading relative to the text's date. */
export function fromRelative(text: string, r: RelativeHit): PeriodReading {
  return { period: r.period, evidence: ev(text, r.start, r.end, 'relative to the text’s date') };
}

/**
 * The period of a figure the extractor gave none: a relative period, a month or a half or quarter
 * of its sentence. Functions of the module, not closures made per figure: the TypeScript loader
 * names every closure it creates.
 */
export function noOwnPeriod(
  text: string,
  m: Mention,
  sentence: { start: number; end: number },
  contextYear: number | null,
  measure: string,
  doc: DocumentDate | undefined,
  body: string,
  relative: RelativeHit | undefined,
  /** The period of the statistic before. */
  framePeriod?: string | null,
): PeriodReading {
  // "through September", "as of June … this year": January to that month, of the year a "this year" or the text gives.
  const cumulative = cumulativeMonth(body);
  const relativeYear = relative && /^\d{4}-01\b/.test(relative.period) ? Number(relative.period.slice(0, 4)) : null;
  if (cumulative && (!relative || relativeYear !== null) && (relativeYear !== null || contextYear !== null || doc)) {
    const year = relativeYear ?? contextYear ?? yearOfLast(cumulative.last, doc!);
    const at = sentence.start + cumulative.index;
    return withYearBefore(text, m, sentence, measure, {
      period: cumulative.last === 1 ? monthOf(year, 1) : shortPeriod(`${monthOf(year, 1)}/${monthOf(year, cumulative.last)}`),
      evidence: ev(text, at, at + cumulative.length, 'a running total up to a month: January to that month'),
    });
  }
  const month = nearestMonth(body, sentence.start, m);
  // The nearer of a relative period and a month alone: "$31 million last month from $45 million in February".
  if (
    relative &&
    (!month ||
      distance(relative, m) <= distance({ start: sentence.start + month.index, end: sentence.start + month.index + month[0].length }, m))
  )
    return fromRelativeBefore(text, m, sentence, measure, relative);
  // "since last August" in a text dated February 2024: from the last August before the date, an open end.
  const sinceMonth = doc || contextYear !== null ? SINCE_MONTH.exec(body) : null;
  if (sinceMonth) {
    const mo = monthNumber(sinceMonth[2]!);
    const last = sinceMonth[1] !== undefined;
    const year = doc ? (last && mo >= doc.month ? doc.year - 1 : yearOfLast(mo, doc)) : contextYear!;
    const at = sentence.start + sinceMonth.index;
    if (measure === 'growth')
      return { period: null, evidence: ev(text, at, at + sinceMonth[0].length, 'since: the base of a change, not its period') };
    return {
      period: `${monthOf(year, mo)}/..`,
      evidence: ev(text, at, at + sinceMonth[0].length, 'since a month without a year: open end'),
    };
  }
  const invasion = SINCE_INVASION.exec(body);
  if (invasion) {
    const at = sentence.start + invasion.index;
    // A change since the invasion has the invasion as its base and no end said ("up 40% since the invasion").
    if (measure === 'growth')
      return { period: null, evidence: ev(text, at, at + invasion[0].length, 'since: the base of a change, not its period') };
    return { period: '2022-02/..', evidence: ev(text, at, at + invasion[0].length, 'since the invasion: open end') };
  }
  // "in the first five months", "between January and May": the year the text speaks of, or the last such months.
  const yearless = contextYear !== null || doc ? yearlessMonths(body) : undefined;
  if (yearless) {
    const year = contextYear ?? yearOfLast(yearless.last, doc!);
    const at = sentence.start + yearless.index;
    return withYearBefore(text, m, sentence, measure, {
      period: shortPeriod(`${monthOf(year, yearless.first)}/${monthOf(year, yearless.last)}`),
      evidence: ev(
        text,
        at,
        at + yearless.length,
        contextYear !== null
          ? 'months without a year; the year from the sentences before'
          : 'months without a year; the year from the text’s date',
      ),
    });
  }
  if (month && (contextYear !== null || doc)) {
    const at = sentence.start + month.index;
    const mo = monthNumber(month[1]!);
    // "in January and February": the months from the first to the second.
    const pair = MONTH_PAIR.exec(body.slice(month.index + month[0].length));
    const last = pair ? monthNumber(pair[1]!) : mo;
    const span = pair && last > mo ? pair[0].length : 0;
    // Without a year the sentences before give, the last such month up to the text's date.
    const year = contextYear ?? yearOfLast(span ? last : mo, doc!);
    return withYearBefore(text, m, sentence, measure, {
      period: span ? `${monthOf(year, mo)}/${monthOf(year, last)}` : monthOf(year, mo),
      evidence: ev(
        text,
        at,
        at + month[0].length + span,
        contextYear !== null ? 'a month; the year from the sentences before' : 'a month; the year from the text’s date',
      ),
    });
  }
  // "rose 6% in the first half": a half or quarter without a year takes the year of the figures before.
  // Without such a year, the last one that ended by the text's date.
  const part = PART_ALONE.exec(body);
  if (part && (contextYear !== null || doc)) {
    const at = sentence.start + part.index;
    // "rose to 64% in the second quarter, from 51% in the first": the ordinal after the figure names its own part.
    const half = part[1] !== undefined || part[4] !== undefined;
    const short = part[3] ?? part[4];
    const n = ellipticPart(text, m, sentence.end, half)?.n ?? (short ? Number(short) : ORDINAL.get((part[1] ?? part[2]!).toLowerCase())!);
    const endMonth = half ? 6 * n : 3 * n;
    const year = contextYear ?? yearOfLast(endMonth, doc!);
    const period = half ? `${year}-H${n}` : `${year}-Q${n}`;
    return {
      period,
      evidence: ev(
        text,
        at,
        at + part[0].length,
        contextYear !== null ? 'a half or quarter; the year from the sentences before' : 'a half or quarter; the year from the text’s date',
      ),
    };
  }
  // "Across those three years, such imports totalled $1.2 billion" after "from 2021 to 2023": the years up to the figures' end.
  const those = contextYear !== null ? THOSE_YEARS.exec(body) : null;
  if (those) {
    const end = Number(/(\d{4})(?:-\d{2})?$/.exec(framePeriod ?? '')?.[1] ?? contextYear);
    const n = UNITS.get(those[1]!.toLowerCase()) ?? Number(those[1]);
    const at = sentence.start + those.index;
    return {
      period: `${end - n + 1}-01/${end}-12`,
      evidence: ev(text, at, at + those[0].length, 'those years: the years up to the figures before'),
    };
  }
  // "41% over the full year" after figures of that year's halves: the year of the figures before.
  const whole = contextYear !== null ? FULL_YEAR.exec(body) : null;
  if (whole) {
    const at = sentence.start + whole.index;
    return { period: String(contextYear), evidence: ev(text, at, at + whole[0].length, 'the whole year of the sentences before') };
  }
  return { period: null };
}
