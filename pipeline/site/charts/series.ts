/**
 * One chart per series (charts/groups.ts): the figures of one indicator, reporter, partner and
 * product over time. Each figure's interval is a band over its period (the hedge's low..high);
 * an open upper end ("over $500 million") runs to the top of the chart and ends in an arrow.
 * Each point links to its sentence in its source (a derived figure: to how it is derived).
 */
import * as Plot from '@observablehq/plot';
import type { ObservationsRow } from '../../model/index.js';
import { isCountNoun, isCurrencyUnit } from '../../model/units.js';
import type { SiteContext } from '../context.js';
import { currencyAxisUnit, formatPeriod, nounOf, scaleOf } from '../format.js';
import { linker, paths } from '../links.js';
import { figureText, pointValue } from '../phrase.js';
import { CHART_WIDTH, chartSvg, COLORS, drawnRows, type Chart } from './chart.js';
import type { Series } from './groups.js';

const DAY = 86_400_000;
/** Labels at the ends sit beside their point, clear of its arrow. */
const NUDGE = { start: 6, middle: 0, end: -6 } as const;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A slug made of the series' key: stable as long as the series' defining fields are. */
export function seriesSlug(series: Series): string {
  return `series-${series.key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** How values read on the axis: "US$ million" for money in millions, "%" for percent. */
export function axisUnit(unit: string, largest: number): { factor: number; label: string } {
  if (isCurrencyUnit(unit)) {
    const [factor, word] = scaleOf(largest) ?? [1, ''];
    return { factor, label: currencyAxisUnit(unit, word) };
  }
  if (unit === 'percent') return { factor: 1, label: '%' };
  return { factor: 1, label: unit };
}

/** The top of the value axis: room above the highest bound, and never past 100%. */
export function valueCeiling(unit: string, highest: number): number {
  const top = highest * 1.25 || 1;
  return unit === 'percent' ? Math.min(100, top) : top;
}

/** A series is keyed by its unit too, so counts of one product in different nouns ("containers", "artillery-shells") name it. */
export function seriesTitle(ctx: SiteContext, o: ObservationsRow): string {
  const indicator = ctx.indicator(o.indicator)?.label ?? o.indicator;
  const partner = o.partner === 'WLD' ? 'all partners' : ctx.countryName(o.partner);
  const noun = isCountNoun(o.unit) ? ` (${nounOf(o.unit)})` : '';
  return `${indicator}: ${ctx.countryName(o.reporter)} and ${partner}, ${ctx.productName(o.product)}${noun}, over time`;
}

export function seriesChart(ctx: SiteContext, series: Series, slug = seriesSlug(series)): Chart {
  const rows = series.rows;
  const first = rows[0]!;
  const at = linker(paths.index);
  const highest = Math.max(...rows.map((o) => Math.max(pointValue(o), o.value_high ?? o.value_low ?? 0)));
  const { factor, label } = axisUnit(first.unit, highest);
  const top = valueCeiling(first.unit, highest / factor);
  const data = rows.map((o) => {
    const start = utc(o.period_start);
    const end = new Date(utc(o.period_end).getTime() + DAY);
    return {
      start,
      end,
      mid: new Date((start.getTime() + end.getTime()) / 2),
      value: pointValue(o) / factor,
      low: (o.value_low ?? 0) / factor,
      high: o.value_high === null ? top : o.value_high / factor,
      open: o.value_high === null,
      derived: o.method === 'derived',
      text: figureText(o),
      period: formatPeriod(o.period),
      href: at.source(o.source_id, o.observation_id),
    };
  });
  type D = (typeof data)[number];
  const last = data.length - 1;
  // Labels at the ends of the time axis lean inwards so they are not cut off.
  const anchor = (_: D, i: number) => (i === 0 && last > 0 ? 'start' : i === last && last > 0 ? 'end' : 'middle');
  const title = seriesTitle(ctx, first);
  const svg = chartSvg(slug, title, {
    width: CHART_WIDTH,
    height: 250,
    marginLeft: 44,
    marginRight: 14,
    marginTop: 28,
    marginBottom: 34,
    style: { fontSize: '12px' },
    x: { type: 'utc', label: null, ticks: 4, inset: 6 },
    y: { domain: [0, top], label: label, grid: true, ticks: 5 },
    marks: [
      Plot.rect(data, { x1: 'start', x2: 'end', y1: 'low', y2: 'high', fill: COLORS.interval, fillOpacity: 0.16 }),
      Plot.line(data, { x: 'mid', y: 'value', stroke: COLORS.china, strokeWidth: 1.5, strokeDasharray: '4 3' }),
      Plot.arrow(
        data.filter((d) => d.open),
        { x: 'mid', y1: 'value', y2: top, stroke: COLORS.interval, strokeWidth: 1.5, headLength: 8 },
      ),
      Plot.dot(data, {
        x: 'mid',
        y: 'value',
        r: 5,
        fill: (d: D) => (d.derived ? 'white' : COLORS.china),
        stroke: COLORS.china,
        strokeWidth: 2,
        href: 'href',
        title: (d: D) => `${d.period}: ${d.text}`,
      }),
      ...(['start', 'middle', 'end'] as const).map((textAnchor) =>
        Plot.text(
          data.filter((d, i) => anchor(d, i) === textAnchor),
          { x: 'mid', y: 'value', text: 'text', textAnchor, dy: -13, dx: NUDGE[textAnchor], fontWeight: 'bold', href: 'href' },
        ),
      ),
      Plot.ruleY([0]),
    ],
  });
  return {
    slug,
    title,
    svg,
    ...drawnRows(rows),
    note: `One point per period: the figure as stated (the middle of a stated range); the shaded band over the period is the interval its hedge implies, an arrow an open upper end${
      data.some((d) => d.derived) ? ', and a hollow point a figure derived here, not stated' : ''
    }. The dashed line only joins the points: the sources give no figure between them. Each point links to its sentence.`,
    alt: data.map((d) => `${d.period}: ${d.text}${d.open ? ' (open-ended: no upper bound given)' : ''}${d.derived ? ' (derived)' : ''}.`),
  };
}
