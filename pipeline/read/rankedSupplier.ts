/**
 * A supplier named after its rank, the ranking first: "when it comes to Russia’s defense
 * industrial base, the primary contributor in this moment to that is China", "the largest
 * source of such chips remains China" — the inverted form of "China is the largest supplier of"
 * (the nominal trigger, triggers.ts). The country after the verb supplies; Russia, named before
 * it in the sentence, receives ("the primary source of Russia’s microelectronics is China").
 */
import { readClaimant } from './claimant.js';
import { claimOf, type ClaimBase } from './claimClause.js';
import type { TextContext } from './context.js';
import { ev } from './evidence.js';
import { keyedMatches } from './keyedScan.js';
import type { ReadClaim } from './types.js';

const RANKED =
  /\bthe\s+(?:single\s+)?(?:primary|main|largest|biggest|leading|principal|chief|top|dominant|key)\s+(?:contributor|supplier|source|provider|exporter)\b([^.;:!?]{0,60}?)\s+(?:is|was|remains|has\s+been)\s+(?:still\s+|now\s+)?/giu;

/** The rank and its noun, which every match holds. */
const RANKED_KEY =
  /\b(?:primary|main|largest|biggest|leading|principal|chief|top|dominant|key)\s+(?:contributor|supplier|source|provider|exporter)\b/g;

export function rankedSupplierClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, RANKED_KEY, RANKED, 16, 90)) {
    const after = m.index + m[0].length;
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    const countries = ctx.countries(s);
    const supplier = countries.find((h) => h.start === after);
    const russia = countries.find((h) => h.entity === 'russia' && h.end <= after);
    if (!supplier || !russia || supplier.entity === 'russia') continue;
    if (claims.some((c) => c.start < supplier.end && m.index < c.end)) continue;
    // "the largest source of microelectronics": the goods of the ranking.
    const goods = ctx.goods(s).filter((g) => g.id && g.start > m.index && g.end <= after);
    const claimant = readClaimant(ctx, s, span.start);
    const quote = text.slice(m.index, supplier.end);
    const base: ClaimBase = {
      quote,
      start: m.index,
      end: supplier.end,
      supplier: [supplier.entity],
      supplier_names: [supplier.text],
      recipient: 'russia',
      end_use: null,
      certainty: 'asserted',
      share: null,
      claimant: claimant?.phrase ?? null,
      confidence: goods.length > 0 ? 0.7 : 0.55,
    };
    const evidence: ReadClaim['evidence'] = {
      supplier: ev(text, supplier.start, supplier.end, 'the country a ranking names'),
      recipient: ev(text, russia.start, russia.end, 'the country the ranking is of'),
    };
    if (claimant) evidence.claimant = ev(text, claimant.start, claimant.end, claimant.rule);
    const g = goods[0];
    out.push(
      claimOf(base, g ? g.id : null, g ? g.text : null, g ? { ...evidence, goods: ev(text, g.start, g.end, 'the goods named') } : evidence),
    );
  }
  return out;
}
