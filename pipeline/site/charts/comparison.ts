/**
 * One chart per group of comparable figures (charts/groups.ts): what each source says of the
 * same thing, side by side. A row per figure: its interval as a band, a dot at the figure as
 * stated (a qualitative share — "the overwhelming majority" — has only its definitional
 * bounds, so no dot), the figure's words above and who says so below. Where all the intervals
 * share a stretch, that stretch is shaded across the rows: the overlap is where the sources
 * can all be right; where there is none, they disagree.
 */
import * as Plot from '@observablehq/plot';
import { QUALITATIVE_SHARES, type Bounds } from '../../normalize/corroborate.js';
import type { SiteContext } from '../context.js';
import { formatNumber, formatPeriod } from '../format.js';
import { linker, paths } from '../links.js';
import { attributionText, figureText, pointValue } from '../phrase.js';
import { CHART_WIDTH, chartSvg, COLORS, distinct, type Chart } from './chart.js';
import { memberId, type ComparableGroup, type Member } from './groups.js';
import { axisUnit, valueCeiling } from './series.js';

const ROW = 72;
const OVERLAP = '#2a7f62';

export interface Item {
  id: string;
  table: 'observations' | 'claims';
  source: string;
  /** The figure in words, with its period or its source's date. */
  figure: string;
  /** Who says so and where: "two senior … officials · publisher, 2024-04-12". */
  by: string;
  attribution: string;
  /** In the axis' unit; null ends are open. */
  low: number | null;
  high: number | null;
  value: number | null;
  href: string;
}

/** The stretch every interval covers, or undefined when there is none (open ends reach out). */
export function commonOverlap(items: readonly Pick<Item, 'low' | 'high'>[]): { low: number; high: number } | undefined {
  const low = Math.max(...items.map((i) => i.low ?? -Infinity));
  const high = Math.min(...items.map((i) => i.high ?? Infinity));
  return low <= high && Number.isFinite(low) && Number.isFinite(high) ? { low, high } : undefined;
}

export function comparisonSlug(group: ComparableGroup): string {
  return `compare-${memberId(group.members[0]!)}`;
}

/** The unit the group is drawn in: its observations', percent for qualitative shares alone. */
function groupUnit(group: ComparableGroup): string {
  const o = group.members.find((m) => m.table === 'observations');
  return o?.table === 'observations' ? o.row.unit : 'percent';
}

function item(ctx: SiteContext, m: Member, factor: number): Item | undefined {
  const at = linker(paths.index);
  const s = ctx.source(m.row.source_id);
  const where = s
    ? `${s.publisher ?? 'publisher not verified'}, ${s.published ?? s.published_inferred ?? 'date unknown'}`
    : m.row.source_id;
  if (m.table === 'observations') {
    const o = m.row;
    const attribution = attributionText(o);
    return {
      id: o.observation_id,
      table: 'observations',
      source: o.source_id,
      figure: `${figureText(o)}, ${formatPeriod(o.period)}`,
      by: `${attribution} · ${where}`,
      attribution,
      low: o.value_low === null ? null : o.value_low / factor,
      high: o.value_high === null ? null : o.value_high / factor,
      value: pointValue(o) / factor,
      href: at.source(o.source_id, o.observation_id),
    };
  }
  const c = m.row;
  const q = QUALITATIVE_SHARES.find((x) => x.share === c.share);
  if (!q) return undefined;
  const bounds: Bounds = q.bounds;
  const attribution = ctx.entity(c.claimant)?.name ?? c.claimant;
  return {
    id: c.claim_id,
    table: 'claims',
    source: c.source_id,
    figure: `${q.words}, said ${s?.published ?? s?.published_inferred ?? 'undated'}`,
    by: `${attribution} · ${where}`,
    attribution,
    low: bounds.low,
    high: bounds.high,
    value: null,
    href: at.table('claims', c.claim_id),
  };
}

/** "Microelectronics from China to Russia: what 2 sources say". */
function comparisonTitle(ctx: SiteContext, group: ComparableGroup, sources: number): string {
  const m = group.members[0]!;
  const [product, partner, reporter] =
    m.table === 'observations'
      ? [m.row.product, m.row.partner, m.row.reporter]
      : [m.row.goods ?? 'goods', m.row.supplier[0] ?? '', m.row.recipient];
  const label = ctx.goods(product)?.label ?? product;
  const from = partner === 'WLD' || partner === '' ? '' : ` from ${ctx.countryName(partner)}`;
  return `${label}${from} to ${ctx.countryName(reporter)}: what ${sources} sources say`;
}

