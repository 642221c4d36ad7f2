/**
 * Building mentions during the scan. Each mention is created once, in its final shape;
 * its sentence and period, which need the whole text, are filled in afterwards (index.ts).
 * A year or period mention also has its own period spec, kept beside it (Found.own).
 */
import { halfUnitBounds, hedgeInterval } from '../model/intervals.js';
import type { Hedge, Mention, MentionKind } from './mention.js';
import type { Quantity } from './parseQuantity.js';
import type { PeriodSpec } from '../model/periodSpec.js';

/** A mention as the scan finds it, with the period it states itself (years, periods). */
export interface Found {
  mention: Mention;
  own: PeriodSpec | null;
}

export function newMention(
  text: string,
  start: number,
  end: number,
  kind: MentionKind,
  value: number | null,
  unit: string | null,
  scale: number | null,
  hedge: Hedge,
  low: number | null,
  high: number | null,
): Mention {
  // every field set here, in schema order, so all mentions share one shape
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value,
    unit,
    scale,
    hedge,
    value_low: low,
    value_high: high,
    period: null,
    sentence: 0,
  };
}

/** v − h and v + h of a quantity (fractions: ± 5 points). */
export function quantityBounds(q: Quantity): { below: number; above: number } {
  if (q.fixedH !== null) return { below: q.value - q.fixedH, above: q.value + q.fixedH };
  const b = halfUnitBounds(q.m, q.dec, q.mult);
  return q.sign < 0 ? { below: -b.above, above: -b.below } : b;
}

/** A single (non-range) quantity with its hedge. */
export function quantityFound(text: string, q: Quantity, start: number, end: number, hedge: Hedge): Found {
  const { below, above } = quantityBounds(q);
  const nonNegative = q.unit !== 'percentage_points' && q.value >= 0;
  const { low, high } = hedgeInterval(hedge, q.value, below, above, nonNegative);
  return { mention: newMention(text, start, end, q.kind, q.value, q.unit, q.scale, hedge, low, high), own: null };
}

/** A range X–Y: value null, the ends as the interval. */
export function rangeFound(
  text: string,
  start: number,
  end: number,
  kind: MentionKind,
  unit: string | null,
  scale: number | null,
  low: number,
  high: number,
): Found {
  return { mention: newMention(text, start, end, kind, null, unit, scale, 'range', low, high), own: null };
}

/**
 * A year or period mention: no interval; its period is `own`. A year keeps its number as
 * value (2023); a period has none.
 */
export function periodFound(
  text: string,
  start: number,
  end: number,
  kind: 'year' | 'period',
  own: PeriodSpec,
  value: number | null = null,
): Found {
  return { mention: newMention(text, start, end, kind, value, null, null, 'exact', null, null), own };
}
