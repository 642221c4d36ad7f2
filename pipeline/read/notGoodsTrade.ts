/**
 * Session 17 (deletes18): figures beside trade words that a curator deletes because what they
 * measure is no supply of goods, in wordings notTrade.ts does not reach — trade in services, a
 * fine with its payer between verb and amount, goods seized by their worth, a share of payments or
 * a fee, a trade balance followed past its first figure, and a production rate. Each names the
 * kind of wording, not a sentence; the reader leaves such a figure aside with the reason.
 */
import type { Mention } from '../extract/index.js';

/** "exports of services to Russia decreased by 49.0%", "trade in services", "services exports"; not "goods and services". */
const SERVICES = /\b(?:(?:exports?|imports?|trade|sales)\s+(?:of|in)\s+services|services\s+(?:exports?|imports?|trade))\b/i;
const GOODS_AND_SERVICES = /\bgoods\s+(?:and|&)\s+services\b/i;
/**
 * A fine whose payer stands between the verb and the amount ("fined a Florida freight forwarder
 * $1.2 million", "fined 9 companies a total of NT$38 million"), fines said to amount to a sum
 * ("Fines imposed this year amount to EUR 2.3 million") and a fine's bound ("a fine of up to twice
 * the value"). notTrade.ts reads the fine right before a sum of money only.
 */
