/**
 * Chart 1: China's share of Russia's imports, by product, each with its interval drawn as a
 * band around the point (about 90% → 85–95%; nearly 70% → 65–70%). An open upper end ("over
 * 60%") is drawn to 100% and ends in an arrow.
 */
import * as Plot from '@observablehq/plot';
import type { SiteContext } from '../context.js';
import { formatPeriod } from '../format.js';
import { aboutImports, figureText, pointValue } from '../phrase.js';
import { CHART_WIDTH, chartSvg, COLORS, drawnRows, type Chart } from './chart.js';
import { selectObservations } from './select.js';

export function shareChart(ctx: SiteContext, slug = 'share-by-product'): Chart | undefined {
  const rows = selectObservations(ctx, { measure: 'share', reporter: 'RUS', partner: 'CHN' }).filter((o) => o.unit === 'percent');
  if (rows.length === 0) return undefined;
  // A share of supply (base not stated) is not a share of imports: when both are drawn, say which.
  const isImports = (i: number) => aboutImports(ctx, rows[i]!);
  const mixed = rows.some((_, i) => isImports(i)) && rows.some((_, i) => !isImports(i));
  const labelOf = (i: number) => {
    const o = rows[i]!;
    const base = `${ctx.goods(o.product)?.label ?? o.product}, ${formatPeriod(o.period)}${mixed ? (isImports(i) ? ' (imports)' : ' (supply)') : ''}`;
    // Two sources may give the same product and period: keep both rows, tell them apart.
    return rows.findIndex((p) => p.product === o.product && p.period === o.period) === i ? base : `${base} (${o.observation_id})`;
  };
  const data = rows.map((o, i) => ({
    label: labelOf(i),
    value: pointValue(o),
    low: o.value_low ?? 0,
    high: o.value_high ?? 100,
    open: o.value_high === null,
    text: figureText(o),
  }));
  const reporter = ctx.countryName('RUS');
  const partner = ctx.countryName('CHN');
  const base = mixed ? 'imports or supply' : rows.some((_, i) => isImports(i)) ? 'imports' : 'supply';
  const title = `${partner}’s share of ${reporter}’s ${base}, by product`;
  // Labels sit above their bands rather than in a left margin, so the chart keeps its width for
  // the bands when it scales down to a phone's.
  const svg = chartSvg(slug, title, {
    width: CHART_WIDTH,
    height: 50 + 52 * data.length,
    marginLeft: 14,
    marginRight: 14,
    marginBottom: 34,
    marginTop: 16,
    style: { fontSize: '12px' },
    x: { domain: [0, 100], label: `Share from ${partner} (%)`, grid: true, ticks: 5, labelAnchor: 'center' },
    y: { domain: data.map((d) => d.label), axis: null, padding: 0.55 },
    marks: [
      Plot.ruleY(data, { y: 'label', x1: 'low', x2: 'high', stroke: COLORS.interval, strokeOpacity: 0.3, strokeWidth: 12 }),
      Plot.arrow(
        data.filter((d) => d.open),
        { y: 'label', x1: 'value', x2: 100, stroke: COLORS.interval, strokeWidth: 1.5, headLength: 8 },
      ),
      Plot.dot(data, { y: 'label', x: 'value', r: 5, fill: COLORS.china, stroke: 'white', strokeWidth: 1.5 }),
      Plot.text(data, {
        y: 'label',
        frameAnchor: 'left',
        textAnchor: 'start',
        text: (d: (typeof data)[number]) => `${d.label}: ${d.text}`,
        dy: -15,
        lineWidth: 32,
        textOverflow: 'ellipsis',
      }),
      Plot.ruleX([0]),
    ],
  });
  return {
    slug,
    title,
    svg,
    ...drawnRows(rows),
    note: `Each dot is the figure as stated (the middle of a stated range); the band around it is the interval its hedge implies (see the interval policy in the methodology). An arrow marks an open upper end.${
      mixed ? ' “Supply” marks a share whose base the source leaves open (imports, or imports plus domestic production).' : ''
    }`,
    alt: data.map((d) => `${d.label}: ${d.text}.`),
  };
}
