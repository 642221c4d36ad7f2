/**
 * Chart 3: Russia's machine-tool imports in one period (the latest with a total): the total
 * from all partners with its interval, and the same total split into the part from China
 * (a derived row, share × total, with its propagated interval) and the rest. The rest is the
 * difference of the two point values and is labelled as such: it is not a row of the data.
 */
import * as Plot from '@observablehq/plot';
import type { ObservationsRow } from '../../model/index.js';
import type { SiteContext } from '../context.js';
import { currencyAxisUnit, formatPeriod, formatValue, scaleOf } from '../format.js';
import { figureText, pointValue } from '../phrase.js';
import { chartSvg, COLORS, drawnRows, type Chart } from './chart.js';
import { byPeriod, selectObservations } from './select.js';

const TOTAL = 'All partners';
const SPLIT = 'By origin';

export function machineToolsChart(ctx: SiteContext, slug = 'machine-tools'): Chart | undefined {
  const levels = selectObservations(ctx, { measure: 'level', reporter: 'RUS', product: /machine[\s-]?tool/i, currency: true });
  const total = levels
    .filter((o) => o.partner === 'WLD')
    .sort(byPeriod)
    .at(-1);
  if (!total) return undefined;
  const china = levels.find((o) => o.partner === 'CHN' && o.period === total.period && o.unit === total.unit);
  const share = selectObservations(ctx, { measure: 'share', reporter: 'RUS', partner: 'CHN', product: /machine[\s-]?tool/i }).find(
    (o) => o.period === total.period,
  );
  const totalValue = pointValue(total);
  const chinaValue = china ? pointValue(china) : 0;
  const [factor, word] = scaleOf(totalValue) ?? [1, ''];
  const s = (v: number) => v / factor;
  const span = (o: ObservationsRow) => ({
    low: o.value_low === null ? null : s(o.value_low),
    high: o.value_high === null ? null : s(o.value_high),
  });
  type Bar = { row: string; part: string; x1: number; x2: number; fill: string; ink: string; text: string };
  const bars: Bar[] = [
    { row: TOTAL, part: 'total', x1: 0, x2: s(totalValue), fill: COLORS.total, ink: 'white', text: `Total: ${figureText(total)}` },
  ];
  const whiskers: { row: string; low: number; high: number }[] = [];
  const t = span(total);
  if (t.low !== null && t.high !== null && t.low !== t.high) whiskers.push({ row: TOTAL, low: t.low, high: t.high });
  const restValue = china ? totalValue - chinaValue : undefined;
  if (china) {
    bars.push({
      row: SPLIT,
      part: 'china',
      x1: 0,
      x2: s(chinaValue),
      fill: COLORS.china,
      ink: 'white',
      text: `${ctx.countryName('CHN')}: ${figureText(china)}`,
    });
    bars.push({
      row: SPLIT,
      part: 'rest',
      x1: s(chinaValue),
      x2: s(totalValue),
      fill: COLORS.rest,
      ink: '#1a1a1a',
      text: `Rest: ${formatValue(restValue!, total.unit, totalValue)}`,
    });
    const c = span(china);
    if (c.low !== null && c.high !== null && c.low !== c.high) whiskers.push({ row: SPLIT, low: c.low, high: c.high });
  }
  const reporter = ctx.countryName('RUS');
  const period = formatPeriod(total.period);
  const title = `${reporter}’s machine-tool imports, ${period}: from ${ctx.countryName('CHN')} and the rest`;
  const unitLabel = currencyAxisUnit(total.unit, word);
  const max = Math.max(s(totalValue), ...whiskers.map((w) => w.high));
  const svg = chartSvg(slug, title, {
    width: 640,
    height: 200,
    marginLeft: 90,
    marginRight: 20,
    marginBottom: 42,
    marginTop: 10,
    style: { fontSize: '12px' },
    x: { domain: [0, max * 1.05], label: `Imports (${unitLabel})`, grid: true, labelAnchor: 'center' },
    y: { domain: [TOTAL, SPLIT], label: null, padding: 0.3 },
    marks: [
      Plot.barX(bars, { y: 'row', x1: 'x1', x2: 'x2', fill: 'fill', stroke: 'white', strokeWidth: 1 }),
      Plot.text(bars, { y: 'row', x: (b: Bar) => (b.x1 + b.x2) / 2, text: 'text', fill: 'ink', fontWeight: 'bold', dy: -9 }),
      Plot.ruleY(whiskers, { y: 'row', x1: 'low', x2: 'high', stroke: COLORS.interval, strokeWidth: 2, dy: 9 }),
      Plot.tickX(
        whiskers.flatMap((w) => [
          { row: w.row, x: w.low },
          { row: w.row, x: w.high },
        ]),
        { y: 'row', x: 'x', stroke: COLORS.interval, strokeWidth: 2, insetTop: 22, insetBottom: 6 },
      ),
      Plot.ruleX([0]),
    ],
  });
  const drawn = [total, ...(share ? [share] : []), ...(china ? [china] : [])];
  const alt = [`Total imports from all partners, ${period}: ${figureText(total)}.`];
  if (share) alt.push(`${ctx.countryName('CHN')}’s share: ${figureText(share)}.`);
  if (china) {
    alt.push(`From ${ctx.countryName('CHN')} (derived: ${china.formula ?? 'share × total'}): ${figureText(china)}.`);
    alt.push(`The rest (total minus ${ctx.countryName('CHN')}, point values): ${formatValue(restValue!, total.unit, totalValue)}.`);
  }
  return {
    slug,
    title,
    svg,
    ...drawnRows(
      drawn,
      drawn.filter((o) => o.method === 'curated'),
    ),
    note: `Bars are point values; the dark whiskers on them are the intervals. The part from ${ctx.countryName('CHN')} is derived (share × total, with interval arithmetic); the rest is the difference of the point values, not a row of the data.`,
    alt,
  };
}
