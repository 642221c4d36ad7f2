/**
 * Observations in words, keeping the hedge: "about 90% (85–95%) of Russia’s microelectronics
 * imports came from China, 2023". Generated from the row (value, hedge, interval, indicator,
 * goods, countries), never hand-written, so a corrected row corrects its card and chart text.
 */
import type { ObservationsRow, SourcesRow } from '../model/index.js';
import type { SiteContext } from './context.js';
import { formatInterval, formatPeriod, formatValue } from './format.js';

const HEDGE_WORD: Record<ObservationsRow['hedge'], string> = {
  exact: '',
  approximately: 'about',
  at_most: 'nearly',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  up_to: 'up to',
  range: '',
};

export type Measure = 'level' | 'share' | 'growth' | 'count';

/** What the row's indicator measures; for an indicator the package lacks, what its unit suggests. */
export function measureOf(ctx: SiteContext, o: ObservationsRow): Measure {
  const m = ctx.indicator(o.indicator)?.measure;
  if (m) return m;
  if (o.unit === 'percent') return 'share';
  if (o.unit === 'ratio') return 'growth';
  return 'level';
}

/** Whether the row's indicator is about imports: a share of supply is not a share of imports. */
export function aboutImports(ctx: SiteContext, o: ObservationsRow): boolean {
  return /import/i.test(`${o.indicator} ${ctx.indicator(o.indicator)?.label ?? ''}`);
}

type Figure = Pick<ObservationsRow, 'value' | 'unit' | 'hedge' | 'value_low' | 'value_high' | 'method'>;

/** The bound a one-sided hedge speaks of: "more than X" is about the interval's lower end. */
const LOWER: ReadonlySet<ObservationsRow['hedge']> = new Set(['more_than', 'at_least']);
const UPPER: ReadonlySet<ObservationsRow['hedge']> = new Set(['less_than', 'up_to']);

/**
 * The value to state and draw a point at. A one-sided hedge states its bound, which for a
 * derived row differs from the computed value: $500 million / about $200 million (150–250) is
 * 2.5 computed, but the interval supports only "more than 2×". Otherwise the stated or derived
 * value; for a range, which states none, its midpoint.
 */
export function pointValue(o: Figure): number {
  if (LOWER.has(o.hedge) && o.value_low !== null) return o.value_low;
  if (UPPER.has(o.hedge) && o.value_high !== null) return o.value_high;
  if (o.value !== null) return o.value;
  if (o.value_low !== null && o.value_high !== null) return (o.value_low + o.value_high) / 2;
  return o.value_low ?? o.value_high ?? 0;
}

/** Whether the figure is given only as a range (no value of its own). */
const isBareRange = (o: Figure) =>
  o.value_low !== null && o.value_high !== null && (o.value === null || (o.hedge === 'range' && o.method === 'curated'));

/** The stated figure with its hedge word: "about 90%", "more than $500 million", "$200–300 million". */
export function hedgedValue(o: Figure): string {
  if (isBareRange(o)) return formatInterval(o.value_low!, o.value_high!, o.unit, pointValue(o));
  const word = HEDGE_WORD[o.hedge];
  const v = formatValue(pointValue(o), o.unit);
  return word ? `${word} ${v}` : v;
}

/** The interval when it adds something to the hedge: "85–95%" for "about 90%"; '' otherwise. */
export function intervalText(o: Figure): string {
  if (o.value_low === null || o.value_high === null || o.value_low === o.value_high) return '';
  if (isBareRange(o)) return '';
  return formatInterval(o.value_low, o.value_high, o.unit, pointValue(o));
}

/** "about 90% (85–95%)". */
export function figureText(o: Figure): string {
  const interval = intervalText(o);
  return interval ? `${hedgedValue(o)} (${interval})` : hedgedValue(o);
}

export interface ObservationWords {
  /** Words before the figure ("Russia imported "), the hedged figure, its interval, words after. */
  before: string;
  figure: string;
  interval: string;
  after: string;
  /** The whole: "about 90% (85–95%) of Russia’s microelectronics imports came from China, 2023". */
  statement: string;
  /** "two senior Biden administration officials", or "derived: share × total". */
  attribution: string;
}

/** The statement around the figure, by what the indicator measures ("imports of X" reads right for any label). */
export function describeObservation(o: ObservationsRow, ctx: SiteContext): ObservationWords {
  const reporter = ctx.countryName(o.reporter);
  const partner = o.partner === 'WLD' ? '' : ctx.countryName(o.partner);
  const product = ctx.productName(o.product);
  const period = formatPeriod(o.period);
  const indicator = ctx.indicator(o.indicator);
  const measure = measureOf(ctx, o);
  const imports = aboutImports(ctx, o);
  let before: string;
  let after: string;
  if (measure === 'share' && o.unit === 'percent') {
    before = '';
    after = ` of ${reporter}’s ${imports ? `imports of ${product}` : product} came from ${partner || 'all partners'}, ${period}`;
  } else if (measure === 'level' && imports) {
    before = `${reporter} imported `;
    after = ` of ${product}${partner ? ` from ${partner}` : ''} in ${period}`;
  } else if (measure === 'growth' && imports && o.unit === 'ratio') {
    before = `${reporter}’s imports of ${product}${partner ? ` from ${partner}` : ''} in ${period} were `;
    after = ' those of the year before';
  } else {
    before = `${indicator?.label ?? o.indicator}, ${reporter}${partner ? ` from ${partner}` : ''}, ${product}, ${period}: `;
    after = '';
  }
  const figure = hedgedValue(o);
  const interval = intervalText(o);
  return { before, figure, interval, after, statement: `${before}${figureText(o)}${after}`, attribution: attributionText(o) };
}

/** Who says so; a derived row says that it is derived, and from whose figures. */
export function attributionText(o: ObservationsRow): string {
  if (o.method === 'derived')
    return o.attributed_to ? `derived here from figures attributed to ${o.attributed_to}` : 'derived here from other rows';
  return o.attributed_to ?? 'attribution not stated';
}

/** Where a source stands, briefly: "publisher not verified, 2024-04-12 (date inferred)". */
export function sourceStanding(s: SourcesRow): string {
  const who = s.publisher ?? 'publisher not verified';
  const when = s.published ?? (s.published_inferred ? `${s.published_inferred} (date inferred)` : 'date unknown');
  return `${who}, ${when}`;
}
