/**
 * sources/<source-id>.html: the source's provenance, then every figure and claim in its
 * sentence with the quote highlighted and linked to its row, the figures derived from it, and
 * the entities it names. A public-domain text is also shown whole; any other text never is.
 */
import type { ObservationsRow, SourceDoc, SourcesRow } from '../../model/index.js';
import { inProse, type SiteContext } from '../context.js';
import { describeColumns } from '../dictionary.js';
import { html, join, type Html } from '../html.js';
import { layout } from '../layout.js';
import { linker, paths, webUrl, type Linker } from '../links.js';
import { entityMatches, renderPassage, sentencePassages, type Highlight, type Passage, type Pinned } from '../passages.js';
import { describeObservation, figureText } from '../phrase.js';

function factValue(column: string, v: unknown): Html {
  if (v === null || v === undefined) return html`<span class="meta-line">not stated</span>`;
  if (column === 'url' && typeof v === 'string') {
    const url = webUrl(v);
    return url ? html`<a href="${url}" rel="external noopener">${v}</a>` : html`${v}`;
  }
  if (column === 'sha256') return html`<code>${String(v)}</code>`;
  if (typeof v === 'boolean') return html`${v ? 'yes' : 'no'}`;
  return html`${String(v)}`;
}

function facts(ctx: SiteContext, s: SourcesRow): Html {
  const schema = ctx.schemas.sources;
  const columns = schema ? describeColumns(schema).map((c) => c.name) : Object.keys(s);
  const row = s as unknown as Record<string, unknown>;
  return html`<dl class="facts">${columns.filter((c) => c in row).map((c) => html`<dt>${c}</dt><dd>${factValue(c, row[c])}</dd>`)}</dl>`;
}

function pinnedOf(ctx: SiteContext, sourceId: string, at: Linker): Pinned[] {
  const out: Pinned[] = [];
  for (const o of ctx.pkg.tables.observations) {
    if (o.source_id !== sourceId || o.quote === null || o.start === null || o.end === null) continue;
    out.push({
      kind: 'observation',
      id: o.observation_id,
      href: at.table('observations', o.observation_id),
      quote: o.quote,
      start: o.start,
      end: o.end,
      sentence: o.sentence ?? o.quote,
    });
  }
  for (const c of ctx.claimsOf(sourceId)) {
    const label = c.goods ? inProse(ctx.goods(c.goods)?.label ?? c.goods) : (c.end_use ?? 'claim');
    out.push({
      kind: 'claim',
      id: c.claim_id,
      href: at.table('claims', c.claim_id),
      label,
      quote: c.quote,
      start: c.start,
      end: c.end,
      sentence: c.sentence || c.quote,
    });
  }
  return out;
}

/** Since when the package has the row and whether it changed (docs/citing.md: "unchanged since Y"). */
export function historyLine(row: { first_release: string; last_changed: string }): Html {
  const text =
    row.last_changed === row.first_release
      ? `In the dataset since version ${row.first_release}, unchanged since.`
      : `In the dataset since version ${row.first_release}; last changed in version ${row.last_changed}.`;
  return html`<br /><span class="meta-line history">${text}</span>`;
}

function passageNotes(ctx: SiteContext, p: Passage, at: Linker): Html {
  const note = (n: string | null | undefined) => (n ? html`<br><span class="meta-line">Note: ${n}</span>` : '');
  // What other sources say about the same supply (the corroborations table), agreeing or not.
  const corroboration = (id: string) => {
    const rows = (ctx.pkg.tables.corroborations ?? []).filter((c) => c.subject_id === id);
    if (rows.length === 0) return '';
    const item = (c: (typeof rows)[number]) =>
      html`<a href="${at.table(c.support_table, c.support_id)}" title="${c.basis}"><code>${c.support_id}</code></a> in <a href="${at.source(c.support_source)}">${ctx.source(c.support_source)?.title ?? c.support_source}</a>`;
    const agree = rows.filter((c) => c.agreement === 'agree');
    const disagree = rows.filter((c) => c.agreement === 'disagree');
    return html`${agree.length > 0 ? html`<br><span class="corroboration agree">Agrees with ${join(agree.map(item), '; ')}.</span>` : ''}${
      disagree.length > 0 ? html`<br><span class="corroboration disagree">Disagrees with ${join(disagree.map(item), '; ')}.</span>` : ''
    }`;
  };
  const items = p.highlights.flatMap((h) => {
    if (h.kind === 'entity') return [];
    if (h.kind === 'observation') {
      const o = ctx.observation(h.id)!;
      const words = describeObservation(o, ctx);
      return [
        html`<li><a href="${h.href}"><code>${h.id}</code></a>: ${words.statement} — ${words.attribution}${note(o.note)}${historyLine(o)}${corroboration(o.observation_id)}</li>`,
      ];
    }
    const c = ctx.pkg.tables.claims.find((x) => x.claim_id === h.id)!;
    const suppliers = join(
      c.supplier.map((id) => html`<a href="${at.table('entities', id)}">${ctx.entity(id)?.name ?? id}</a>`),
      ', ',
    );
    const goods = c.goods ? html`<a href="${at.table('goods', c.goods)}">${ctx.goods(c.goods)?.label ?? c.goods}</a>` : 'no goods';
    const share = c.share ? html` (share: ${c.share.replace(/-/g, ' ')})` : '';
    return [
      html`<li><a href="${h.href}"><code>${h.id}</code></a>: ${suppliers} → ${goods}${c.end_use ? html` → ${c.end_use}` : ''}${share} <span class="badge certainty-${c.certainty}">${c.certainty}</span>, according to ${ctx.entity(c.claimant)?.name ?? c.claimant}${note(c.note)}${historyLine(c)}${corroboration(c.claim_id)}</li>`,
    ];
  });
  return html`<ul>${items}</ul>`;
}

