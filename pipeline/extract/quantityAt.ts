/**
 * A figure at a number: what the scanner makes of a quantity once it has read one — a year, a
 * name, a range, a change "from X to Y", a multiple or a count of occasions — with its hedge
 * and interval. scan.ts decides where a figure may start; this module reads one from there.
 */
import { isAsciiLetter, isInlineSpace, prevWord } from './chars.js';
import { periodFound, quantityFound, rangeFound, type Found } from './draft.js';
import { readLeftHedge, readRightHedge, type LeftHedge } from './hedges.js';
import type { Hedge } from './mention.js';
import { bareIntegerIsName, labelRunEnd, nameOrRankAfter } from './negatives.js';
import { readQuantity, type Quantity } from './parseQuantity.js';
import { scaledValue } from '../core/decimal.js';
import { yearSpec } from '../model/periodSpec.js';
import { RELATIVE_YEAR, yearAfter } from './years.js';
import { readRangeAfter } from './ranges.js';
import { changeBefore, fromBefore } from './fromContext.js';

/** What parsing one hit gives: a mention, or only where to resume. */
export type Step = Found | { skipTo: number } | null;

/** Words before "N months of 2023" that make it the year's first N months. */
const MONTHS_OF_LEAD = new Set(['in', 'of', 'during', 'for', 'over', 'after', 'within', 'through']);

/** Hedges that may also be time prepositions: "around 2020", "over 2023" keep a year a year. */
const TEMPORAL_HEDGES = new Set([
  'about',
  'around',
  'over',
  'under',
  'above',
  'below',
  'circa',
  'c.',
  'ca.',
  'beyond',
  'approaching',
  'nearing',
]);

/**
 * Where the word `w` (lowercase) starts if it is the word right before `pos` (one space
 * between), else -1. Compares in place: this runs for every number.
 */
function wordBefore(text: string, pos: number, floor: number, w: string): number {
  const s = pos - 1 - w.length;
  if (s < floor || !isInlineSpace(text.charCodeAt(pos - 1))) return -1;
  if (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) return -1;
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(s + i) | 0x20) !== w.charCodeAt(i)) return -1;
  return s;
}

export function atQuantity(text: string, pos: number, floor: number): Step {
  const r = readQuantity(text, pos, floor);
  if (!r) return null;
  if (!('kind' in r)) return r;
  const q = r;
  if (text.charCodeAt(q.start - 2) === 102 /* f of "of " */ && q.unit === null) {
    const ratio = factorOf(text, q, floor);
    if (ratio) return ratio;
  }

  // a bare integer: a year, a name (Boeing 737, 14024), or a plain number
  const bare = q.unit === null && !q.hasScale && q.fixedH === null && !q.num.spelled;
  if (bare && q.num.dec === 0 && bareIntegerIsName(text, q.num.start, q.num.end, floor, q.num.grouped, 0))
    return { skipTo: labelRunEnd(text, q.num.end) };
  if (q.unit === null && !q.hasScale && q.fixedH === null && q.num.dec === 0 && nameOrRankAfter(text, q.end)) return { skipTo: q.end };
  // "the two countries", "these three firms": a spelled small number after a determiner refers
  // back to things already counted; it is no new figure
  if (q.kind === 'count' && q.num.spelled && !q.hasScale && q.value >= 2 && q.value <= 10 && determinerBefore(text, q.start, floor))
    return { skipTo: q.end };
  const hedge = readLeftHedge(text, q.start, floor);
  // "in 11 months of 2023", "at the end of eight months of this year": the months from January,
  // a period ("in just three months of 2023" is a duration: which three, the text does not say)
  if (
    !hedge &&
    q.unit === 'month' &&
    q.num.dec === 0 &&
    q.value >= 1 &&
    q.value <= 11 &&
    MONTHS_OF_LEAD.has(prevWord(text, q.start, floor).w)
  ) {
    const yr = /^[ \u00a0]of[ \u00a0]/.test(text.slice(q.end, q.end + 4)) ? yearAfter(text, q.end, false) : null;
    const rel = yr ? null : RELATIVE_YEAR.exec(text.slice(q.end, q.end + 20));
    if (yr || rel) {
      const y = yr ? yr.y : null;
      return periodFound(text, q.start, yr ? yr.end : q.end + rel![0].length, 'period', {
        type: 'months',
        y1: y,
        m1: 1,
        y2: y,
        m2: q.value,
      });
    }
  }
  if (
    bare &&
    isYearLike(q) &&
    !q.rightHedge &&
    !(hedge && (!TEMPORAL_HEDGES.has(hedgeWord(text, hedge, q.start)) || pluralFollows(text, q.end)))
  ) {
    const y = q.num.m;
    return periodFound(text, q.num.start, q.num.end, 'year', yearSpec(y), y);
  }

  // ranges: "$1–2 billion", "between 5% and 7%", "from 25-28 percent"; "from X to Y" after a
  // verb of change is two figures, the first taking the second's unit ("rose from 70 to 90 percent")
  let qc = q;
  const betweenAt = wordBefore(text, q.start, floor, 'between');
  const range = readRangeAfter(text, q, betweenAt >= 0);
  if (range) {
    const fromAt = betweenAt >= 0 || range.connector === 'dash' ? -1 : fromBefore(text, q.start, floor);
    if (fromAt < 0 || !changeBefore(text, fromAt, floor)) {
      const start = betweenAt >= 0 ? betweenAt : q.start;
      return rangeFound(text, start, range.end, range.kind, range.unit, range.scale, range.low, range.high);
    }
    qc = withUnitOf(q, range.second);
  }

  // "three times a year", "visited Kupol more than six times" count occasions
  let kind = qc.kind;
  if (kind === 'ratio' && timesOfOccasions(text, q, hedge ? hedge.start : q.start, floor)) kind = 'count';
  const qq: Quantity = kind === qc.kind ? qc : { ...qc, kind, unit: null };

  let h: Hedge = 'exact';
  let start = q.start;
  let end = q.end;
  if (
    hedge &&
    q.kind === 'duration' &&
    text.charCodeAt(q.num.end) !== 45 /* "over 18-month war": an adjective, so a bound */ &&
    overMeansDuring(text, hedge, q.start, floor)
  ) {
    // "worth €2.5bn over five years": over = during; the duration is exact
  } else if (hedge) {
    h = hedge.hedge;
    start = hedge.start;
  } else if (q.rightHedge) {
    h = q.rightHedge.hedge;
  }
  if (!hedge && !q.rightHedge) {
    const rh = readRightHedge(text, end);
    if (rh) {
      h = rh.hedge;
      end = rh.end;
    }
  }
  return quantityFound(text, qq, start, end, h);
}