export function comparisonChart(ctx: SiteContext, group: ComparableGroup, slug = comparisonSlug(group)): Chart | undefined {
  const unit = groupUnit(group);
  const drawable = group.members.filter((m) => m.table === 'claims' || m.row.unit === unit);
  const largest = Math.max(
    ...drawable.map((m) => (m.table === 'observations' ? Math.max(pointValue(m.row), m.row.value_high ?? m.row.value_low ?? 0) : 100)),
  );
  const { factor, label } = axisUnit(unit, largest);
  const items = drawable.map((m) => item(ctx, m, factor)).filter((i): i is Item => i !== undefined);
  const sources = distinct(items.map((i) => i.source));
  if (sources.length < 2) return undefined;
  const top = unit === 'percent' ? 100 : valueCeiling(unit, largest / factor);
  const overlap = commonOverlap(items);
  const rows = items.map((i) => ({ ...i, from: i.low ?? 0, to: i.high ?? top, open: i.high === null }));
  type R = (typeof rows)[number];
  const title = comparisonTitle(ctx, group, sources.length);
  const disagree = group.disagree || overlap === undefined;
  const svg = chartSvg(slug, title, {
    width: CHART_WIDTH,
    height: 34 + 16 + ROW * rows.length,
    marginLeft: 14,
    marginRight: 14,
    marginTop: 16,
    marginBottom: 34,
    style: { fontSize: '12px' },
    x: { domain: [0, top], label: label === '%' ? 'Share (%)' : label, grid: true, ticks: 5, labelAnchor: 'center' },
    y: { domain: rows.map((r) => r.id), axis: null, padding: 0.62 },
    marks: [
      ...(overlap
        ? [
            Plot.rectX([overlap], { x1: 'low', x2: 'high', fill: OVERLAP, fillOpacity: 0.12 }),
            Plot.ruleX([overlap.low, overlap.high], { stroke: OVERLAP, strokeDasharray: '3 3' }),
          ]
        : []),
      Plot.ruleY(rows, { y: 'id', x1: 'from', x2: 'to', stroke: COLORS.interval, strokeOpacity: 0.35, strokeWidth: 12 }),
      Plot.arrow(
        rows.filter((r) => r.open),
        { y: 'id', x1: (r: R) => r.value ?? r.from, x2: top, stroke: COLORS.interval, strokeWidth: 1.5, headLength: 8 },
      ),
      Plot.dot(
        rows.filter((r) => r.value !== null),
        { y: 'id', x: 'value', r: 5, fill: COLORS.china, stroke: 'white', strokeWidth: 1.5, href: 'href', title: 'figure' },
      ),
      Plot.text(rows, {
        y: 'id',
        frameAnchor: 'left',
        text: 'figure',
        textAnchor: 'start',
        dy: -17,
        fontWeight: 'bold',
        href: 'href',
        lineWidth: 31,
        textOverflow: 'ellipsis',
      }),
      Plot.text(rows, {
        y: 'id',
        frameAnchor: 'left',
        text: 'by',
        textAnchor: 'start',
        dy: 17,
        fill: '#555',
        lineWidth: 34,
        fontSize: 11,
        textOverflow: 'ellipsis',
      }),
    ],
  });
  const words = (i: Item) => `${i.figure} — ${i.by}`;
  const span = overlap && `${formatNumber(overlap.low)}–${formatNumber(overlap.high)}${unit === 'percent' ? '%' : ` ${label}`}`;
  return {
    slug,
    title,
    svg,
    sources,
    attributions: distinct(items.map((i) => i.attribution)),
    attributionLead: 'As attributed there',
    rows: items.map((i) => ({ table: i.table, id: i.id })),
    note: `A row per source: the band is the figure’s interval (a qualitative share such as “the overwhelming majority” has only the bounds its words define, so no dot); an arrow is an open upper end. ${
      span
        ? `The green stretch (${span}) lies inside every interval: there the sources can all be right.`
        : 'The intervals share no stretch: the sources disagree.'
    }${disagree && span ? ' The corroborations table marks a pair of them as disagreeing.' : ''} Each figure links to its sentence.`,
    alt: [...items.map((i) => `${words(i)}.`), span ? `Overlap of all intervals: ${span}.` : 'The intervals do not overlap.'],
  };
}
