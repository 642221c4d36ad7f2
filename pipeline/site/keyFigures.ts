/**
 * Which observations the index shows as key figures, by rule rather than by id, so the
 * choice stays right as sources are added (docs/site.md):
 *
 * 1. Figures read from a source (curated) only; derived figures are in the tables and charts.
 * 2. Of each series (indicator, reporter, partner, product, unit), only its latest period;
 *    every source's figure for that period is kept, since they are different statements.
 * 3. China's figures first (China or Hong Kong as reporter or partner): the dataset is about
 *    China's supplies, and other suppliers' figures are kept as context (docs/curation.md).
 * 4. Newest first: by period end, then period start, descending; ties by id.
 * 5. At most MAX_CARDS; the rest are a link away, in the observations table.
 */
import { byCodeUnit } from '../core/order.js';
import type { ObservationsRow } from '../model/index.js';
import { seriesKey } from './charts/groups.js';

/** China and Hong Kong, whose figures the index leads with. */
const CHINA = new Set(['CHN', 'HKG']);
const isChina = (o: ObservationsRow): boolean => CHINA.has(o.reporter) || CHINA.has(o.partner);

/** At most this many cards. */
export const MAX_CARDS = 12;

export function keyFigures(observations: readonly ObservationsRow[], max = MAX_CARDS): ObservationsRow[] {
  const curated = observations.filter((o) => o.method === 'curated');
  const latest = new Map<string, string>();
  for (const o of curated) {
    const k = seriesKey(o);
    const seen = latest.get(k);
    if (seen === undefined || byCodeUnit(o.period_end, seen) > 0) latest.set(k, o.period_end);
  }
  return curated
    .filter((o) => o.period_end === latest.get(seriesKey(o)))
    .sort(
      (a, b) =>
        Number(isChina(b)) - Number(isChina(a)) ||
        byCodeUnit(b.period_end, a.period_end) ||
        byCodeUnit(b.period_start, a.period_start) ||
        byCodeUnit(a.observation_id, b.observation_id),
    )
    .slice(0, max);
}