/**
 * "over five years" after a figure means "during five years"; it means "more than" after
 * verbs of lasting ("lasted over two years", "for over a decade").
 */
export function overMeansDuring(text: string, hedge: LeftHedge, qStart: number, floor: number): boolean {
  const w = hedgeWord(text, hedge, qStart);
  if (w !== 'over' && w !== 'under') return false;
  const before = /([A-Za-z]+)[ \u00a0]+$/.exec(text.slice(Math.max(floor, hedge.start - 16), hedge.start));
  return (
    !before ||
    !/^(?:for|lasted|lasting|lasts|last|took|take|takes|taken|taking|spent|spend|spanning|spanned|after|ago|than)$/i.test(before[1]!)
  );
}

/** Words after "N times" that make it a multiple: "three times more", "2.5 times the 2021 level". */
const MULTIPLE_AFTER = new Set(
  (
    'more less higher lower larger bigger greater smaller fewer faster cheaper slower above below over as the that what its their his her ' +
    'our this those these increase rise jump growth surge drop decline fall'
  ).split(' '),
);

/**
 * Whether "N times" counts occasions ("met three times", "visited six times", "three times a
 * year") rather than a multiple. A multiple has a comparison after it ("three times more", "2.5
 * times the level"), "by" before it ("grew by 2.5 times") or a word of change shortly before
 * ("exports grew almost eight times").
 */
function timesOfOccasions(text: string, q: Quantity, start: number, floor: number): boolean {
  if ((text.charCodeAt(q.end - 1) | 0x20) !== 115 /* s of "times" */) return false;
  const next = /^[ \u00a0]([A-Za-z]+)(?:[ \u00a0]([A-Za-z]+))?/.exec(text.slice(q.end, q.end + 24));
  if (next) {
    const w = next[1]!.toLowerCase();
    if (MULTIPLE_AFTER.has(w)) return false;
    if ((w === 'a' || w === 'per' || w === 'each' || w === 'every') && /^(?:year|month|week|day)/i.test(next[2] ?? '')) return true;
  }
  if (wordBefore(text, start, floor, 'by') >= 0) return false;
  return !changeBefore(text, start, floor, 4);
}

/** "by a factor of three": a bare number after "(a) factor of" is a multiple. */
function factorOf(text: string, q: Quantity, floor: number): Found | null {
  if (q.kind !== 'number' && q.kind !== 'count') return null;
  const m = /(?<![A-Za-z])(?:an?[ \u00a0])?factor[ \u00a0]of[ \u00a0]$/i.exec(text.slice(Math.max(floor, q.start - 14), q.start));
  if (!m) return null;
  const f = q.start - m[0].length;
  const hedge = readLeftHedge(text, f, floor);
  return quantityFound(
    text,
    { ...q, kind: 'ratio', unit: 'ratio' },
    hedge ? hedge.start : f,
    q.end,
    hedge?.hedge ?? q.rightHedge?.hedge ?? 'exact',
  );
}

function determinerBefore(text: string, pos: number, floor: number): boolean {
  return (
    wordBefore(text, pos, floor, 'the') >= 0 || wordBefore(text, pos, floor, 'these') >= 0 || wordBefore(text, pos, floor, 'those') >= 0
  );
}

function hedgeWord(text: string, hedge: LeftHedge, qStart: number): string {
  return text.slice(hedge.start, qStart).trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "about 2000 tanks": a lowercase plural after the number makes it a count, not a year. */
function pluralFollows(text: string, pos: number): boolean {
  return /^[ \u00a0][a-z]+s(?![A-Za-z])/.test(text.slice(pos, pos + 20));
}

function isYearLike(q: Quantity): boolean {
  const n = q.num;
  return !n.grouped && n.dec === 0 && n.end - n.start === 4 && n.m >= 1900 && n.m <= 2099 && (q.kind === 'number' || q.kind === 'count');
}

/**
 * The first figure of a change "from X to Y" written with the unit or scale once, at the end
 * ("from 70 to 90 percent", "from $1.8 to $2.45 billion"): X takes Y's unit and scale.
 */
function withUnitOf(x: Quantity, y: Quantity): Quantity {
  const bare = x.unit === null && (x.kind === 'number' || x.kind === 'count');
  if (!bare && x.unit !== y.unit) return x;
  const unit = y.unit;
  const kind = bare ? y.kind : x.kind;
  const small = x.m / 10 ** x.dec < 1000;
  const mult = !x.hasScale && x.fixedH === null && small ? y.mult : x.mult;
  if (unit === x.unit && kind === x.kind && mult === x.mult) return x;
  return {
    ...x,
    kind,
    unit,
    mult,
    scale: mult !== 1 ? mult : null,
    value: x.sign * scaledValue(x.m, x.dec, mult),
    hasCurrency: kind === 'money',
  };
}
