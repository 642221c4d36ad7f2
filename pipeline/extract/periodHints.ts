/**
 * The `period` of each figure: the nearest year or period expression in its sentence.
 * "Nearest" reads as English binds it: a period right after the figure with nothing in
 * between ("$200 million in 2021") wins; else the closest one before it ("in 2023 about
 * 90%"); else the closest at all ("nearly 70% of … $900 million … in the last quarter of 2023").
 * A period without a year ("the second quarter") takes the nearest year of its sentence.
 */
import type { Draft } from './draft.js';
import { isoPeriod, needsYear, type PeriodSpec } from './periodSpec.js';

/** A clause break between a figure and a later period: comma, semicolon, dash, "and", "but". */
const CLAUSE_BREAK = /[,;:(—–]|\b(?:and|but|while|whereas|although|compared)\b/;

/** For each draft (same order), its period: own for years/periods, the hint for figures. */
export function assignPeriods(text: string, drafts: readonly Draft[], sentence: readonly number[]): (string | null)[] {
  const out: (string | null)[] = new Array(drafts.length).fill(null);
  let i = 0;
  while (i < drafts.length) {
    let j = i;
    while (j < drafts.length && sentence[j] === sentence[i]) j++;
    assignSentence(text, drafts, i, j, out);
    i = j;
  }
  return out;
}

const isPeriod = (d: Draft): boolean => d.own !== null;

function yearOf(spec: PeriodSpec): number | null {
  if (spec.type === 'years') return spec.y1 === spec.y2 ? spec.y1 : null;
  if (spec.type === 'months') return spec.y1 ?? spec.y2;
  return spec.y;
}

function assignSentence(text: string, drafts: readonly Draft[], from: number, to: number, out: (string | null)[]): void {
  // own periods first; yearless ones take the nearest year of the sentence
  for (let k = from; k < to; k++) {
    const d = drafts[k]!;
    if (!d.own) continue;
    let year: number | null = null;
    if (needsYear(d.own)) {
      let best = Infinity;
      for (let n = from; n < to; n++) {
        const o = drafts[n]!;
        if (n === k || !o.own || needsYear(o.own)) continue;
        const y = yearOf(o.own);
        const gap = o.start >= d.end ? o.start - d.end : d.start - o.end;
        if (y !== null && gap < best) {
          best = gap;
          year = y;
        }
      }
    }
    out[k] = isoPeriod(d.own, year);
  }
  for (let k = from; k < to; k++) {
    const d = drafts[k]!;
    if (isPeriod(d)) continue;
    out[k] = hintFor(text, drafts, from, to, k, out);
  }
}

function hintFor(text: string, drafts: readonly Draft[], from: number, to: number, k: number, own: readonly (string | null)[]): string | null {
  const d = drafts[k]!;
  // right: the first period after, if no figure and no clause break lies between
  for (let n = k + 1; n < to; n++) {
    const o = drafts[n]!;
    if (!isPeriod(o)) break;
    if (own[n] === null) continue;
    if (!CLAUSE_BREAK.test(text.slice(d.end, o.start))) return own[n]!;
    break;
  }
  // left: the closest period before
  for (let n = k - 1; n >= from; n--) {
    if (isPeriod(drafts[n]!) && own[n] !== null) return own[n]!;
  }
  // otherwise the closest in the sentence
  let best = Infinity;
  let hint: string | null = null;
  for (let n = from; n < to; n++) {
    const o = drafts[n]!;
    if (!isPeriod(o) || own[n] === null) continue;
    const gap = o.start >= d.end ? o.start - d.end : d.start - o.end;
    if (gap < best) {
      best = gap;
      hint = own[n]!;
    }
  }
  return hint;
}
