/**
 * A supplier named after its rank, the ranking first: "when it comes to Russia’s defense
 * industrial base, the primary contributor in this moment to that is China", "the largest
 * source of such chips remains China" — the inverted form of "China is the largest supplier of"
 * (the nominal trigger, triggers.ts). The country after the verb supplies; Russia, named before
 * it in the sentence, receives ("the primary source of Russia’s microelectronics is China").
 */
import { readClaimant } from './claimant.js';
import { supplyToRussia } from './claimClause.js';
import type { TextContext } from './context.js';
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
    out.push(
      ...supplyToRussia(
        text,
        { quote: text.slice(m.index, supplier.end), start: m.index, end: supplier.end },
        { id: supplier.entity, name: supplier.text, start: supplier.start, end: supplier.end, rule: 'the country a ranking names' },
        { start: russia.start, end: russia.end, rule: 'the country the ranking is of' },
        claimant,
        goods.length > 0 ? 0.7 : 0.55,
        goods.slice(0, 1),
        'the goods named',
      ),
    );
  }
  return out;
}
