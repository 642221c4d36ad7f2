/**
 * Key figure cards: each observation stated with its hedge and interval, who says so, and
 * links to its sentence and its row. The text is generated from the row (phrase.ts).
 */
import type { ObservationsRow } from '../model/index.js';
import type { SiteContext } from './context.js';
import { html, type Html } from './html.js';
import type { Linker } from './links.js';
import { keyFigures } from './keyFigures.js';
import { describeObservation } from './phrase.js';

export function keyFigureCard(o: ObservationsRow, ctx: SiteContext, at: Linker): Html {
  const w = describeObservation(o, ctx);
  const derived = o.method === 'derived';
  const where = derived
    ? html`<a href="${at.source(o.source_id, o.observation_id)}">how it is derived</a>`
    : html`<a href="${at.source(o.source_id, o.observation_id)}">in its sentence</a>`;
  return html`<li class="card${derived ? ' derived' : ''}" id="card-${o.observation_id}">
<p class="figure">${w.figure}${w.interval ? html` <span class="interval">${w.interval}</span>` : ''}</p>
<p class="statement">${w.statement}</p>
<p class="attribution">— ${w.attribution}</p>
<p class="links">${where} · <a href="${at.table('observations', o.observation_id)}" title="${o.observation_id}">its row in the data</a></p>
</li>`;
}

export { MAX_CARDS } from './keyFigures.js';

/** Cards for the key figures (keyFigures.ts says which); the rest are a link away. */
export function keyFigureCards(ctx: SiteContext, at: Linker): Html {
  const rows = ctx.pkg.tables.observations;
  const shown = keyFigures(rows);
  const more = rows.length - shown.length;
  return html`<ul class="cards">${shown.map((o) => keyFigureCard(o, ctx, at))}</ul>${
    more > 0
      ? html`<p>${more} more figure${more === 1 ? '' : 's'} in <a href="${at.table('observations')}">the observations table</a>.</p>`
      : ''
  }`;
}
