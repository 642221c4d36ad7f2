/**
 * The goods a figure's paragraph is about, for a figure whose own sentence names none: the goods of
 * a sentence before it in its paragraph that states no figure ("Bearings followed the same path.
 * Sales to Russia climbed to $21 million"; "Chinese CNC lathes kept flowing to Russia during the
 * quarter. Exports of the machines …"), else of the heading line right above the paragraph
 * ("THERMAL SIGHTS" over "Russia's imports from China came to $62 million"). A figure of a trade
 * as a whole ("total", "all", "goods", "turnover") takes no topic: its product is null
 * (docs/reading.md, product). Only goods the vocabulary knows are taken; a topic naming goods it
 * lacks gives none, so a figure is never given goods its text did not mean.
 */
import type { TextContext } from './context.js';
import type { GoodsHit } from './goods.js';
import { opensParagraph } from './sentences.js';

/** Words of a figure on a whole trade, or on all of some goods. */
const WHOLE = /\b(?:total|totals|totalled|totaled|overall|all|everything|aggregate|turnover|goods|merchandise|economy|non-\w+)\b/i;
/** A noun after a goods word that makes it a modifier: "weapons systems", "drone factories". */
const MODIFIER_AFTER =
  /^\s+(?:systems?|programs?|programmes?|platforms?|factories|factory|plants?|industry|industries|production|sector|projects?|capabilities|capability|components|parts)\b/i;
/** Words before goods that name their end use or where they were found, not the goods traded. */
const END_USE_BEFORE = /\b(?:critical to|used (?:in|by|for)|found in|for use in|to build|to make|to produce|against)\b[^.;]{0,40}$/i;
/** A heading: a short line of its own with no closing punctuation. */
const HEADING_MAX = 80;
const CLOSING = /[.!?:;,"”)]$/;

/**
 * The goods a sentence is about: its last goods word the vocabulary knows ("Trucks loaded with
 * Chinese ball bearings queue": the bearings), unless that word closes a list of goods ("machine
 * tools and bearings": no one product) or is a word the vocabulary lacks.
 */
function topicOf(text: string, all: readonly GoodsHit[]): GoodsHit | null | undefined {
  // Goods that modify another noun or name an end use are not what the sentence speaks of
  // ("critical to Russia's precision-guided weapons systems", "found in seized Russian weapons platforms").
  const hits = all.filter(
    (h) => !MODIFIER_AFTER.test(text.slice(h.end, h.end + 24)) && !END_USE_BEFORE.test(text.slice(Math.max(0, h.start - 48), h.start)),
  );
  // Goods words that are none of these stop the search: the sentence speaks of other things.
  if (hits.length === 0) return all.length === 0 ? undefined : null;
  const last = hits[hits.length - 1]!;
  if (last.id === null) return null;
  const before = hits[hits.length - 2];
  if (before && before.id !== last.id && /^\s*(?:,|and|or|&|as well as)\s*(?:\w+\s+)?$/i.test(text.slice(before.end, last.start)))
    return null;
  return last;
}

export function productTopic(ctx: TextContext, s: number, flow: string): GoodsHit | undefined {
  if (flow !== 'import' && flow !== 'export' && flow !== 'supply') return undefined;
  const { text, spans } = ctx;
  if (WHOLE.test(text.slice(spans[s]!.start, spans[s]!.end))) return undefined;
  let k = s - 1;
  for (; k >= 0 && k >= s - 2; k--) {
    if (opensParagraph(text, spans, k + 1)) break;
    // A statistic before is the frame's to continue (observations.ts), not a topic.
    if (ctx.mentionsIn(k).length > 0) return undefined;
    const topic = topicOf(text, ctx.goods(k));
    if (topic !== undefined) return topic ?? undefined;
  }
  if (k < 0 || k < s - 2) return undefined;
  // At the paragraph's start: the heading above it, if the line before is one.
  const heading = spans[k]!;
  const line = text.slice(heading.start, heading.end);
  if (line.length > HEADING_MAX || line.includes('\n') || CLOSING.test(line) || ctx.mentionsIn(k).length > 0) return undefined;
  return topicOf(text, ctx.goods(k)) ?? undefined;
}
