/**
 * Intervals for hedged figures (docs/interval-policy.md) and interval arithmetic
 * for derived figures. A bound of null is unbounded; each bound says whether it is included
 * ("over $500 million" excludes 500 million).
 */
import type { Hedge } from '../extract/index.js';
import { hedgeInterval as policyInterval } from '../model/intervals.js';

export interface Interval {
  /** Point value; null for a range or when an input has none. */
  value: number | null;
  low: number | null;
  high: number | null;
  lowInclusive: boolean | null;
  highInclusive: boolean | null;
}

/** Half the unit of the last significant digit: 90 → 5, 900 million → 50 million, 1.5 → 0.05. */
export function halfUnit(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0.5;
  const [mant, exp] = Math.abs(value).toExponential().split('e') as [string, string];
  const decimals = (mant.split('.')[1] ?? '').length;
  return tidy(0.5 * 10 ** (Number(exp) - decimals));
}

/** Which bounds are included, by hedge: only `more_than` and `less_than` exclude theirs. */
export function inclusivity(hedge: Hedge, low: number | null, high: number | null): Pick<Interval, 'lowInclusive' | 'highInclusive'> {
  return {
    lowInclusive: low === null ? null : hedge !== 'more_than',
    highInclusive: high === null ? null : hedge !== 'less_than',
  };
}

/**
 * The policy interval of a stated value and hedge (used when a curator overrides the mention):
 * the extractor's rule (pipeline/extract/intervals.ts), given v ± h of the value as written.
 */
export function hedgeInterval(value: number, hedge: Hedge): { low: number | null; high: number | null } {
  const h = halfUnit(value);
  return policyInterval(hedge, value, tidy(value - h), tidy(value + h), value >= 0);
}

/**
 * Drops binary floating-point artefacts (0.7 * 900e6 = 629999999.9999999) by rounding to
 * 12 significant digits; derived figures are estimates, far coarser than that.
 */
function tidy(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

interface Bound {
  v: number; // ±Infinity when unbounded
  inc: boolean;
}

const lowOf = (a: Interval): Bound => (a.low === null ? { v: -Infinity, inc: false } : { v: a.low, inc: a.lowInclusive ?? true });
const highOf = (a: Interval): Bound => (a.high === null ? { v: Infinity, inc: false } : { v: a.high, inc: a.highInclusive ?? true });

function make(value: number | null, lo: Bound, hi: Bound): Interval {
  const finite = (b: Bound) => Number.isFinite(b.v);
  return {
    value: value === null ? null : tidy(value),
    low: finite(lo) ? tidy(lo.v) : null,
    high: finite(hi) ? tidy(hi.v) : null,
    lowInclusive: finite(lo) ? lo.inc : null,
    highInclusive: finite(hi) ? hi.inc : null,
  };
}

const point = (a: number | null, b: number | null, f: (x: number, y: number) => number): number | null =>
  a === null || b === null ? null : f(a, b);

export function constant(x: number): Interval {
  return { value: x, low: x, high: x, lowInclusive: true, highInclusive: true };
}

export function add(a: Interval, b: Interval): Interval {
  const lo = lowOf(a);
  const lo2 = lowOf(b);
  const hi = highOf(a);
  const hi2 = highOf(b);
  return make(
    point(a.value, b.value, (x, y) => x + y),
    { v: lo.v + lo2.v, inc: lo.inc && lo2.inc },
    { v: hi.v + hi2.v, inc: hi.inc && hi2.inc },
  );
}

export function negate(a: Interval): Interval {
  const lo = lowOf(a);
  const hi = highOf(a);
  return make(a.value === null ? null : -a.value, { v: -hi.v, inc: hi.inc }, { v: -lo.v, inc: lo.inc });
}

export function sub(a: Interval, b: Interval): Interval {
  return add(a, negate(b));
}

/** Product of two bounds; 0 × ∞ is 0 (an unbounded factor times an exact zero). */
function times(x: Bound, y: Bound): Bound {
  if (x.v === 0 || y.v === 0) return { v: 0, inc: (x.v === 0 && x.inc) || (y.v === 0 && y.inc) || (x.inc && y.inc) };
  return { v: x.v * y.v, inc: x.inc && y.inc };
}

/** Smallest (or largest) candidate; ties are included if any tied candidate is. */
function extreme(cands: Bound[], pick: 'min' | 'max'): Bound {
  const v = pick === 'min' ? Math.min(...cands.map((c) => c.v)) : Math.max(...cands.map((c) => c.v));
  return { v, inc: cands.some((c) => c.v === v && c.inc) };
}

function mulBounds(al: Bound, ah: Bound, bl: Bound, bh: Bound): [Bound, Bound] {
  const cands = [times(al, bl), times(al, bh), times(ah, bl), times(ah, bh)];
  return [extreme(cands, 'min'), extreme(cands, 'max')];
}

export function mul(a: Interval, b: Interval): Interval {
  const [lo, hi] = mulBounds(lowOf(a), highOf(a), lowOf(b), highOf(b));
  return make(
    point(a.value, b.value, (x, y) => x * y),
    lo,
    hi,
  );
}

/** Whether 0 lies in the interval (so it cannot be a divisor). */
export function containsZero(a: Interval): boolean {
  const lo = lowOf(a);
  const hi = highOf(a);
  return (lo.v < 0 || (lo.v === 0 && lo.inc)) && (hi.v > 0 || (hi.v === 0 && hi.inc));
}

/** 1/x for a bound of an interval on one side of 0: 1/±∞ → 0 (excluded), 1/0 → ±∞. */
function reciprocal(x: Bound, infinity: number): Bound {
  if (!Number.isFinite(x.v)) return { v: 0, inc: false };
  if (x.v === 0) return { v: infinity, inc: false };
  return { v: 1 / x.v, inc: x.inc };
}

/** a / b = a × [1/high(b), 1/low(b)]; the caller checks containsZero(b) first. */
export function div(a: Interval, b: Interval): Interval {
  const [lo, hi] = mulBounds(lowOf(a), highOf(a), reciprocal(highOf(b), -Infinity), reciprocal(lowOf(b), Infinity));
  // The point value is divided directly: 500e6 / 200e6, not 500e6 × (1 / 200e6).
  return make(
    point(a.value, b.value, (x, y) => (y === 0 ? NaN : x / y)),
    lo,
    hi,
  );
}

/**
 * The hedge a derived interval reads as: exact when it is a point, more_than/at_least when only
 * bounded below, less_than/up_to when only bounded above, at_most when the value is its upper
 * end, approximately for any other two-sided interval, range when there is no point value.
 */
export function hedgeOf(i: Interval): Hedge {
  if (i.value === null) return 'range';
  if (i.low !== null && i.high === null) return i.lowInclusive ? 'at_least' : 'more_than';
  if (i.low === null && i.high !== null) return i.highInclusive ? 'up_to' : 'less_than';
  if (i.low === null && i.high === null) return 'approximately';
  if (i.low === i.high) return 'exact';
  if (i.value === i.high) return 'at_most';
  return 'approximately';
}