const FINED = /\b(?:fined|penali[sz]ed)\s+(?:[\p{L}\d’'-]+\s+){1,5}(?:a\s+total\s+of\s+|of\s+|up\s+to\s+)?$/iu;
const FINES_AMOUNT = /\b(?:fines?|penalt(?:y|ies))\b[^.,;]{0,40}\b(?:amount(?:s|ed)?\s+to|total(?:l?ed|s)?|came\s+to|reached)\s+$/i;
const FINE_OF = /\b(?:fines?|penalt(?:y|ies))\s+of\s+(?:up\s+to\s+)?$/i;
/**
 * Session 20 (deletes21): a fine's second bound or its amount after an aside: "a civil penalty of up
 * to $374,474 per violation or twice the value of the transaction", "a fine of the sixth category,
 * currently €1,030,000".
 */
const FINE_WORD = /fine|penalt/i;
const FINE_BOUND = /\b(?:fines?|penalt(?:y|ies))\s+of\s+[^.;]{1,50}?(?:\bor|,\s+(?:currently|now|at\s+present))\s+(?:up\s+to\s+)?$/i;
/** "seized goods worth EUR 38 million": what was seized, by its worth. */
const SEIZED_WORTH =
  /\b(?:seized|seizes|confiscated|impounded|detained|intercepted)\s+(?:[\p{L}-]+\s+){0,3}(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of)\s+(?:about\s+|around\s+|some\s+)?$/iu;
/**
 * A share of payments or settlements, however worded ("The yuan's share of Russia's import payments
 * slipped to 52% … from 58%", "The share of the ruble and the yuan in settlements for imports
 * reached 92%", what a settlement in local currencies "covers"), and a fee on a flow ("charge commissions of 3% to 5%", "whose commissions reach 3-5%",
 * "raised its vehicle recycling fee by 70%").
 */
const PAYMENT_SHARE = /\bshare\b[^.,;]{0,60}\b(?:payments|settlements|transactions)\b[^.,;]{0,40}$/i;
/** What a settlement in a currency covers: "settlement in local currencies, which already covers more than 95% of the trade". */
const SETTLEMENT_COVERS =
  /\b(?:settlements?|payments)\b[^.;]{0,70}\b(?:covers?|covered|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up)\s+(?:(?:already|now|still)\s+)?$/i;
const FEE =
  /\b(?:commissions?|fees?|mark-?ups?)(?:\s+on\s+[^.,;]{1,40}?)?\s+(?:of\s+|by\s+|reach(?:es|ed)?\s+|(?:is|are|was|were)\s+|(?:of\s+)?up\s+to\s+)(?:about\s+|around\s+)?$/i;
/** "the average unit price of Chinese lathes sold in Russia rose 14%": a price, whatever flow word it holds. */
const PRICE_OF = /\b(?:average\s+)?(?:unit\s+|import\s+|export\s+)?prices?\s+of\b[^.,;]{0,70}$/i;
/**
 * Session 20 (deletes21): a price's levels around its change, whatever the unit: "Prices for a set of 4
 * motors went up from 5,500 to 8,000 rubles".
 */
const PRICE_MOVED_TO =
  /\bprices?\s+(?:of|for)\b[^.;]{0,80}\b(?:rose|risen|went\s+up|gone\s+up|increased|climbed|jumped|fell|fallen|dropped|went\s+down|doubled)\b[^.;]{0,30}?\b(?:from|to)\s+(?:about\s+|around\s+|some\s+)?$/i;
/**
 * A trade balance followed past its first figure: "the EU's trade deficit with Russia which peaked
 * at €45.7 billion in the second quarter of 2022 to fall to €0.9 billion": no flow word, and no
 * comma (the figure's clause ends there), between.
 */
const BALANCE_FAR = /\b(?:deficit|surplus|(?:trade|current[- ]account)\s+balance)\b([^,;]{0,160})$/i;
const FLOW_WORD = /\b(?:imports?|exports?|imported|exported|shipments?|shipped|suppl(?:y|ies|ied)|sales|sold|deliveries|delivered)\b/i;
/**
 * A rate of production: "Russia is producing something like 250,000 artillery shells a month",
 * "Russia now makes around 3,000 drones a month". What a country makes, not what it is supplied.
 */
const PRODUCES =
  /\b(?:produc(?:es|ed|ing)|mak(?:es|ing)|manufactur(?:es|ed|ing)|build(?:s|ing)|assembl(?:es|ing)|turn(?:s|ing)\s+out)\s+(?:(?:something\s+like|around|about|some|roughly|nearly|up\s+to)\s+)?$/i;
const PER_PERIOD = /^\s+(?:[\p{L}-]+\s+){1,4}(?:a|per|each|every)\s+(?:day|week|month|year)\b/iu;

/**
 * Session 20 (deletes21): consignments refused at a border ("our customs officers refused entry to
 * 1,240 consignments of sanctioned goods bound for Russia"), enforcement, not supplies; kept as a
 * frame, since its period may be the one a figure after it takes ("…, and Lithuania's exports to
 * Belarus fell by 18% over the same period").
 */
const REFUSED_WORD = /refused|turned|denied/i;
const REFUSED = /\b(?:refused\s+entry\s+to|turned\s+back|denied\s+entry\s+to)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "imported into a third country", "third-country suppliers", "fell for a fifth straight month": an
 * ordinal, not a fraction.
 */
const ORDINAL_WORD = /(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const ORDINAL_AFTER =
  /^[\s-]+(?:countr(?:y|ies)|part(?:y|ies)|straight|consecutive|successive|running|time|round|package|year|month|quarter|week)\b/i;

/** The settlement may stand in the clause before the figure's own (", which already covers"): read past the clause, not the sentence. */
function coveredBySettlement(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  return (before.includes('ettlement') || before.includes('ayments')) && SETTLEMENT_COVERS.test(before);
}

/** Why a figure near trade words measures no supply of goods (the kinds above), or undefined. */
export function notGoodsTradeReason(text: string, m: Mention, clause: { start: number; end: number }): string | undefined {
  const before = text.slice(Math.max(clause.start, m.start - 200), m.start);
  const near = before.slice(-90);
  if (SERVICES.test(near) && !GOODS_AND_SERVICES.test(near)) return 'trade in services, not goods';
  if (
    FINED.test(near.slice(-70)) ||
    FINES_AMOUNT.test(near) ||
    FINE_OF.test(near.slice(-30)) ||
    (FINE_WORD.test(near) && FINE_BOUND.test(near))
  )
    return 'a fine: enforcement, not goods';
  if (m.kind === 'money' && SEIZED_WORTH.test(near)) return 'goods seized, by their worth: enforcement, not a supply';
  if (m.kind === 'percent' && (PAYMENT_SHARE.test(near) || FEE.test(near.slice(-40)) || coveredBySettlement(text, m)))
    return 'a share of payments or a fee, not of goods';
  if (m.kind === 'percent' && PRICE_OF.test(near)) return 'a change of a price, not of a flow';
  if (m.kind !== 'percent' && near.includes('rice') && PRICE_MOVED_TO.test(near)) return 'a price, not a flow';
  const balance = BALANCE_FAR.exec(before);
  if (balance && !FLOW_WORD.test(balance[1]!)) return 'a trade balance, the difference of two flows, not a flow';
  return undefined;
}

/**
 * Why a figure is left aside though the figures after it may continue its reading, as after a
 * forecast: a rate of production (PRODUCES, PER_PERIOD), "a third" that is "a third country"
 * (ORDINAL_WORD, ORDINAL_AFTER), or consignments refused (REFUSED). Read after the figure's frame, so that a figure after it reads as before.
 */
export function asideKeepingFrame(text: string, m: Mention): string | undefined {
  if (ORDINAL_WORD.test(m.text) && ORDINAL_AFTER.test(text.slice(m.end, m.end + 14))) return 'an ordinal ("a third country"), not a share';
  if (
    (m.kind === 'count' || m.kind === 'number') &&
    PRODUCES.test(text.slice(Math.max(0, m.start - 50), m.start)) &&
    PER_PERIOD.test(text.slice(m.end, m.end + 60))
  )
    return 'a rate of production, not a supply';
  if (m.kind === 'count' || m.kind === 'number') {
    const before = text.slice(Math.max(0, m.start - 48), m.start);
    if (REFUSED_WORD.test(before) && REFUSED.test(before)) return 'a count of consignments refused: enforcement, not supplies';
  }
  return undefined;
}
