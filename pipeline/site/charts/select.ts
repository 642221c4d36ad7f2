/**
 * Picking the rows a chart draws. Charts select by meaning (what the indicator measures,
 * which countries, which goods) rather than by exact ids, so they keep working whatever slugs
 * the curated vocabulary settles on ("machine-tools" or "machine-tools-cnc", "import-share" or
 * "share-of-imports").
 */
import type { ObservationsRow } from '../../model/index.js';
import { isCurrencyUnit } from '../../model/units.js';
import type { SiteContext } from '../context.js';
import { measureOf, type Measure } from '../phrase.js';

/** Whether the row's goods id or label matches `pattern`. */
function productMatches(ctx: SiteContext, o: ObservationsRow, pattern: RegExp): boolean {
  return pattern.test(o.product) || pattern.test(ctx.goods(o.product)?.label ?? '');
}

export interface RowQuery {
  measure?: Measure;
  reporter?: string;
  partner?: string;
  product?: RegExp;
  currency?: boolean;
}

/** Rows matching the query, in the table's order (the build sorts tables, so this is stable). */
export function selectObservations(ctx: SiteContext, q: RowQuery): ObservationsRow[] {
  return ctx.pkg.tables.observations.filter(
    (o) =>
      (q.measure === undefined || measureOf(ctx, o) === q.measure) &&
      (q.reporter === undefined || o.reporter === q.reporter) &&
      (q.partner === undefined || o.partner === q.partner) &&
      (q.product === undefined || productMatches(ctx, o, q.product)) &&
      (q.currency === undefined || isCurrencyUnit(o.unit) === q.currency),
  );
}
