/**
 * Figures and claims shown in their sentences: each figure's quote highlighted at its offsets
 * and linked to its observation row, claim quotes highlighted and followed by links to their
 * rows, entity names linked to theirs. Only the sentences that hold a figure or a claim are
 * shown (docs/methodology.md, copyright), unless the caller passes a whole public-domain text as one passage.
 */
import { byCodeUnit } from '../core/order.js';
import { escapeRegExp } from '../core/text.js';
import type { EntitiesRow } from '../model/index.js';
import { html, join, type Html } from './html.js';

export interface Highlight {
  kind: 'observation' | 'claim' | 'entity';
  id: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
  href: string;
  /** Link text for a claim ("machine tools"). */
  label?: string;
  /** Element id for an observation's mark; omitted when the passage is shown twice on a page. */
  anchor?: string;
}

export interface Passage {
  /** Offset of the passage in the source text, when it could be located there. */
  offset: number | undefined;
  text: string;
  highlights: Highlight[];
}

export interface Pinned {
  kind: 'observation' | 'claim';
  id: string;
  href: string;
  label?: string;
  quote: string;
  start: number;
  end: number;
  sentence: string;
}

/**
 * Groups pinned quotes by sentence. A sentence is located in the text at or before its quote;
 * if it cannot be (no text, or the row's sentence differs from the text), the quote is found
 * inside the sentence itself, so a highlight is never placed at a wrong offset.
 */
export function sentencePassages(text: string | undefined, items: readonly Pinned[]): Passage[] {
  const byKey = new Map<string, Passage>();
  for (const item of items) {
    let offset: number | undefined;
    let start: number;
    const at = text === undefined ? -1 : text.lastIndexOf(item.sentence, item.start);
    if (at >= 0 && at + item.sentence.length >= item.end && text!.slice(item.start, item.end) === item.quote) {
      offset = at;
      start = item.start - at;
    } else {
      start = item.sentence.indexOf(item.quote);
      if (start < 0) continue; // the row's quote is not in its sentence; validate reports that
    }
    const key = `${offset ?? 'x'}:${item.sentence}`;
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { offset, text: item.sentence, highlights: [] }));
    p.highlights.push({
      kind: item.kind,
      id: item.id,
      start,
      end: start + item.quote.length,
      href: item.href,
      ...(item.label !== undefined ? { label: item.label } : {}),
      ...(item.kind === 'observation' ? { anchor: item.id } : {}),
    });
  }
  const order = (p: Passage) => p.offset ?? Number.MAX_SAFE_INTEGER;
  return [...byKey.values()].sort((a, b) => order(a) - order(b) || byCodeUnit(a.text, b.text));
}

/**
 * Entity highlights found by name: every name and alias, longest first, on word boundaries.
 * The fallback when the package has no entity mentions for a passage.
 */
export function entityMatches(text: string, entities: readonly EntitiesRow[], href: (id: string) => string): Highlight[] {
  const byName = new Map<string, string>();
  for (const e of entities) for (const name of [e.name, ...e.aliases]) if (name && !byName.has(name)) byName.set(name, e.entity_id);
  if (byName.size === 0) return [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || byCodeUnit(a, b));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => {
    const id = byName.get(m[0])!;
    return { kind: 'entity' as const, id, start: m.index!, end: m.index! + m[0].length, href: href(id) };
  });
}

interface Region {
  start: number;
  end: number;
  claims: Highlight[];
}

/** Overlapping claim quotes (one sentence can carry several claims) merge into one highlighted region. */
function claimRegions(claims: readonly Highlight[]): Region[] {
  const regions: Region[] = [];
  for (const c of [...claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = regions.at(-1);
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.claims.push(c);
    } else regions.push({ start: c.start, end: c.end, claims: [c] });
  }
  return regions;
}

/**
 * The passage as HTML: figures in `<mark><a href=row>`, claim quotes in `<mark class="claim">`
 * followed by links to the claim rows, entities linked at their first mention in the passage.
 * A figure is never split or dropped for a claim or an entity around it.
 */
export function renderPassage(p: Passage): Html {
  const observations: Highlight[] = [];
  for (const o of p.highlights.filter((h) => h.kind === 'observation').sort((a, b) => a.start - b.start)) {
    if (!observations.some((k) => o.start < k.end && k.start < o.end)) observations.push(o);
  }
  const regions = claimRegions(p.highlights.filter((h) => h.kind === 'claim'));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;
  const named = p.highlights.filter((h) => h.kind === 'entity').sort((a, b) => a.start - b.start || b.end - a.end);
  // An entity link may sit inside a claim but never inside a figure's link, never across a
  // highlight's edge, and never inside a longer name ("Russia" in "Free Russia Foundation").
  const entities = named.filter(
    (e) =>
      !observations.some((o) => overlaps(e, o)) &&
      !regions.some((r) => overlaps(e, r) && !inside(e, r)) &&
      !named.some((f) => f !== e && inside(e, f) && f.end - f.start > e.end - e.start),
  );
  const linked = new Set<string>();
  const withEntities = (from: number, to: number): Html => {
    const parts: Html[] = [];
    let pos = from;
    for (const e of entities) {
      if (e.start < pos || e.end > to || linked.has(e.id)) continue;
      linked.add(e.id);
      parts.push(html`${p.text.slice(pos, e.start)}<a class="entity" href="${e.href}">${p.text.slice(e.start, e.end)}</a>`);
      pos = e.end;
    }
    parts.push(html`${p.text.slice(pos, to)}`);
    return join(parts);
  };
  const claimLinks = (r: Region): Html =>
    html`<sup class="claim-links">${join(
      r.claims.map((c) => html`<a class="claim-link" href="${c.href}" title="claim ${c.id}">[${c.label ?? 'claim'}]</a>`),
      ' ',
    )}</sup>`;
  const out: Html[] = [];
  const closed = new Set<Region>();
  const closeRegionsUpTo = (pos: number) => {
    for (const r of regions) {
      if (!closed.has(r) && r.end <= pos) {
        closed.add(r);
        out.push(claimLinks(r));
      }
    }
  };
  /** Text between figures: claim regions highlighted, entities linked. */
  const gap = (from: number, to: number) => {
    let pos = from;
    for (const r of regions) {
      if (r.end <= pos || r.start >= to) continue;
      if (r.start > pos) out.push(withEntities(pos, r.start));
      const end = Math.min(r.end, to);
      out.push(
        html`<mark class="claim" data-claim="${r.claims.map((c) => c.id).join(' ')}">${withEntities(Math.max(r.start, pos), end)}</mark>`,
      );
      pos = end;
      closeRegionsUpTo(pos);
    }
    if (pos < to) out.push(withEntities(pos, to));
  };
  let pos = 0;
  for (const o of observations) {
    gap(pos, o.start);
    const anchor = o.anchor ? html` id="${o.anchor}"` : '';
    const inClaim = regions.some((r) => r.start < o.end && o.start < r.end);
    out.push(
      html`<mark${inClaim ? html` class="in-claim"` : ''} data-observation="${o.id}"${anchor}><a href="${o.href}">${p.text.slice(o.start, o.end)}</a></mark>`,
    );
    pos = o.end;
    closeRegionsUpTo(pos);
  }
  gap(pos, p.text.length);
  closeRegionsUpTo(Number.MAX_SAFE_INTEGER);
  return join(out);
}
