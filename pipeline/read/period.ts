/**
 * The period of a statistic in the project's syntax (2023, 2023-Q4, 2023-01/2023-09), from the
 * extractor's nearest period expression, with the readings the extractor leaves to us: an open
 * end ("since August 2023" → 2023-08/..), a year before ("570 tonnes a year earlier"), a month
 * or season whose year an earlier sentence gave, and no period for "before the war".
 */
import { shiftYears } from './yearStep.js';
import type { Mention } from '../extract/index.js';
import { parsePeriod, shortPeriod } from '../model/period.js';
import type { Evidence } from './types.js';
import type { DocumentDate } from './documentDate.js';
import { MONTH_COUNT, monthWindow, relativePeriods, type RelativeHit } from './relativePeriod.js';
import { ev } from './evidence.js';
import { countryFiscalYear, splitFiscalYear, splitYear } from './yearlessPeriod.js';
import { quarterWindow } from './quarterWindow.js';
import { ellipticPart, fromRelative, fromRelativeBefore, noOwnPeriod, withYearBefore, YEAR_BEFORE, yearEarlier } from './noOwnPeriod.js';
import { baseOf, isForeign, yearOutsideBase } from './periodBase.js';
import { distance, monthsOfSentence, monthsWithinYear } from './periodMonths.js';

export interface PeriodReading {
  period: string | null;
  evidence?: Evidence;
}

const SEASONS: Record<string, string> = { spring: '03', summer: '06', autumn: '09', fall: '09', winter: '12' };

const YEARS_BEFORE = /^[^.;\d]{0,12}?\b(two|three|four|five) years (?:earlier|before|ago)\b/i;
const YEAR_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
// Not past another figure: in "75%, against some 30% before the war" the war dates the 30%.
const PRE_WAR = /^[^.;\d]{0,25}?\b(?:before the (?:war|invasion)|pre-war|prewar)\b/i;
/** "rose 70% last year over the pre-war level, to $95 million": the pre-war words are the change's base. */
const PRE_WAR_BASE = /\b(?:over|from|than|compared\s+(?:with|to)|versus|against|on|above|below)\s+(?:the\s+|its\s+|their\s+)?$/i;
const SINCE = /\b(?:since|from)\s+(?:the\s+)?$/i;
/** "since the start of 2024": open from the year's first month. */
const SINCE_START = /\bsince\s+the\s+(?:start|beginning|outset)\s+of\s+$/i;

/** The period mention (year or period kind) of the sentence the extractor chose for `m`. */
function periodMentionFor(m: Mention, inSentence: readonly Mention[], doc: DocumentDate | undefined): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const p of inSentence) {
    if ((p.kind !== 'year' && p.kind !== 'period') || p.period !== m.period || p.start === doc?.start) continue;
    const d = p.start >= m.end ? p.start - m.end : m.start - p.end;
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
}

const MONTHS_TO =
  /\b(?:the\s+)?(?:(three|six|nine|twelve|3|6|9|12)\s+months|(year))\s+(?:to|through|ending(?:\s+in)?|ended(?:\s+in)?|up\s+to)\s+$/i;

/** "the twelve months to March 2024" → 2023-04/2024-03; "the year to June" likewise. */
function monthsTo(text: string, pm: Mention, from: number): PeriodReading | undefined {
  const short = shortPeriod(pm.period!);
  // "the year ended March 31, 2024": a day closes the window as its month does.
  const end = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(short);
  if (!end) return undefined;
  const lead = text.slice(Math.max(from, pm.start - 32), pm.start);
  const w = MONTHS_TO.exec(lead);
  if (!w) return undefined;
  const n = w[2] ? 12 : MONTH_COUNT[w[1]!.toLowerCase()]!;
  const at = pm.start - (lead.length - w.index);
  return { period: monthWindow(Number(end[1]) * 12 + Number(end[2]) - 1, n), evidence: ev(text, at, pm.end, 'months up to a month') };
}