function derivedList(ctx: SiteContext, rows: ObservationsRow[], at: Linker): Html {
  if (rows.length === 0) return html``;
  const formula = (f: string | null) => {
    if (!f) return html``;
    // Ids in the formula become links to their rows; numbers and operators stay as they are.
    return join(
      f
        .split(/([a-z0-9][a-z0-9-]*[a-z0-9])/)
        .map((part) => (ctx.observation(part) ? html`<a href="${at.table('observations', part)}">${part}</a>` : html`${part}`)),
    );
  };
  return html`<h2 id="derived">Figures derived from this source</h2>
<ul>${rows.map((o) => html`<li id="${o.observation_id}"><a href="${at.table('observations', o.observation_id)}"><code>${o.observation_id}</code></a>: ${describeObservation(o, ctx).statement}. Formula: <code>${formula(o.formula)}</code>, with interval arithmetic (${figureText(o)}).${historyLine(o)}</li>`)}</ul>`;
}

/**
 * Entity links for a passage: the package's entity mentions inside it (the matcher's reading,
 * which settles nested names), or, for a passage not located in the text, names found in it.
 */
function withEntityHighlights(ctx: SiteContext, sourceId: string, p: Passage, at: Linker): Passage {
  const href = (id: string) => at.table('entities', id);
  const mentions = ctx.pkg.tables.entity_mentions.filter((m) => m.source_id === sourceId);
  let entities: Highlight[];
  if (p.offset !== undefined && mentions.length > 0) {
    const from = p.offset;
    const to = p.offset + p.text.length;
    entities = mentions
      .filter((m) => m.start >= from && m.end <= to)
      .map((m) => ({ kind: 'entity', id: m.entity_id, start: m.start - from, end: m.end - from, href: href(m.entity_id) }));
  } else {
    entities = entityMatches(p.text, ctx.pkg.tables.entities, href);
  }
  return { ...p, highlights: [...p.highlights, ...entities] };
}

/** A public-domain text whole, with the passages' highlights at their offsets in it; anchors stay with the sentences above. */
function fullText(ctx: SiteContext, s: SourcesRow, doc: SourceDoc, passages: readonly Passage[], at: Linker): Html {
  const highlights = passages.flatMap((p) =>
    p.offset === undefined
      ? []
      : p.highlights
          .filter((h) => h.kind !== 'entity')
          .map(({ anchor: _, ...h }) => ({ ...h, start: h.start + p.offset!, end: h.end + p.offset! })),
  );
  const whole = withEntityHighlights(ctx, s.source_id, { offset: 0, text: doc.text, highlights }, at);
  return html`<h2 id="full-text">Full text (public domain)</h2>
<p>This text is in the public domain, so it is shown whole, with the same highlights.</p>
<div class="fulltext passage" lang="${s.language}">${renderPassage(whole)}</div>`;
}

export function sourcePage(ctx: SiteContext, s: SourcesRow): [string, string] {
  const path = paths.source(s.source_id);
  const at = linker(path);
  const doc = ctx.sourceDoc(s.source_id);
  const pinned = pinnedOf(ctx, s.source_id, at);
  const passages = sentencePassages(doc?.text, pinned).map((p) => withEntityHighlights(ctx, s.source_id, p, at));
  const derived = ctx.pkg.tables.observations.filter((o) => o.source_id === s.source_id && o.method === 'derived');
  const mentioned = ctx.pkg.tables.entity_mentions.filter((m) => m.source_id === s.source_id).map((m) => m.entity_id);
  const namedIds = new Set(
    mentioned.length > 0 || !doc ? mentioned : entityMatches(doc.text, ctx.pkg.tables.entities, () => '').map((h) => h.id),
  );
  const named = ctx.pkg.tables.entities.filter((e) => namedIds.has(e.entity_id));
  const full =
    doc?.shownWhole === true
      ? fullText(ctx, s, doc, passages, at)
      : html`<p class="meta-line">Only the sentences that hold a figure or a claim are shown: the text is neither in the public domain nor under an open licence (${s.licence ?? 'no licence stated'}).</p>`;
  const body = html`<p class="meta-line"><a href="${at.index('sources')}">Sources</a> › <code>${s.source_id}</code></p>
<h1>${s.title}</h1>
<h2 id="provenance">Provenance</h2>
${facts(ctx, s)}
<p>The row: <a href="${at.table('sources', s.source_id)}">sources table, <code>${s.source_id}</code></a>.</p>
<h2 id="figures">Figures and claims in their sentences</h2>
${passages.length === 0 ? html`<p>No figure or claim has been curated from this source yet.</p>` : ''}${passages.map(
    (
      p,
      i,
    ) => html`<div class="passage" id="passage-${i + 1}"><blockquote lang="${s.language}">${renderPassage(p)}</blockquote>${passageNotes(ctx, p, at)}</div>
`,
  )}${derivedList(ctx, derived, at)}
<h2 id="entities">Entities named in this source</h2>
${named.length === 0 ? html`<p>None of the curated entities is named in it.</p>` : html`<ul>${named.map((e) => html`<li><a href="${at.table('entities', e.entity_id)}">${e.name}</a> (${e.type}${e.country ? `, ${e.country}` : ''}): ${e.role}</li>`)}</ul>`}
${full}`;
  return [
    path,
    layout(ctx, {
      path,
      title: s.title,
      description: `Figures and claims read from “${s.title}”, each in its sentence and linked to its row.`,
      section: 'sources',
      body,
    }),
  ];
}
