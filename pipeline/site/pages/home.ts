/**
 * index.html: what the dataset is, its key figures and charts, the tables and sources, the
 * downloads with sizes and hashes, how to cite it and its licence. schema.org Dataset JSON-LD
 * sits in the head.
 */
import { citationStrings } from '../../release/cite.js';
import { keyFigureCards } from '../cards.js';
import { chartFigure, type Chart } from '../charts/chart.js';
import type { SiteContext } from '../context.js';
import { downloads, downloadsTable } from '../downloads.js';
import { html, join, jsonForScript } from '../html.js';
import { datasetJsonLd } from '../jsonld.js';
import { layout } from '../layout.js';
import { linker, paths, webUrl } from '../links.js';
import { sourceStanding } from '../phrase.js';

export function homePage(ctx: SiteContext, charts: readonly Chart[], policyAnchor?: string): [string, string] {
  const path = paths.index;
  const at = linker(path);
  const { meta, tables } = ctx.pkg;
  const files = downloads(ctx.pkg.files);
  const cite = citationStrings(meta);
  const curated = tables.observations.filter((o) => o.method === 'curated').length;
  const derived = tables.observations.length - curated;
  const jsonld = html`<script type="application/ld+json">
${jsonForScript(datasetJsonLd(ctx, files, at))}
</script>
`;
  const count = (rows: readonly { source_id: string }[], id: string) => rows.filter((r) => r.source_id === id).length;
  const body = html`<h1>${meta.title}</h1>
<p class="lede">${meta.description}</p>
<p class="meta-line">Version ${meta.version}, released ${meta.released}${meta.doi ? html` · DOI <a href="https://doi.org/${meta.doi}">${meta.doi}</a>` : ''} · ${curated} figure${curated === 1 ? '' : 's'} read from ${tables.sources.length} source${tables.sources.length === 1 ? '' : 's'}${derived > 0 ? `, ${derived} derived` : ''}, ${tables.claims.length} supply claim${tables.claims.length === 1 ? '' : 's'} · <a href="${at.changelog()}">changelog</a></p>

<h2 id="key-figures">Key figures</h2>
<p>Each figure keeps the source’s hedge (“about”, “nearly”, “over”) and the interval that hedge implies (<a href="${at.methodology(policyAnchor)}">interval policy</a>), and says to whom the source attributes it.</p>
${keyFigureCards(ctx, at)}

<h2 id="charts">Charts</h2>
<div class="charts">
${join(
  charts.map((c) => chartFigure(c, ctx, at)),
  '\n',
)}
</div>

<h2 id="tables">Tables</h2>
<p>Each table page has the data dictionary (generated from the JSON Schema) and every row.</p>
<ul>${ctx.tables.map((t) => {
    const n = (tables as unknown as Record<string, unknown[]>)[t]!.length;
    return html`<li><a href="${at.table(t)}">${ctx.tableTitle(t)}</a> (<code>${t}</code>, ${n} row${n === 1 ? '' : 's'}): ${ctx.schemas[t]?.description ?? ''}</li>`;
  })}</ul>

<h2 id="sources">Sources</h2>
<ul>${tables.sources.map(
    (s) =>
      html`<li><a href="${at.source(s.source_id)}">${s.title}</a> (${sourceStanding(s)}): ${count(tables.observations, s.source_id)} figure(s), ${count(tables.claims, s.source_id)} claim(s).</li>`,
  )}</ul>

<h2 id="downloads">Downloads</h2>
<p>The data package: every table as CSV, Arrow and Parquet, described by <code>datapackage.json</code> (Frictionless Data). Check a download against its SHA-256 with <code>sha256sum</code>.</p>
${downloadsTable(files, at)}

<h2 id="cite">How to cite</h2>
<p>Cite the version you used. APA:</p>
<pre class="citation">${cite.apa}</pre>
${
  cite.bibtex
    ? html`<p>BibTeX:</p>
<pre class="citation">${cite.bibtex}</pre>`
    : ''
}
<p>Machine-readable: <a href="${at.to('CITATION.cff')}">CITATION.cff</a>.</p>

<h2 id="licence">Licence</h2>
<p>The data: ${join(
    meta.licenses.map((l) => {
      const url = webUrl(l.path);
      return url ? html`<a href="${url}" rel="license">${l.title}</a> (${l.name})` : html`${l.title} (${l.name})`;
    }),
    ', ',
  )}. The pipeline code: ${meta.code_license}. The source texts stay under their own rights: the data carries only each figure’s quote and its sentence, and a source is shown whole only when it is in the public domain or under an open licence (UK Open Government or Open Parliament Licence, the EU reuse notice).</p>
<p>What changed between versions: <a href="${at.changelog()}">changelog</a>.</p>`;
  return [path, layout(ctx, { path, title: meta.title, description: meta.description, section: 'home', body, head: jsonld })];
}
