/**
 * A supply statement carried by its figure is a statistic only, not also a claim (docs/curation.md,
 * "Conventions settled in session 14"): "China supplied 76% of Russia's imports of machine tools",
 * "Chinese firms shipped $300 million of drone parts to Russia", "About 90% of the microelectronics
 * Russia imported came from China" are one observation each. The figure already records who
 * supplies what to whom, so a claim the reader drafted for the same supply is dropped when one of
 * its statistics stands in the claim's words or in their clause, and that statistic's supplying
 * side is the country of every supplier the claim names, its receiving side Russia and its product
 * the claim's goods. What the figure does not carry keeps its claim: another clause ("China
 * supplies the engines, and its exports of them doubled"), other goods ("ballistic missiles and
 * more than 20,000 containers of munitions": the missiles), a named company ("Firm X shipped $5
 * million of …"), whose shipments no country's figure measures.
 */
import type { TextContext } from './context.js';
import type { ReadClaim, ReadObservation } from './types.js';

/** Words between a claim and a figure that open a clause of its own. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|although|though|yet)\b|\b(?:and|but) that\b|\bwhile\b|\bwhereas\b/i;
/** Words of a group that are no name: articles and counts before it, a place named with its kind ("Xinjiang region"). */
const ARTICLE = /^(?:the|a|an|some|several|many|\d[\d,]*)$/i;
const PLACE_KIND = /^(?:region|province|city|county|district|oblast)\b/i;

/** An amount in words, no number ("hundreds", "several million", "dozens of"): no figure that carries a supply. */
const VAGUE =
  /^(?:(?:several|many|some|a few|tens of|hundreds of)\s+)?(?:dozens|hundreds|thousands|millions|billions|million|thousand|dozen)\b/i;

/** Who supplies and who receives a statistic: an export runs reporter → partner, an import or supply partner → reporter. */
function sides(o: ReadObservation): { from: string | null; to: string | null } | null {
  if (o.flow === 'export') return { from: o.reporter, to: o.partner };
  if (o.flow === 'import' || o.flow === 'supply') return { from: o.partner, to: o.reporter };
  return null;
}

/**
 * The country a claim's supplier stands for: a country's id or name, or a country's unnamed group
 * ("Chinese suppliers", "PRC-based firms", "a factory in China's Xinjiang region"); undefined for a
 * named party ("Dalian Jinfeng Heavy Industry") or words naming no country ("the companies").
 */
function supplierCountry(ctx: TextContext, id: string, name: string | undefined): string | undefined {
  const countries = ctx.lexicon.countries;
  const whole = countries.codeOfEntity(id) ?? countries.lookup(id)?.code;
  if (whole) return whole;
  const words = name ?? id;
  const hits = countries(words).filter((h) => h.code !== 'RUS');
  const codes = new Set(hits.map((h) => h.code));
  if (codes.size !== 1) return undefined;
  let rest = words;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + ' '.repeat(h.end - h.start) + rest.slice(h.end);
  const tokens = rest.split(/[\s’']+/).filter((w) => w !== '' && w !== 's');
  const named = tokens.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && ARTICLE.test(w)) && !PLACE_KIND.test(tokens[i + 1] ?? ''));
  return named ? undefined : hits[0]!.code;
}

function inClause(text: string, c: ReadClaim, o: ReadObservation): boolean {
  // "Turkish firms are likely re-exporting chips to Russia: in 2026, Türkiye's exports of them …": a colon or a
  // semicolon inside the claim's words still opens a clause of the figure's own.
  if (o.start >= c.start && o.end <= c.end) return !/[;:]\s/.test(text.slice(c.start, o.start));
  const between = o.start >= c.end ? text.slice(c.end, o.start) : text.slice(o.end, c.start);
  return !CLAUSE_BREAK.test(between);
}

/** Whether a statistic of the claim's sentence records the claim's supply. */
function carried(ctx: TextContext, c: ReadClaim, observations: readonly ReadObservation[]): boolean {
  if (c.recipient !== 'russia' || c.supplier.length === 0 || c.certainty === 'denied') return false;
  const s = ctx.sentenceOf(c.start);
  let codes: (string | undefined)[] | undefined;
  for (const o of observations) {
    if (o.product !== c.goods || VAGUE.test(o.quote) || ctx.sentenceOf(o.start) !== s || !inClause(ctx.text, c, o)) continue;
    const side = sides(o);
    if (side === null || side.to !== 'RUS' || side.from === null) continue;
    codes ??= c.supplier.map((id, k) => supplierCountry(ctx, id, c.supplier_names[k]));
    if (codes.every((code) => code === side.from)) return true;
  }
  return false;
}

/** The claims less those a statistic of the same words carries. */
export function withoutFigureClaims(ctx: TextContext, claims: ReadClaim[], observations: readonly ReadObservation[]): ReadClaim[] {
  if (observations.length === 0) return claims;
  return claims.filter((c) => !carried(ctx, c, observations));
}
