/**
 * A mention while the scan runs: everything but its sentence and period hint, which need
 * the whole text (index.ts). Builders apply the interval policy (intervals.ts).
 */
import { halfUnitBounds, hedgeInterval } from './intervals.js';
import type { Hedge, MentionKind } from './mention.js';
import type { Quantity } from './parseQuantity.js';
import type { PeriodSpec } from './periodSpec.js';

export interface Draft {
  start: number;
  end: number;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  scale: number | null;
  hedge: Hedge;
  value_low: number | null;
  value_high: number | null;
  /** A year or period mention's own period. */
  own: PeriodSpec | null;
}

/** v − h and v + h of a quantity (fractions: ± 5 points). */
export function quantityBounds(q: Quantity): { below: number; above: number } {
  if (q.fixedH !== null) return { below: q.value - q.fixedH, above: q.value + q.fixedH };
  return halfUnitBounds(q.m, q.dec, q.mult);
}

/** A single (non-range) quantity with its hedge. */
export function quantityDraft(q: Quantity, start: number, end: number, hedge: Hedge): Draft {
  const { below, above } = quantityBounds(q);
  const nonNegative = q.unit !== 'percentage_points' && q.value >= 0;
  const { low, high } = hedgeInterval(hedge, q.value, below, above, nonNegative);
  return { start, end, kind: q.kind, value: q.value, unit: q.unit, scale: q.scale, hedge, value_low: low, value_high: high, own: null };
}

/** A range X–Y: value null, the ends as the interval. */
export function rangeDraft(start: number, end: number, kind: MentionKind, unit: string | null, scale: number | null, low: number, high: number): Draft {
  return { start, end, kind, value: null, unit, scale, hedge: 'range', value_low: low, value_high: high, own: null };
}

/** A year or period mention: no value or interval of its own; its period is `own`. */
export function periodDraft(start: number, end: number, kind: 'year' | 'period', own: PeriodSpec): Draft {
  return { start, end, kind, value: null, unit: null, scale: null, hedge: 'exact', value_low: null, value_high: null, own };
}
