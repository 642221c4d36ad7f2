/**
 * The goods a claim names in a span of its sentence: not a goods word that modifies another noun
 * ("weapons programs"), nor goods named as the end use ("used in Russian drones").
 */
import type { TextContext } from './context.js';
import type { GoodsHit } from './goods.js';

/** "weapons programs", "drone makers", "the drones' navigation modules": a goods word that modifies a noun names no goods supplied. */
const MODIFIES =
  /^[\s-]+(?:parts|programs?|programmes?|production|industry|industries|makers?|manufacturers?|producers?|factor(?:y|ies)|plants?|sector|complex|compan(?:y|ies)|firms?|enterprises?|suppliers?|exporters?|contractors?)\b|^[’']s?\s/i;
const END_USE =
  /\b(?:used\s+in\s+(?:\S+\s+)?|(?:components|parts)\s+in\s+(?:\S+\s+){0,2}|for\s+(?:(?:its|their|the|[A-Z]\S*)\s+)?|to\s+(?:build|make|produce|manufacture)\s+(?:(?:its|their)\s+)?(?:own\s+)?)$/;
/**
 * "relies on Chinese suppliers for engines", "has turned to Iran, North Korea and Belarus for
 * ammunition": what one relies on someone for is the goods, not an end use.
 */
const RELIES_FOR =
  /\b(?:(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:\S+\s+){0,2}?on|turn(?:s|ed|ing)?\s+to(?:\s+[^.;]{2,80}?,?\s+and\s+to)?)\s+(?:[^,;.]|,(?=\s+\p{Lu}))(?:[^,;.]|,(?=\s+\p{Lu})){0,79}?\s+for\s+(?:the\s+)?$/u;

/** Nothing but an article between the start of the span read and the goods. */
const OBJECT_AT = /^\s*(?:the\s+)?$/;

/**
 * "components for drones", "spare parts for UAVs", "the parts for the Geran attack drones", "engines for
 * Geran drones": a part noun before "for" and the goods it is part of, with a determiner, a model's
 * name and a kind between; the goods are the vocabulary's most specific ("drone engines" →
 * `uav-engines`, convention 9 of docs/curation.md).
 */
const PART_FOR =
  /\b((?:spare\s+)?(?:components|parts|engines))\s+for\s+(?:(?:the|its|their|Russia[’']s|Russian)\s+)?(?:\p{Lu}[\p{L}\d-]*\s+){0,2}(?:(?:attack|decoy|kamikaze|strike|long-range|military)\s+)?$/u;

/**
 * "sold Russia components for drones": the part noun and its goods read as the vocabulary's
 * "drone components" (the goods' singular, then the part noun) where it holds that phrase; else
 * undefined, and the goods after "for" stay an end use ("components for Russian missiles").
 */
function partsFor(ctx: TextContext, g: GoodsHit): GoodsHit | undefined {
  // Every match holds "for " within the words read; most goods have none before them.
  const before = ctx.text.slice(Math.max(0, g.start - 64), g.start);
  if (!before.includes('for ')) return undefined;
  const m = PART_FOR.exec(before);
  if (!m) return undefined;
  const phrase = `${g.text.replace(/s$/, '')} ${m[1]!.replace(/^spare\s+/, '')}`;
  const hit = ctx.lexicon.goods(phrase)[0];
  if (!hit || hit.start !== 0 || hit.end !== phrase.length) return undefined;
  const start = g.start - before.length + m.index;
  return { id: hit.id, start, end: g.end, text: ctx.text.slice(start, g.end) };
}

/** The goods of sentence `s`, a part noun's goods read with it (partsFor); the same array where none is. */
function withParts(ctx: TextContext, s: number, from: number, to: number): GoodsHit[] {
  const all = ctx.goods(s);
  let out: GoodsHit[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    const part = g.start >= from && g.end <= to ? partsFor(ctx, g) : undefined;
    if (part) (out ??= all.slice())[i] = part;
  }
  // "the engines for the Garpiya drones": the part noun read alone ("engines") is now inside the part's goods.
  return out ? out.filter((g) => !out!.some((p) => p !== g && p.start <= g.start && g.end <= p.end)) : all;
}

export const goodsIn = (ctx: TextContext, s: number, from: number, to: number): GoodsHit[] =>
  withParts(ctx, s, from, to).filter(
    (g) =>
      g.start >= from &&
      g.end <= to &&
      !MODIFIES.test(ctx.text.slice(g.end, g.end + 16)) &&
      // "components … used in Russian drones", "components in Russian missiles": the weapons are the end use.
      // "components for Russian weapons", "to build its own weapons": the goods' end use; not goods right
      // after the verb, whose object they are ("acted as a conduit for navigation systems").
      (OBJECT_AT.test(ctx.text.slice(from, g.start)) ||
        !(
          END_USE.test(ctx.text.slice(Math.max(0, g.start - 34), g.start)) &&
          !RELIES_FOR.test(ctx.text.slice(Math.max(0, g.start - 100), g.start))
        )),
  );
