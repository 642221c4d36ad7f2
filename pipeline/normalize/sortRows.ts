/**
 * Deterministic row order: by the manifest's sortBy columns, nulls last, strings by code unit,
 * so the published files never depend on the order annotations or sources were read in.
 */
import { byCodeUnit } from '../core/order.js';

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byCodeUnit(String(a), String(b));
}

export function sortRows<T extends object>(rows: T[], by: readonly string[]): T[] {
  return [...rows].sort((x, y) => {
    for (const k of by) {
      const c = compareValues((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}
