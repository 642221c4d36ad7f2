/**
 * The last phase of reading a claim: its quote and confidence, and one claim per goods named
 * ("machine tools and microelectronics" are two claims, each with its own goods evidence).
 */
import { claimOf, type ClaimBase } from './claimClause.js';
import { ev } from './evidence.js';
import { genericGoods } from './genericGoods.js';
import type { ClaimFrame } from './claimFrame.js';
import type { Parties } from './claimParties.js';
import type { Stance } from './claimStance.js';
import type { SupplierPhrase } from './supplier.js';
import type { ReadClaim } from './types.js';

/** The claims of frame `f`: one for each of its goods, or one with none. */
export function claimsOf(text: string, f: ClaimFrame, subject: SupplierPhrase | undefined, p: Parties, stance: Stance): ReadClaim[] {
  const { t, span, clauseEnd, headStart } = f;
  const { evidence, goods } = p;
  // The quote holds the share before its goods: "the vast majority of the navigation modules …".
  const quoteStart = Math.min(
    evidence.share && evidence.share.start >= headStart && evidence.share.start < t.start ? evidence.share.start : t.start,
    goods.length > 0 && goods[0]!.start >= headStart ? goods[0]!.start : t.start,
    evidence.supplier && evidence.supplier.start >= headStart ? evidence.supplier.start : t.start,
    subject?.start ?? t.start,
    headStart >= span.start ? Math.max(headStart, Math.min(subject?.start ?? t.start, t.start)) : t.start,
  );
  const raw = text.slice(quoteStart, clauseEnd);
  const quote = raw.trim();
  let confidence = 0.9;
  if (!p.recipient) confidence -= 0.2;
  if (goods.length === 0) confidence -= 0.15;
  if (!stance.claimant) confidence -= 0.15;
  if (evidence.supplier?.rule.startsWith('a pronoun')) confidence -= 0.15;
  const base: ClaimBase = {
    quote,
    start: quoteStart,
    end: quoteStart + quote.length,
    supplier: p.supplierIds,
    supplier_names: p.supplierNames,
    recipient: p.recipient,
    end_use: stance.endUse,
    certainty: stance.certainty,
    share: stance.share,
    claimant: stance.claimant,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
  };
  if (goods.length === 0) {
    // Goods the vocabulary does not know keep their words as the label (genericGoods.ts).
    const generic = genericGoods(text, t, clauseEnd);
    if (!generic) return [claimOf(base, null, null, evidence)];
    return [
      claimOf(base, null, generic.text, { ...evidence, goods: ev(text, generic.start, generic.end, 'goods the vocabulary does not know') }),
    ];
  }
  const out: ReadClaim[] = [];
  for (const g of goods) {
    const own: ReadClaim['evidence'] = {};
    Object.assign(own, evidence);
    own.goods = ev(text, g.start, g.end, goods.length > 1 ? 'one of the goods named together' : 'the goods named');
    out.push(claimOf(base, g.id, g.text, own));
  }
  return out;
}
