/**
 * The `period` of each mention. A year or period mention carries its own; a figure gets
 * the nearest year or period expression of its sentence, where "nearest" reads as English
 * binds it: a period right after the figure with nothing in between ("$200 million in
 * 2021") wins; else the closest one before it ("in 2023 about 90%"); else the closest at all
 * ("nearly 70% of … $900 million … in the last quarter of 2023"). A period without a year
 * ("the second quarter") takes the nearest year of its sentence. A figure followed at once by
 * "a year earlier" (yearsBefore.ts) is dated a year before the period so found.
 */
import type { Mention } from './mention.js';
import { isoPeriod, needsYear, type PeriodSpec } from '../model/periodSpec.js';
import { shiftPeriodYears, yearsBeforeAt } from './yearsBefore.js';

/** A clause break between a figure and a later period: comma, semicolon, dash, "and", "but". */
const CLAUSE_BREAK = /[,;:(—–]|\b(?:and|but|while|whereas|although|compared)\b/;

/** Sets `period` on every mention (sentences already set); `own[i]` is mention i's own period. */
export function assignPeriods(text: string, mentions: Mention[], own: readonly (PeriodSpec | null)[]): void {
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    const s = mentions[i]!.sentence;
    while (j < mentions.length && mentions[j]!.sentence === s) j++;
    let anyOwn = false;
    for (let k = i; k < j && !anyOwn; k++) anyOwn = own[k] !== null;
    if (anyOwn) assignSentence(text, mentions, own, i, j);
    i = j;
  }
}

function yearOf(spec: PeriodSpec): number | null {
  if (spec.type === 'years') return spec.y1 === spec.y2 ? spec.y1 : null;
  if (spec.type === 'months') return spec.y1 ?? spec.y2;
  return spec.y;
}

const gap = (a: Mention, b: Mention): number => (b.start >= a.end ? b.start - a.end : a.start - b.end);

/*
 * Scratch for assignSentence, reused across sentences and texts (it is synchronous and not
 * re-entered): fresh arrays per sentence were about a tenth of all the extractor allocated on
 * figure-dense text. Every slot it reads, it has written first for the current sentence.
 * Made with room for a sentence of SCRATCH figures: grown from empty, their first growth past
 * the largest sentence seen so far came after V8 had optimized assignSentence, which it then
 * threw away and compiled again (`--trace-deopt`: insufficient type feedback, once a run).
 */
const SCRATCH = 64;
const yearLeft: number[] = Array.from({ length: SCRATCH }, () => -1);
const yearRight: number[] = Array.from({ length: SCRATCH }, () => -1);
const nextPeriod: (string | null)[] = Array.from({ length: SCRATCH }, () => null);

/**
 * One sentence, mentions [from, to). Linear: the nearest candidates on each side come from
 * one forward and one backward sweep, so a sentence with thousands of figures stays cheap.
 */
function assignSentence(text: string, ms: Mention[], own: readonly (PeriodSpec | null)[], from: number, to: number): void {
  // grown in order, never by a write past the end (which could make them sparse)
  while (yearLeft.length < to - from) {
    yearLeft.push(-1);
    yearRight.push(-1);
    nextPeriod.push(null);
  }
  // 1. own periods; a yearless one takes the nearest year-bearing period of the sentence
  for (let k = from, last = -1; k < to; k++) {
    yearLeft[k - from] = last;
    const o = own[k];
    if (o && !needsYear(o) && yearOf(o) !== null) last = k;
  }
  for (let k = to - 1, next = -1; k >= from; k--) {
    yearRight[k - from] = next;
    const o = own[k];
    if (o && !needsYear(o) && yearOf(o) !== null) next = k;
  }
  for (let k = from; k < to; k++) {
    const spec = own[k];
    if (!spec) continue;
    let year: number | null = null;
    if (needsYear(spec)) {
      const l = yearLeft[k - from]!;
      const r = yearRight[k - from]!;
      const pick = l < 0 ? r : r < 0 ? l : gap(ms[k]!, ms[r]!) < gap(ms[k]!, ms[l]!) ? r : l;
      if (pick >= 0) year = yearOf(own[pick]!);
    }
    ms[k]!.period = isoPeriod(spec, year);
  }
  // 2. figures: the period right after (nothing between), else the closest before, else the closest after
  let prevPeriod: string | null = null;
  for (let k = to - 1, next: string | null = null; k >= from; k--) {
    nextPeriod[k - from] = next;
    if (own[k] && ms[k]!.period !== null) next = ms[k]!.period;
  }
  for (let k = from; k < to; k++) {
    const m = ms[k]!;
    if (own[k]) {
      if (m.period !== null) prevPeriod = m.period;
      continue;
    }
    const period = rightAttached(text, ms, own, k, to) ?? prevPeriod ?? nextPeriod[k - from]!;
    const back = period === null ? 0 : yearsBeforeAt(text, m.end, m.kind === 'count');
    m.period = back === 0 ? period : shiftPeriodYears(period!, -back);
  }
}

/** The period expression right after figure k, if no figure and no clause break lies between. */
function rightAttached(text: string, ms: readonly Mention[], own: readonly (PeriodSpec | null)[], k: number, to: number): string | null {
  for (let n = k + 1; n < to && own[n]; n++) {
    const p = ms[n]!.period;
    if (p === null) continue;
    return CLAUSE_BREAK.test(text.slice(ms[k]!.end, ms[n]!.start)) ? null : p;
  }
  return null;
}
