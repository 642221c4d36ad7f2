/**
 * Session 17 (deletes18): supply words that state no supply a curator records, found among the
 * drafts curators delete — a trade's trend, which its figures measure ("Kazakhstan's exports of
 * machine tools to Russia jumped in 2023"), a transfer only possible ("the potential transfer of
 * Iranian missiles"), what is given that is no goods ("provides Russia with a major market for its
 * energy"), and support given to a measure ("Congress has supported sanctions against Russia");
 * session 20 (deletes21): a trade's size, which its figure states.
 */
import type { Trigger } from './triggers.js';

/**
 * A trade noun whose own clause says it rose or fell: the statistic states the trade (curation.md,
 * convention of session 14), the trend alone is no claim. Past participles after "have", "has",
 * "had" too ("have fallen sharply", "had declined since the summer").
 */
const TREND =
  /^[^.;,:]*?\b(?:(?:have|has|had)\s+(?:\p{Ll}+ly\s+)?)?(?:rose|risen|jumped|surged|soared|grew|grown|climbed|fell|fallen|declined|slumped|dropped|plunged|plummeted|tumbled|slid|shrank|shrunk|doubled|tripled|increased|decreased|rebounded|recovered|collapsed|picked\s+up|continu(?:e|es|ed)\s+to\s+(?:grow|rise|increase|decline|fall|shrink))\b/u;
/**
 * Session 20 (deletes21): a trade noun whose clause gives its size, past an aside if need be, is a
 * statistic the figure states, no claim: "Chinese exports of nitrocellulose to Russia, a key input for
 * propellants, reached 1,700 tonnes", "Norwegian exports of goods to Russia amounted to NOK 1.9
 * billion", "Turkish shipments of CHPL goods to Russia numbered between 600 and 700 per month".
 */
/** LEVEL needs a figure: most clauses hold no digit, and are not tried. */
const HAS_DIGIT = /\d/;
const LEVEL =
  /^[^.;:]{0,120}?\b(?:amounted\s+to|accounted\s+for|reached|numbered|totall?ed|came\s+to|stood\s+at|(?:were|was)\s+worth|were|was)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|between\s+|only\s+|just\s+|an?\s+estimated\s+)?(?:US\$|[$€£¥]|[A-Z]{2,3}\s?\$?\s?\d|\d)/;
/** "the potential transfer of", "a possible sale of": a supply only possible. */
const POSSIBLE = /\b(?:potential|possible|prospective|hypothetical|future|eventual)\s+$/i;
/**
 * What a supply verb gives that is no goods: "provides Russia with a major market for its energy",
 * "providing North Korea with "financial benefit[s], diplomatic support …"".
 */
const NOT_GOODS_GIVEN =
  /^\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’']*\s+){1,3}with\s+|(?:it|them|us)\s+with\s+|with\s+)?["“]?(?:(?:a|an|the)\s+)?(?:(?:major|key|vital|important|large|huge|ready|reliable|alternative|new|much-needed|badly\s+needed|crucial|critical|economic|financial|diplomatic|political|greater|additional|further)\s+)*(?:markets?|outlets?|benefits?|benefit\[s\]|lifelines?|protection|cover|legitimacy|revenues?|income|cash|money|funds|financing)\b/u;
/** "supported sanctions against Russia", "supported the listing of 45 entities": support given to a measure, not to Russia. */
const SUPPORTED_MEASURE =
  /^\s+(?:(?:the|a|an|new|further|tougher|more|its|their)\s+)*(?:sanctions|listings?|designations?|measures|restrictions|controls|package|resolution|efforts?|bill|proposals?|calls?)\b/i;

/**
 * Whether the supply word `t` of a sentence ending at `spanEnd` states no supply, by the kinds above.
 * `noGoods`: the verb names no goods of the vocabulary on either side.
 */
export function statesNoSupply(text: string, t: Trigger, spanEnd: number, noGoods: boolean): boolean {
  const word = text.slice(t.start, t.end);
  const after = text.slice(t.end, Math.min(spanEnd, t.end + 160));
  if (t.kind === 'trade') {
    if (TREND.test(after) || (HAS_DIGIT.test(after) && LEVEL.test(after))) return true;
    if (POSSIBLE.test(text.slice(Math.max(0, t.start - 24), t.start))) return true;
  }
  // Goods "moving (moved) from China to Russia" whose clause gives their size are a transit statistic.
  if (t.kind === 'from' && /^mov/i.test(word) && HAS_DIGIT.test(after) && LEVEL.test(after)) return true;
  if (noGoods && t.kind === 'supply' && NOT_GOODS_GIVEN.test(after)) return true;
  if (/^support(?:ed|s)?$/i.test(word) && SUPPORTED_MEASURE.test(after)) return true;
  return false;
}