/** A period of months right before a bare year that holds it ("April–June quarter of 2024"). */
function finerBefore(text: string, pm: Mention, inSentence: readonly Mention[]): Mention | undefined {
  if (pm.kind !== 'year') return undefined;
  for (const p of inSentence) {
    if (p.kind !== 'period' || p.period === null || p.end > pm.start || pm.start - p.end > 16) continue;
    if (!/^[\s\p{L}]*$/u.test(text.slice(p.end, pm.start))) continue;
    if (shortPeriod(p.period).startsWith(shortPeriod(pm.period!))) return p;
  }
  return undefined;
}

/** "2023" → "2023/.."; "2023-08" → "2023-08/.."; a span opens at its first month. */
function openFrom(short: string): string {
  if (/^\d{4}$/.test(short)) return `${short}/..`;
  const p = parsePeriod(short);
  return 'error' in p ? `${short}/..` : `${p.start.slice(0, 7)}/..`;
}

/**
 * The period of figure `m`, in steps, the first that reads one wins:
 * 1. before the war (after the figure, or before it and not a change's base): no period;
 * 2. a season of a year ("since the summer of 2023");
 * 3. no period of the figure's own, or only the text's date: noOwnPeriod.ts;
 * 4. the extractor's period, or if it belongs to another figure or an aside the nearest other (periodBase.ts);
 * 5. a relative period that overlaps it or lies nearer the figure;
 * 6. a change's base: the nearest period that is no base, else the months of the sentence or none;
 * 7. a period without a year whose sentence's years are all bases: the year of the figures before, or the text's date's;
 * 8. "a year earlier", "two years earlier" after the figure: that many years before;
 * 9. the period's own words: since (open end), a change's span, months to, quarter, the same months,
 *    months before a year, an elliptic part, a split fiscal year, else the nearest period;
 * 10. without a period mention, the figure's own period.
 */
