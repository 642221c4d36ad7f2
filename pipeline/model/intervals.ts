/**
 * The interval policy (docs/interval-policy.md): a hedge turns a stated value
 * into value_low..value_high, with h = half the unit of the last significant digit as
 * written (90 → 5; 900 million → 50 million; 1.5 billion → 0.05 billion; 12 → 0.5).
 */
import { POW10, scaledValue, trailingZeros } from '../core/decimal.js';
import type { MentionsRow } from '../types/tables.js';

type Hedge = MentionsRow['hedge'];

export interface Interval {
  low: number | null;
  high: number | null;
}

/** v − h and v + h for a number written as m/10^dec, times scale, computed exactly. */
export function halfUnitBounds(m: number, dec: number, scale: number): { below: number; above: number } {
  const t = dec > 0 ? 0 : trailingZeros(m);
  const half = 5 * (POW10[t] ?? 10 ** t);
  return { below: scaledValue(10 * m - half, dec + 1, scale), above: scaledValue(10 * m + half, dec + 1, scale) };
}

/**
 * The interval a hedge implies around `value`, given v − h and v + h.
 * `nonNegative`: the quantity cannot go below 0, so "less than"/"up to" start at 0, not null.
 */
export function hedgeInterval(hedge: Hedge, value: number, below: number, above: number, nonNegative: boolean): Interval {
  switch (hedge) {
    case 'exact':
      return { low: value, high: value };
    case 'approximately':
      return { low: nonNegative ? Math.max(0, below) : below, high: above };
    case 'at_most':
      return { low: nonNegative ? Math.max(0, below) : below, high: value };
    case 'more_than':
    case 'at_least':
      return { low: value, high: null };
    case 'less_than':
    case 'up_to':
      return { low: nonNegative ? 0 : null, high: value };
    case 'range':
      return { low: value, high: value };
  }
}
