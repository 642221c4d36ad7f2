/**
 * A chart as the site shows it: title, the SVG, a legend when colour or dashes carry meaning,
 * a caption naming the sources and to whom they attribute the figures, a text alternative,
 * and links to the rows drawn. Chart modules build the data; this module writes the HTML.
 */
import type * as Plot from '@observablehq/plot';
import type { ObservationsRow } from '../../model/index.js';
import type { SiteContext } from '../context.js';
import { html, trusted, join, type Html } from '../html.js';
import type { Linker } from '../links.js';
import { attributionText, sourceStanding } from '../phrase.js';
import { renderPlot } from '../render.js';

export interface LegendItem {
  label: string;
  /** Stroke colour and dash pattern of a line swatch, or a fill colour for a box swatch. */
  color: string;
  dash?: string;
  kind: 'line' | 'box';
}

export interface Chart {
  /** Unique on the page; prefixes the SVG's ids. */
  slug: string;
  title: string;
  svg: string;
  /** Source ids the drawn rows come from. */
  sources: string[];
  /** Distinct attributions of the drawn rows ("two senior … officials"). */
  attributions: string[];
  /** How the caption introduces them; figures by default. */
  attributionLead?: string;
  /** How to read the chart (what bars, lines and arrows mean). */
  note: string;
  /** One line per drawn row: the text alternative. */
  alt: string[];
  rows: { table: string; id: string }[];
  legend?: LegendItem[];
  /** Too wide to shrink to a phone's width: it scrolls sideways instead. */
  wide?: boolean;
}

function swatch(item: LegendItem): Html {
  const shape =
    item.kind === 'line'
      ? html`<line x1="1" y1="7" x2="27" y2="7" stroke="${item.color}" stroke-width="2.5"${item.dash ? html` stroke-dasharray="${item.dash}"` : ''}/>`
      : html`<rect x="1" y="2" width="26" height="10" fill="${item.color}"/>`;
  return html`<svg class="swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">${shape}</svg>`;
}

/** Element ids of a chart's figure, title and text alternative (the SVG points at them). */
function chartIds(slug: string): { figure: string; title: string; alt: string } {
  return { figure: `chart-${slug}`, title: `chart-${slug}-title`, alt: `chart-${slug}-alt` };
}

/**
 * Width of a chart's coordinate system (its viewBox): narrow enough that, scaled down to a
 * phone's width (about 340 px inside the page), 12 px text stays readable.
 */
export const CHART_WIDTH = 420;

/** Colours shared by the charts (readable on white, distinct for common colour blindness). */
export const COLORS = {
  china: '#b4462b',
  rest: '#a7b1bc',
  total: '#4a5968',
  interval: '#1d3557',
} as const;

export function chartFigure(chart: Chart, ctx: SiteContext, at: Linker): Html {
  const { figure: figureId, title: titleId, alt: altId } = chartIds(chart.slug);
  const sources = chart.sources.map((id) => {
    const s = ctx.source(id);
    return s ? html`<a href="${at.source(id)}">${s.title}</a> (${sourceStanding(s)})` : html`${id}`;
  });
  const attributions =
    chart.attributions.length > 0
      ? html` ${chart.attributionLead ?? 'Figures as attributed there'}: ${join(chart.attributions, '; ')}.`
      : '';
  const legend = chart.legend
    ? html`<ul class="legend">${chart.legend.map((item) => html`<li>${swatch(item)} ${item.label}</li>`)}</ul>`
    : '';
  return html`<figure class="chart" id="${figureId}" aria-labelledby="${titleId}">
<h3 id="${titleId}">${chart.title}</h3>
<div class="chart-svg${chart.wide ? ' wide' : ''}">${trusted(chart.svg)}</div>
${legend}<figcaption>
<p>${chart.note}</p>
<p class="chart-source">Source: ${join(sources, '; ')}.${attributions}</p>
<details id="${altId}"><summary>Text alternative</summary><ul>${chart.alt.map((line) => html`<li>${line}</li>`)}</ul></details>
<p class="chart-rows">Rows behind this chart: ${join(
    chart.rows.map((r) => html`<a href="${at.table(r.table, r.id)}"><code>${r.id}</code></a>`),
    ', ',
  )}</p>
</figcaption>
</figure>`;
}

/** The chart's SVG, named by its title and described by its text alternative. */
export function chartSvg(slug: string, title: string, options: Plot.PlotOptions): string {
  return renderPlot(options, { idPrefix: slug, ariaLabel: title, describedBy: chartIds(slug).alt });
}

/**
 * What a chart of observation rows says about them: their sources, to whom the figures are
 * attributed (of `attributed`, all of them by default), and links to the rows.
 */
export function drawnRows(
  rows: readonly ObservationsRow[],
  attributed: readonly ObservationsRow[] = rows,
): Pick<Chart, 'sources' | 'attributions' | 'rows'> {
  return {
    sources: distinct(rows.map((o) => o.source_id)),
    attributions: distinct(attributed.map(attributionText)),
    rows: rows.map((o) => ({ table: 'observations', id: o.observation_id })),
  };
}

/** Distinct values in first-seen order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
