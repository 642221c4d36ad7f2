/**
 * A figure's record: what a figure's anchor (tables/observations.html#<observation_id>) lands on.
 * The table row holds every column but is wider than a screen; the record states the value,
 * interval, quote, source and how to cite it, readable at any width, and links to the row.
 */
import type { ObservationsRow } from '../model/index.js';
import { citationStrings } from '../release/cite.js';
import type { SiteContext } from './context.js';
import { html, type Html } from './html.js';
import type { Linker } from './links.js';
import { describeObservation } from './phrase.js';

/** The id of an observation's table row, now that its key is the record's anchor. */
export const rowAnchor = (observationId: string): string => `row-${observationId}`;

export function figureRecord(o: ObservationsRow, ctx: SiteContext, at: Linker): Html {
  const w = describeObservation(o, ctx);
  const source = ctx.source(o.source_id);
  const cite = `Observation ${o.observation_id} in ${citationStrings(ctx.pkg.meta).apa}`;
  return html`<article class="record" id="${o.observation_id}">
    <h3><code>${o.observation_id}</code></h3>
    <p class="figure">${w.figure}${w.interval ? html` <span class="interval">(${w.interval})</span>` : ''}</p>
    <p>${w.statement}</p>
    ${o.quote ? html`<blockquote>“${o.quote}”</blockquote>` : html`<p>Derived: <code>${o.formula ?? ''}</code></p>`}
    <p class="attribution">
      — ${w.attribution}; source: <a href="${at.source(o.source_id, o.observation_id)}">${source?.title ?? o.source_id}</a>
    </p>
    <p class="cite">Cite this figure: <span>${cite}</span></p>
    <p class="links"><a href="#${rowAnchor(o.observation_id)}">its row in the table</a></p>
  </article>`;
}
