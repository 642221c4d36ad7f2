/**
 * A level a flow moved from or to over a span of years is dated by that span's start or end, not by
 * the whole span: "grew by 38% between 2021 and 2023, to $9.8 billion" (2023); "rose from $2.6
 * billion to $4.9 billion over the same two years" (2021, then 2023). A total over the span ("worth
 * $150 million in total from 2021 to 2023") keeps it.
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod } from '../model/period.js';
import { ev } from './evidence.js';
import { isBase } from './periodBase.js';
import type { Evidence } from './types.js';

/** A span of whole years in the project's short syntax: "2021/2023", "2021-01/2023-12". */
const YEAR_SPAN = /^(\d{4})(?:-01)?\/(\d{4})(?:-12)?$/;
/** The word before the figure: "from $2.6 billion", "to $4.9 billion", ", reaching $9.8 billion". */
const FROM_BEFORE = /\bfrom\s+$/i;
/**
 * "…, to $9.8 billion", "rose to", "from $2.6 billion to", ", reaching": the end a change reached. Not
 * a total's verb ("came to", "amounted to"), which keeps the span.
 */
const TO_BEFORE =
  /(?:,\s*|\b(?:rose|risen|rising|grew|grown|growing|climbed|increased|jumped|fell|fallen|falling|dropped|declined|decreased|slipped|surged|soared|up|down)\s+|\bfrom\s+[^\s,;]+(?:\s+(?:billion|million|trillion|bn|mn|tonnes))?\s+)to\s+$|,\s+(?:reaching|hitting)\s+$/i;

/** A quarter, a half or a year: the ends of a span of two such periods. */
const PART = /^\d{4}(?:-[QH]\d)?$/;

/**
 * "Between the first quarter of 2022 and the last quarter of 2023, China's share … climbed from 46% to
 * 89%": two periods named as a span's ends in the sentence, as "2022-Q1/2023-Q4".
 */
export function namedSpan(text: string, mentions: readonly Mention[]): string | undefined {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.kind !== 'period' || b.kind !== 'period' || a.period === null || b.period === null) continue;
    const from = shortPeriod(a.period);
    const to = shortPeriod(b.period);
    if (!PART.test(from) || !PART.test(to) || from >= to) continue;
    if (!/^\s+(?:and|to|through)\s+$/.test(text.slice(a.end, b.start))) continue;
    if (!/\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) && !/^(?:between|from)\b/i.test(a.text)) continue;
    return `${from}/${to}`;
  }
  return undefined;
}

export interface SpanEnd {
  period: string;
  evidence: Evidence;
}

/** The span's start or end for a level or share moved from or to, else undefined. */
export function spanEnd(text: string, m: Mention, period: string | null, measure: string): SpanEnd | undefined {
  if (period === null || measure === 'growth') return undefined;
  const span = YEAR_SPAN.exec(period) ?? /^(\d{4}(?:-[QH]\d)?)\/(\d{4}(?:-[QH]\d)?)$/.exec(period);
  if (!span || span[1] === span[2]) return undefined;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const from = FROM_BEFORE.exec(before);
  const to = from ? null : TO_BEFORE.exec(before);
  const cue = from ?? to;
  if (!cue) return undefined;
  const at = m.start - before.length + cue.index;
  return {
    period: from ? span[1]! : span[2]!,
    evidence: ev(text, at, m.end, from ? 'a level moved from: the span’s start' : 'a level moved to: the span’s end'),
  };
}

/**
 * The span of the statistic before, for a figure dated by "over the same period" after it: "went up
 * fivefold between 2021 and 2023 … Over the same period, re-exports rose from about €10 million to
 * €110 million" (2021/2023); "more than four times their 2021 level. Over the same period, China's share
 * rose to 68% from 29%" (2021/2023), or a figure's own year in a comparison of two years ("from $200
 * million in 2021 to $1.1 billion in 2023. Over the same two years, … climbed from 34% to 71%"). Undefined when that sentence names no span or base year before
 * the period's year.
 */
export function spanBefore(text: string, mentions: readonly Mention[], sentenceStart: number, period: string | null): string | undefined {
  if (period === null || !/^\d{4}$/.test(period)) return undefined;
  const end = Number(period);
  for (const p of mentions) {
    if (p.kind !== 'year' && p.kind !== 'period') continue;
    const span = p.period === null ? null : YEAR_SPAN.exec(p.period);
    if (span && Number(span[2]) === end && Number(span[1]) < end) return `${span[1]}/${span[2]}`;
    const year = p.kind === 'year' ? Number(p.text.slice(-4)) : NaN;
    if (year < end && (isBase(text, p, sentenceStart) || datesAFigure(text, p, mentions))) return `${year}/${end}`;
  }
  return undefined;
}

/**
 * "went from $200 million in 2021 to $1.1 billion in 2023", "were $3 million in 2021 but $48 million in
 * 2023": a year right after an earlier figure of the sentence dates that figure, so the sentence
 * compares two years and "over the same two years" after it is their span.
 */
function datesAFigure(text: string, year: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (f) => f.end <= year.start && f.kind !== 'year' && f.kind !== 'period' && /^\s+in\s+$/.test(text.slice(f.end, year.start)),
  );
}
