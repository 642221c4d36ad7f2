/**
 * The review counts over sources: how many items a curator accepted as the reader proposed,
 * edited (and which fields), rejected or added, and what is still open. docs/reading.md
 * reports them for the curated sources.
 */
import type { ItemKind } from '../model/review.js';
import type { SourceReview } from './items.js';

export interface KindTotals {
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
  unreviewed: number;
  /** Observations and claims without a review block (not stamped yet). */
  unstamped: number;
  /** The reader's drafts that no item covers. */
  open: number;
  /** Edited items by field. */
  fields: Record<string, number>;
}

export interface ReviewTotals {
  sources: number;
  observation: KindTotals;
  claim: KindTotals;
}

const empty = (): KindTotals => ({ accepted: 0, edited: 0, rejected: 0, added: 0, unreviewed: 0, unstamped: 0, open: 0, fields: {} });

export function reviewTotals(reviews: readonly SourceReview[]): ReviewTotals {
  const t: ReviewTotals = { sources: reviews.length, observation: empty(), claim: empty() };
  for (const r of reviews) {
    for (const item of r.items) {
      const k = t[item.kind];
      const published = item.section === 'observations' || item.section === 'claims';
      if (!item.block) {
        if (published) k.unstamped++;
        continue;
      }
      k[item.block.decision]++;
      if (item.block.decision === 'edited') for (const f of item.block.edited ?? []) k.fields[f] = (k.fields[f] ?? 0) + 1;
    }
    for (const o of r.open) t[o.kind].open++;
  }
  return t;
}

const KINDS: ItemKind[] = ['observation', 'claim'];

/** A Markdown table (it reads as plain text too), then the edited fields. */
export function formatTotals(t: ReviewTotals): string {
  const rows: [string, keyof Omit<KindTotals, 'fields'>][] = [
    ['accepted as proposed', 'accepted'],
    ['edited', 'edited'],
    ['rejected', 'rejected'],
    ['added (the reader proposed nothing)', 'added'],
    ['unreviewed drafts', 'unreviewed'],
    ['no review block yet', 'unstamped'],
    ['drafts of the reader in no item', 'open'],
  ];
  const out = [`Review counts over ${t.sources} annotated source(s):`, '', '| | observations | claims |', '|---|---:|---:|'];
  for (const [label, key] of rows) out.push(`| ${label} | ${t.observation[key]} | ${t.claim[key]} |`);
  out.push('', 'Edited items by field (an item may have several):', '');
  for (const kind of KINDS) {
    const fields = Object.entries(t[kind].fields).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push(`- ${kind}s: ${fields.length ? fields.map(([f, n]) => `${f} ${n}`).join(', ') : 'none'}`);
  }
  return out.join('\n') + '\n';
}
