/**
 * The `period` of each mention. A year or period mention carries its own; a figure gets
 * the nearest year or period expression of its sentence, where "nearest" reads as English
 * binds it: a period right after the figure with nothing in between ("$200 million in
 * 2021") wins; else the closest one before it ("in 2023 about 90%"); else the closest at all
 * ("nearly 70% of … $900 million … in the last quarter of 2023"). A period without a year
 * ("the second quarter") takes the nearest year of its sentence.
 */
import type { Mention } from './mention.js';
import { isoPeriod, needsYear, type PeriodSpec } from './periodSpec.js';

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

function assignSentence(text: string, ms: Mention[], own: readonly (PeriodSpec | null)[], from: number, to: number): void {
  // own periods first; yearless ones take the nearest year of the sentence
  for (let k = from; k < to; k++) {
    const spec = own[k];
    if (!spec) continue;
    let year: number | null = null;
    if (needsYear(spec)) {
      let best = Infinity;
      for (let n = from; n < to; n++) {
        const o = own[n];
        if (n === k || !o || needsYear(o)) continue;
        const y = yearOf(o);
        const g = gap(ms[k]!, ms[n]!);
        if (y !== null && g < best) {
          best = g;
          year = y;
        }
      }
    }
    ms[k]!.period = isoPeriod(spec, year);
  }
  for (let k = from; k < to; k++) if (!own[k]) ms[k]!.period = hintFor(text, ms, own, from, to, k);
}

function hintFor(text: string, ms: readonly Mention[], own: readonly (PeriodSpec | null)[], from: number, to: number, k: number): string | null {
  const d = ms[k]!;
  // right: the first period after, if no figure and no clause break lies between
  for (let n = k + 1; n < to; n++) {
    if (!own[n]) break;
    const p = ms[n]!.period;
    if (p === null) continue;
    if (!CLAUSE_BREAK.test(text.slice(d.end, ms[n]!.start))) return p;
    break;
  }
  // left: the closest period before
  for (let n = k - 1; n >= from; n--) if (own[n] && ms[n]!.period !== null) return ms[n]!.period;
  // otherwise the closest in the sentence
  let best = Infinity;
  let hint: string | null = null;
  for (let n = from; n < to; n++) {
    if (!own[n] || ms[n]!.period === null) continue;
    const g = gap(d, ms[n]!);
    if (g < best) {
      best = g;
      hint = ms[n]!.period;
    }
  }
  return hint;
}
