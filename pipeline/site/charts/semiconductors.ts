/**
 * Chart 2: Russia's semiconductor imports from China by year. A figure with no upper bound
 * ("over $500 million") must not look like a plain 500: its bar stops at the stated bound,
 * then fades out and ends in an arrow, marked "more than". Bounded hedges get a whisker.
 */
import * as Plot from '@observablehq/plot';
import type { SiteContext } from '../context.js';
import { currencyAxisUnit, formatPeriod, scaleOf } from '../format.js';
import { figureText, pointValue } from '../phrase.js';
import { chartSvg, COLORS, drawnRows, type Chart } from './chart.js';
import { byPeriod, selectObservations } from './select.js';

/** Steps of the fade after an open-ended bar (opacity of each step). */
const FADE = [0.75, 0.55, 0.35, 0.18];

export function semiconductorsChart(ctx: SiteContext, slug = 'semiconductors'): Chart | undefined {
  const rows = selectObservations(ctx, {
    measure: 'level',
    reporter: 'RUS',
    partner: 'CHN',
    product: /semiconductor/i,
    currency: true,
  }).sort(byPeriod);
  const currency = rows[0]?.unit;
  const used = rows.filter((o) => o.unit === currency);
  if (used.length === 0 || currency === undefined) return undefined;
  const largest = Math.max(...used.map((o) => Math.max(pointValue(o), o.value_high ?? o.value_low ?? 0)));
  const [factor, word] = scaleOf(largest) ?? [1, ''];
  const s = (v: number) => v / factor;
  const max = s(largest);
  const fadeStep = max * 0.07;
  const data = used.map((o) => {
    const openHigh = o.value_high === null;
    // The solid bar ends where the text's bound is: the lower bound when there is no upper one.
    const solid = openHigh ? (o.value_low ?? pointValue(o)) : pointValue(o);
    return {
      label: formatPeriod(o.period),
      solid: s(solid),
      low: o.value_low === null ? null : s(o.value_low),
      high: o.value_high === null ? null : s(o.value_high),
      openHigh,
      text: figureText(o),
    };
  });
  const open = data.filter((d) => d.openHigh);
  const fade = open.flatMap((d) =>
    FADE.map((opacity, i) => ({ label: d.label, x1: d.solid + i * fadeStep, x2: d.solid + (i + 1) * fadeStep, opacity })),
  );
  const whiskers = data.filter((d) => !d.openHigh && d.low !== null && d.high !== null && d.low !== d.high);
  const arrowEnd = (d: (typeof data)[number]) => d.solid + FADE.length * fadeStep + fadeStep * 1.2;
  const reporter = ctx.countryName('RUS');
  const partner = ctx.countryName('CHN');
  const unitLabel = currencyAxisUnit(currency, word);
  const title = `${reporter}’s semiconductor imports from ${partner}`;
  const svg = chartSvg(slug, title, {
    width: 640,
    height: 62 + 56 * data.length,
    marginLeft: 60,
    marginRight: 20,
    marginBottom: 42,
    marginTop: 16,
    style: { fontSize: '12px' },
    x: { domain: [0, max * 2.1], label: `Imports (${unitLabel})`, grid: true, labelAnchor: 'center' },
    y: { domain: data.map((d) => d.label), label: null, padding: 0.35 },
    marks: [
      Plot.barX(data, { y: 'label', x1: 0, x2: 'solid', fill: COLORS.china }),
      Plot.rectX(fade, { y: 'label', x1: 'x1', x2: 'x2', fill: COLORS.china, fillOpacity: 'opacity' }),
      Plot.arrow(open, {
        y: 'label',
        x1: (d: (typeof data)[number]) => d.solid + FADE.length * fadeStep,
        x2: arrowEnd,
        stroke: COLORS.china,
        strokeWidth: 2,
        headLength: 8,
      }),
      Plot.tickX(open, { y: 'label', x: 'solid', stroke: COLORS.interval, strokeWidth: 2 }),
      Plot.ruleY(whiskers, { y: 'label', x1: 'low', x2: 'high', stroke: COLORS.interval, strokeWidth: 1.5 }),
      Plot.tickX(
        whiskers.flatMap((d) => [
          { label: d.label, x: d.low },
          { label: d.label, x: d.high },
        ]),
        { y: 'label', x: 'x', stroke: COLORS.interval },
      ),
      Plot.text(data, {
        y: 'label',
        x: (d: (typeof data)[number]) => (d.openHigh ? arrowEnd(d) : Math.max(d.solid, d.high ?? d.solid)),
        text: 'text',
        textAnchor: 'start',
        dx: 8,
        fontWeight: 'bold',
      }),
      Plot.ruleX([0]),
    ],
  });
  return {
    slug,
    title,
    svg,
    ...drawnRows(used),
    note: 'A bar that fades into an arrow is open-ended: the source gives only a lower bound ("more than"), so the bar stops at that bound and the true value lies somewhere beyond it.',
    alt: data.map((d) => `${d.label}: ${d.text}${d.openHigh ? ' (open-ended: no upper bound given)' : ''}.`),
  };
}
