/**
 * The words that point back to the statistic before ("such goods", "they", "the country"), shared
 * by the flow, sides and product phases of reading a statistic (observations.ts).
 */
import type { TextContext } from './context.js';

const ANAPHORA =
  /\b(?:such goods|such items|such products|(?:these|those)(?: same)? (?:goods|items|products|components|parts)|the same (?:goods|machines|items|products|period)|the shipments|these shipments|those shipments|they|these|those|its|their|the two|the (?:[A-Z][\p{L}-]*\s+)*(?:country|nation|republic)|the (?:imports|exports|total|market)|(?:that|this) total|^(?:that|this)\s+(?:put|puts|brought|brings|left|leaves|took|takes|pushed|pushes|lifted|lifts|raised|raises|gave|gives))\b/iu;

/** "such goods", "they", "the country": read only where a statistic before could be continued. */
export const anaphoraIn = (ctx: TextContext, s: number): RegExpExecArray | null =>
  ctx.memo('anaphora', s, (k) => ANAPHORA.exec(ctx.text.slice(ctx.spans[k]!.start, ctx.spans[k]!.end)));
/** "such goods", "the same items", "in this category": the goods of the statistic before. */
export const SAME_GOODS =
  /\b(?:such|the same|these|those)\s+(?:same\s+)?(?!(?:countries|nations|firms|companies|states|figures|numbers|data|statistics|years|months|quarters|periods|sanctions|measures|rules|controls|routes|flows|buyers|sellers|suppliers|traders|importers|exporters|people|officials)\b)[a-z-]{3,}s\b|\b(?:in|of|for)\s+(?:the|this|that)\s+(?:category|segment|product group)\b/i;
