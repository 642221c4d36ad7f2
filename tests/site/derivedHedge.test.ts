/**
 * A derived figure's words state what its interval supports (issue 13, item 3): "more than X"
 * only when every value of the interval is above X, "about X" only when X is inside it, for every
 * hedge shape interval arithmetic can produce from curated operands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationsRow } from '../../pipeline/model/index.js';
import { add, div, hedgeInterval, hedgeOf, inclusivity, mul, sub, type Interval } from '../../pipeline/normalize/interval.js';
import { formatValue } from '../../pipeline/site/format.js';
import { hedgedValue, pointValue } from '../../pipeline/site/phrase.js';

type Hedge = ObservationsRow['hedge'];
const CURATED: Hedge[] = ['exact', 'approximately', 'at_most', 'more_than', 'at_least', 'less_than', 'up_to'];

/** A curated figure's interval, as normalize makes it from a stated value and hedge. */
function curated(value: number, hedge: Hedge): Interval {
  const { low, high } = hedgeInterval(value, hedge);
  return { value, low, high, ...inclusivity(hedge, low, high) };
}

function derivedRow(iv: Interval) {
  return { value: iv.value, unit: 'ratio', hedge: hedgeOf(iv), value_low: iv.low, value_high: iv.high, method: 'derived' as const };
}

/** Whether "<hedge word> n" is true of every value in the interval. */
function supported(hedge: Hedge, n: number, iv: Interval): boolean {
  const { low, high } = iv;
  switch (hedge) {
    case 'more_than':
      return low !== null && n <= low && (n < low || iv.lowInclusive === false);
    case 'at_least':
      return low !== null && n <= low;
    case 'less_than':
      return high !== null && n >= high && (n > high || iv.highInclusive === false);
    case 'up_to':
    case 'at_most':
      return high !== null && n >= high;
    case 'exact':
      return low === n && high === n;
    case 'approximately':
    case 'range':
      return (low === null || low <= n) && (high === null || n <= high);
  }
}

describe('a derived figure in words', () => {
  it('says "more than 2×" for more than $500 million over about $200 million (150–250), not "more than 2.5×"', () => {
    const iv = div(curated(500e6, 'more_than'), { value: 200e6, low: 150e6, high: 250e6, lowInclusive: true, highInclusive: true });
    const row = derivedRow(iv);
    expect([row.value, row.hedge, row.value_low]).toEqual([2.5, 'more_than', 2]);
    expect(hedgedValue(row)).toBe('more than 2×');
  });
  it('states only what the interval supports, for every hedge shape a formula makes', () => {
    const operand = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1, 1e3, 1e6), fc.constantFrom(...CURATED))
      .map(([v, scale, hedge]) => curated(v * scale, hedge));
    const op = fc.constantFrom(add, sub, mul, div);
    fc.assert(
      fc.property(operand, operand, op, (a, b, f) => {
        const iv = f(a, b);
        const row = derivedRow(iv);
        const n = pointValue(row);
        expect(supported(row.hedge, n, iv), `${row.hedge} ${n} of ${JSON.stringify(iv)}`).toBe(true);
        if (row.hedge !== 'range' && row.value !== null) expect(hedgedValue(row).endsWith(formatValue(n, 'ratio'))).toBe(true);
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
