/**
 * Claims of one source, each pinned to its quote with the sentence it is in: a qualitative claim
 * ("Chinese companies are likely providing …") is as checkable against its words as a figure.
 */
import type { ClaimsRow } from '../model/index.js';
import type { Origins } from '../model/origins.js';
import { entries, pin, selector, type SourceContext } from './context.js';

export function claimRows(ctx: SourceContext, origins: Origins): ClaimsRow[] {
  const rows: ClaimsRow[] = [];
  for (const [c, i] of entries(ctx, 'claims')) {
    const path = ['claims', i];
    const pinned = pin(ctx, selector(c), path);
    if (!pinned) continue;
    const row: ClaimsRow = {
      claim_id: c.id,
      source_id: ctx.source.id,
      supplier: c.supplier,
      recipient: c.recipient,
      goods: c.goods,
      end_use: c.end_use,
      certainty: c.certainty,
      share: c.share ?? null,
      claimant: c.claimant,
      quote: pinned.quote,
      start: pinned.start,
      end: pinned.end,
      sentence: pinned.sentence,
      note: c.note ?? null,
      first_release: ctx.version,
      last_changed: ctx.version,
    };
    rows.push(row);
    origins.set(row, {
      doc: ctx.annotation.doc,
      path,
      keys: { claim_id: 'id', source_id: null, start: 'quote', end: 'quote', sentence: 'quote' },
    });
  }
  return rows;
}