export function readPeriod(
  text: string,
  m: Mention,
  inSentence: readonly Mention[],
  sentence: { start: number; end: number },
  /** The year the text was last speaking of, for a month or season without one. */
  contextYear: number | null,
  measure: string,
  /** The text's own date, for periods relative to it ("last year", "to date"). */
  doc?: DocumentDate,
  /** The period of the statistic before, for "the same period of 2023" in a sentence that names no months. */
  framePeriod?: string | null,
): PeriodReading {
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  // A change's base is never its period: "about 2.5 times the pre-war level" is dated by its sentence.
  // Not "…, up from almost nothing before the war": the pre-war words are a base the figure rose from.
  const preWar = measure === 'growth' ? null : PRE_WAR.exec(after);
  const pre = preWar && !/\b(?:from|than|compared\s+(?:with|to)|against|versus)\b/i.test(preWar[0]) ? preWar : null;
  if (pre) return { period: null, evidence: ev(text, m.end + pre.index, m.end + pre[0].length, 'before the war: no period') };
  const preLead =
    measure === 'growth' ? null : /\b(?:before the (?:war|invasion)|pre-war|prewar)\b/i.exec(text.slice(sentence.start, m.start));
  if (
    preLead &&
    !PRE_WAR_BASE.test(text.slice(Math.max(sentence.start, sentence.start + preLead.index - 24), sentence.start + preLead.index)) &&
    // Not in an aside closed before the figure: "its exports to Russia, negligible before the war, reached $41 million in 2023".
    !inClosedAside(text, sentence.start + preLead.index, sentence.start + preLead.index + preLead[0].length, m.start)
  ) {
    const at = sentence.start + preLead.index;
    return { period: null, evidence: ev(text, at, at + preLead[0].length, 'before the war: no period') };
  }
  const body = text.slice(sentence.start, sentence.end);
  // A season or a month without a year: "since the summer of 2023", "in December alone".
  const season = /\b(?:since\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+(\d{4})\b/i.exec(body);
  if (season) {
    const at = sentence.start + season.index;
    const month = `${season[2]}-${SEASONS[season[1]!.toLowerCase()]}`;
    const open = /^since\b/i.test(season[0]);
    return {
      period: open ? `${month}/..` : month,
      evidence: ev(text, at, at + season[0].length, open ? 'since a season: open end' : 'season'),
    };
  }
  const relative = doc ? nearestRelative(text, m, sentence, doc) : undefined;
  // The text's own date dates no figure: the extractor gives it to the figures of its sentence.
  const datedByText =
    doc !== undefined && m.period !== null && (inSentence.find((p) => p.start === doc.start)?.period ?? null) === m.period;
  // "ISTANBUL, October 21, 2024 — … fell 24% in the twelve months to September 2024": the extractor gave the
  // figure the dateline's date; a period of the sentence's own is read instead, as for any figure.
  // Not where a relative period speaks ("Last year trade … reached $65 billion, and in the first half of this year …").
  const instead = datedByText && !relative ? periodInstead(text, m, inSentence, sentence, doc, measure) : undefined;
  const ownPeriod = datedByText ? (instead?.period ?? null) : m.period;
  if (ownPeriod === null) return noOwnPeriod(text, m, sentence, contextYear, measure, doc, body, relative, framePeriod);
  let short = shortPeriod(ownPeriod);
  let pm = instead ?? periodMentionFor(m, inSentence, doc);
  // A period that belongs to another figure or to an aside dates nothing of this one: "89%, up from
  // 41% in 2021" (the base's year), "machinery, which had soared after 2022, dropped 35%".
  if (pm && isForeign(text, m, pm, inSentence, sentence)) {
    const others = inSentence.filter(
      (p) =>
        (p.kind === 'year' || p.kind === 'period') &&
        p.period !== null &&
        p.start !== doc?.start &&
        !isForeign(text, m, p, inSentence, sentence) &&
        !baseOf(text, p, sentence.start, measure),
    );
    others.sort((a, b) => distance(a, m) - distance(b, m));
    if (!others[0])
      return relative
        ? fromRelative(text, relative)
        : withYearBefore(
            text,
            m,
            sentence,
            measure,
            noOwnPeriod(text, m, sentence, contextYear, measure, doc, body, relative, framePeriod),
          );
    pm = others[0];
    short = shortPeriod(pm.period!);
  }
  // "this year" read by the extractor against another year of its sentence, or a relative period
  // nearer the figure than a dated one ("400 drones to Russia this year, on top of those sent in 2022").
  // Not a relative period before the figure against a dated one after it: "$240 million so far this
  // year, from $610 million in the same months of 2023".
  if (
    relative &&
    (!pm ||
      (relative.start < pm.end && pm.start < relative.end) ||
      // "up from $60 million in the same period of last year": the base figure's own words date it.
      (relative.start >= m.end && baseOwnRelative(text, m, sentence, [relative]) !== undefined) ||
      (distance(relative, m) < distance(pm, m) && !(relative.end <= m.start && pm.start >= m.end)))
  )
    return fromRelativeBefore(text, m, sentence, measure, relative);
  // A change's base is not its period: "up 4% on 2023", "1,100% in 2023 compared with 2021".
  // A year that qualifies a base ("their 2021 value") dates no figure of its sentence.
  if (pm && baseOf(text, pm, sentence.start, measure)) {
    const others = inSentence.filter(
      (p) =>
        (p.kind === 'year' || p.kind === 'period') &&
        p.period !== null &&
        p.start !== doc?.start &&
        !baseOf(text, p, sentence.start, measure),
    );
    others.sort((a, b) => distance(a, m) - distance(b, m));
    const o = others[0];
    // "38% more than in the same period of 2023" after "in the first eight months of this year".
    // The extractor reads "this year" against the base's year: the relative period is the text's.
    if (relative && (!o || (o.start < relative.end && relative.start < o.end))) return fromRelative(text, relative);
    if (!o) {
      // "down 27% from the same months of 2023" after "through September": the sentence's months without a year.
      const own = noOwnPeriod(text, m, sentence, contextYear, measure, doc, body, relative, framePeriod);
      if (own.period !== null && own.evidence && /without a year|running total/.test(own.evidence.rule)) return own;
      return { period: null, evidence: ev(text, pm.start, pm.end, 'the base of a change, not its period') };
    }
    pm = o;
    short = shortPeriod(o.period!);
  }
  // "€470 million in January–June, more than five times their 2021 level": a period written without
  // a year takes none from a base; the year is the figures' before, or the last one ended by the text's date.
  // So does a quarter written short, "in Q3", beside "Q3 2025".
  if (pm && (!/\d/.test(pm.text) || /^(?:Q[1-4]|H[12])$/i.test(pm.text)) && (contextYear !== null || doc)) {
    const redated = yearOutsideBase(text, m, pm, inSentence, sentence, measure, contextYear, doc);
    if (redated) return redated;
  }
  const yearBefore = YEAR_BEFORE.exec(after);
  if (yearBefore && measure !== 'growth') {
    return {
      period: yearEarlier(short),
      evidence: ev(text, m.end + yearBefore.index, m.end + yearBefore[0].length, 'a year before the sentence’s year'),
    };
  }
  // "$4.1 billion two years earlier", after a level of the sentence's year: that many years before.
  const yearsBefore = measure === 'growth' ? null : YEARS_BEFORE.exec(after);
  if (yearsBefore) {
    return {
      period: shiftYears(short, -YEAR_COUNT[yearsBefore[1]!.toLowerCase()]!),
      evidence: ev(text, m.end + yearsBefore.index, m.end + yearsBefore[0].length, 'years before the sentence’s year'),
    };
  }
  // "fell by 55% between the first quarter of 2022 and the first quarter of 2024": a change is dated by the later of two periods.
  // "less than 5% before February 2022", "Before 2022, Chinese firms held less than a fifth": a time before a
  // date is no period, as "before the war" (not a change's: "up 40% on before 2022" has none either way).
  const beforeLead = pm && measure !== 'growth' ? text.slice(Math.max(sentence.start, pm.start - 8), pm.start) : '';
  const before = beforeLead ? /\bbefore\s+$/i.exec(beforeLead) : null;
  if (before)
    return { period: null, evidence: ev(text, pm!.start - (beforeLead.length - before.index), pm!.end, 'before a date: no period') };
  const later = pm && measure === 'growth' ? laterOfTwo(text, pm, inSentence, sentence.start) : undefined;
  if (later)
    return { period: shortPeriod(later.period!), evidence: ev(text, pm!.start, later.end, 'a change between two periods: the later') };
  if (pm) {
    const lead = text.slice(Math.max(sentence.start, pm.start - 12), pm.start);
    const sinceStart = pm.kind === 'year' ? SINCE_START.exec(text.slice(Math.max(sentence.start, pm.start - 28), pm.start)) : null;
    if (sinceStart) {
      const from = pm.start - (Math.min(28, pm.start - sentence.start) - sinceStart.index);
      if (measure === 'growth') return { period: null, evidence: ev(text, from, pm.end, 'since: the base of a change, not its period') };
      return { period: `${short}-01/..`, evidence: ev(text, from, pm.end, 'since the start of a year: open end') };
    }
    const since = SINCE.exec(lead);
    if (since && /\bsince\b/i.test(since[0])) {
      const from = pm.start - (lead.length - since.index);
      // "risen about 12-fold since 2021": the year is the base of the change, the end is not said.
      if (measure === 'growth') return { period: null, evidence: ev(text, from, pm.end, 'since: the base of a change, not its period') };
      return { period: openFrom(short), evidence: ev(text, from, pm.end, 'since: open end') };
    }
    // "rose by 1,200 per cent between 2021 and 2023": a change is dated by the end of its span.
    const span = measure === 'growth' ? /^(\d{4}(?:-\d{2})?)\/(\d{4}(?:-\d{2})?)$/.exec(short) : null;
    const spanWords =
      /^(?:between|from)\b/i.test(pm.text) || /\b(?:between|from)\s+$/i.test(text.slice(Math.max(sentence.start, pm.start - 9), pm.start));
    if (span && spanWords && !(span[1]!.length === 7 && span[1]!.slice(0, 4) === span[2]!.slice(0, 4) && YEAR_ON_YEAR.test(body)))
      return { period: span[2]!, evidence: ev(text, pm.start, pm.end, 'a change over a span: its end') };
    const window = monthsTo(text, pm, sentence.start) ?? quarterWindow(text, pm, sentence.start);
    if (window) return window;
    // "up from 35% in the same months of 2024": the months of the sentence's own period, in that year.
    const sameMonths = pm.kind === 'year' ? SAME_MONTHS_OF.exec(text.slice(Math.max(sentence.start, pm.start - 40), pm.start)) : null;
    const months = sameMonths
      ? (monthsOfSentence(text, pm, inSentence, sentence, doc) ?? (framePeriod ? monthsWithinYear(framePeriod) : undefined))
      : undefined;
    if (months) {
      const at = pm.start - (Math.min(40, pm.start - sentence.start) - sameMonths!.index);
      return {
        period: shortPeriod(`${short}-${months[0]}/${short}-${months[1]}`),
        evidence: ev(text, at, pm.end, 'the same months of another year'),
      };
    }
    // "the April–June quarter of 2024": the months, not the year that follows them.
    const finer = finerBefore(text, pm, inSentence);
    if (finer) return { period: shortPeriod(finer.period!), evidence: ev(text, finer.start, pm.end, 'months and their year') };
    // "rose to 70% in the second quarter of 2024, from 62% in the first": the same year's first quarter.
    const part = /^(\d{4})-([QH])(\d)$/.exec(short);
    const elliptic = part && pm.end <= m.start ? ellipticPart(text, m, sentence.end, part[2] === 'H') : undefined;
    if (elliptic)
      return {
        period: `${part![1]}-${part![2]}${elliptic.n}`,
        evidence: ev(text, m.end, m.end + elliptic.length, 'an ordinal whose part the sentence named'),
      };
    const fiscal = pm.kind === 'period' ? splitFiscalYear(pm.text) : undefined;
    if (fiscal) return { period: fiscal, evidence: ev(text, pm.start, pm.end, 'a split fiscal year: April to March') };
    const split = pm.kind === 'period' ? splitYear(pm.text, body, text.slice(0, 400)) : undefined;
    if (split) return { period: split, evidence: ev(text, pm.start, pm.end, 'a year written split over two: a fiscal year') };
    const counted =
      pm.kind === 'period' && /^(?:fiscal|FY)/i.test(pm.text)
        ? countryFiscalYear(pm.text, text.slice(sentence.start, sentence.end), text.slice(0, 400))
        : undefined;
    if (counted) return { period: counted, evidence: ev(text, pm.start, pm.end, 'a fiscal year as its country counts it') };
    return { period: short, evidence: ev(text, pm.start, pm.end, 'nearest period in the sentence') };
  }
  return { period: short, evidence: ev(text, m.start, m.end, 'the mention’s own period') };
}

/** Whether `[start, end)` lies in an aside set off by commas that closes before `figure`. */
function inClosedAside(text: string, start: number, end: number, figure: number): boolean {
  const open = text.lastIndexOf(',', start);
  const close = text.indexOf(',', end);
  return open >= 0 && close >= 0 && close < figure && !/[.;\n]/.test(text.slice(open, start));
}

/** The nearest period of the sentence that is neither the text's date nor another figure's or a base's. */
function periodInstead(
  text: string,
  m: Mention,
  inSentence: readonly Mention[],
  sentence: { start: number; end: number },
  doc: DocumentDate | undefined,
  measure: string,
): Mention | undefined {
  let best: Mention | undefined;
  for (const p of inSentence) {
    if ((p.kind !== 'year' && p.kind !== 'period') || p.period === null || p.start === doc?.start) continue;
    if (isForeign(text, m, p, inSentence, sentence) || baseOf(text, p, sentence.start, measure)) continue;
    if (CLAUSE_BREAK.test(p.start >= m.end ? text.slice(m.end, p.start) : text.slice(p.end, m.start))) continue;
    if (!best || distance(p, m) < distance(best, m)) best = p;
  }
  return best;
}

/** "between the first quarter of 2022 and the first quarter of 2024", "from 2021 to 2023" written as two periods: the second. */
function laterOfTwo(text: string, pm: Mention, inSentence: readonly Mention[], from: number): Mention | undefined {
  if (!/\b(?:between|from)\s+$/i.test(text.slice(Math.max(from, pm.start - 9), pm.start))) return undefined;
  return inSentence.find(
    (p) =>
      (p.kind === 'year' || p.kind === 'period') &&
      p.period !== null &&
      p.start >= pm.end &&
      /^\s+(?:and|to|until|through)\s+$/i.test(text.slice(pm.end, p.start)),
  );
}

/** A change against the same months a year before: a span of months is then the change's period, not two points. */
const YEAR_ON_YEAR =
  /\b(?:a year (?:earlier|before|ago)|(?:the\s+)?(?:same|corresponding|comparable) (?:period|months|time|span)|year[- ]on[- ]year|(?:the\s+)?(?:previous|prior|preceding) year|last year)\b/i;
const SAME_MONTHS_OF = /\b(?:the\s+)?(?:same|corresponding|comparable)\s+(?:months?|period|quarter|half|weeks)\s+(?:of|in)\s+$/i;

/** The relative period of the sentence nearest the figure. */
function nearestRelative(text: string, m: Mention, sentence: { start: number; end: number }, doc: DocumentDate): RelativeHit | undefined {
  let best: RelativeHit | undefined;
  let bestApart = true;
  const all = relativePeriods(text, sentence.start, sentence.end, doc);
  const own = all.length > 1 ? baseOwnRelative(text, m, sentence, all) : undefined;
  if (own) return own;
  for (const r of all) {
    // A relative period past ", and …" or ";" dates the other clause's figures: "Last year it reached $230 billion,
    // and in the first seven months of this year it grew by 1.6%".
    const apart = CLAUSE_BREAK.test(r.start >= m.end ? text.slice(m.end, r.start) : text.slice(r.end, m.start));
    if (!best || (bestApart && !apart) || (bestApart === apart && distance(r, m) < distance(best, m))) [best, bestApart] = [r, apart];
  }
  return best;
}
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s|;/;
/** "up from $60 million in the same period of last year": a base figure's own relative period right after it. */
function baseOwnRelative(text: string, m: Mention, sentence: { start: number }, all: readonly RelativeHit[]): RelativeHit | undefined {
  if (!BASE_FIGURE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start))) return undefined;
  return all.find((r) => r.start >= m.end && OWN_PERIOD_AFTER.test(text.slice(m.end, r.start)));
}
/** "up from", "down from", "against", "compared with": the figure after them is a base, dated by its own words. */
const BASE_FIGURE_BEFORE =
  /\b(?:(?:up|down)\s+from|against|compared\s+(?:with|to)|versus|than)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|over|under|some)\s+)?$/i;
/** Nothing but "in the same period of" between a figure and a relative period: the figure's own. */
const OWN_PERIOD_AFTER =
  /^\s+(?:(?:in|during|over|for)\s+(?:the\s+)?(?:same|corresponding|comparable)\s+(?:months?|period|quarter|half|weeks)\s+(?:of|in)\s+)?$/i;
