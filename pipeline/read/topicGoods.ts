/**
 * Goods named by the sentence's topic rather than the verb's object: "When it comes to weapons,
 * what we’ve seen is North Korea and Iran providing things to Russia" — a speaker's "things",
 * "them" stand for the goods the topic names (remarks and press availabilities speak this way).
 */
import type { TextContext } from './context.js';
import type { GoodsHit } from './goods.js';
import type { ReadClaim } from './types.js';

const TOPIC = /^\s*(?:(?:But|And|Now|So),?\s+)?(?:when|where)\s+it\s+comes\s+to\s+[^,]{2,60},/i;
const VAGUE = /\b(?:provid\w*|suppl\w*|send\w*|sell\w*|deliver\w*|giv\w*|ship\w*|transfer\w*)\s+(?:things|them|those|it|that|stuff)\b/i;

/** The goods of the topic of claim `c`'s sentence `s`, when the claim's own object is a word that stands for them. */
export function topicGoods(ctx: TextContext, c: ReadClaim, s: number): GoodsHit | undefined {
  if (c.goods !== null) return undefined;
  const start = ctx.spans[s]!.start;
  const head = ctx.text.slice(start, c.start);
  if (!head.includes('comes to')) return undefined;
  const topic = TOPIC.exec(head);
  if (!topic || !VAGUE.test(c.quote)) return undefined;
  return ctx.goods(s).find((g) => g.id !== null && g.start >= start + topic.index && g.end <= start + topic.index + topic[0].length);
}
