/**
 * Figures near trade words that measure something else: the economy, prices, a currency or a
 * rate ("inflation stood at 9.1%", "the rupee fell 0.3%"), aid and payments ("$50 billion in
 * security assistance", "90% of our settlements"), losses and use of weapons ("lost at least
 * 3,000 tanks", "fire 10,000 shells a day"), enforcement (fines, settlements, money seized,
 * consignments inspected or seized), the size of a market ("the truck market shrank by a third"),
 * limits ("a cap of 500,000 barrels"), and a share of goods by the country or firms that made them
 * ("a third of the chips were made in the United States") or that were found in weapons ("95% of
 * the foreign components it found came from China …"). A curator deletes such drafts; the reader
 * leaves them aside.
 */
import type { Mention } from '../extract/index.js';
import type { FlowCue } from './measure.js';

/** The subject of the figure is the economy, a price, a rate or a currency. */
const MACRO_BEFORE =
  /\b(?:inflation|prices?|(?:key|interest|policy|refinancing|exchange|unemployment|growth)\s+rates?|economy|economic growth|GDP|gross domestic product|output|unemployment|budget|deficit|(?:rupee|rouble|ruble|yuan|renminbi|lira|tenge|som|dram|dirham|dollar|euro|pound|currency|stocks?|shares|index|bond yields?))\b[^,;]{0,40}$/i;
/** What the figure is of or in: payments, aid, the economy. */
const NOT_GOODS_AFTER =
  /^\s+(?:of|in)\s+(?:(?:the|its|their|our|his|her|this|that|all)\s+)?(?:[a-z-]+\s+){0,2}?(?:economy|GDP|gross domestic product|budget|settlements|payments|population|territory|workforce|assistance|aid|support|loans?|credit|grants?|investments?|funding|reserves|revenues?|debt)\b/i;
/** "£3 billion a year in military support": aid given per year. */
const AID_PER_YEAR = /^\s+(?:a|per|each)\s+year\s+in\s+(?:[a-z-]+\s+){0,2}?(?:support|assistance|aid)\b/i;
/** A count of weapons lost, destroyed or fired. */
const LOSS_BEFORE =
  /\b(?:lost|loses|lose|destroyed|captured|downed|shot down|killed|wounded|fired|fire|fires|firing|launched|launch|launches|expended|expend|expends|intercepted)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * Money a text says was paid as a fine or a settlement, or seized: "paid fines of 85 million lira",
 * "imposed penalties of £1.2 million", "agreed to pay $3.1 million to settle", "has seized
 * approximately $1.68 million". Enforcement, not goods.
 */
const PENALTY_BEFORE =
  /\b(?:(?:fines?|penalt(?:y|ies)|settlements?|forfeitures?)\s+(?:of|totall?ing|worth|amounting\s+to)|seized|seizes|seize|forfeited|confiscated|fined)\s+$/i;
const PENALTY_AFTER =
  /^\s+(?:in\s+)?(?:(?:civil|criminal|administrative)\s+)?(?:fines?\b|penalt(?:y|ies)\b|to\s+settle\b|in\s+settlement\b)/i;
/**
 * A count of consignments checked or stopped: "inspected 1,200 consignments bound for Russia",
 * "seized 95 consignments of dual-use goods". Enforcement, not supplies.
 */
const CHECKED_BEFORE =
  /\b(?:inspected|inspects|inspect|checked|checks|screened|examined|seized|seizes|blocked|blocks|stopped|stops|detained|detains|impounded|confiscated|held\s+up)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "Russia's truck market shrank by a third": the size of a market, not a supply to it. */
const MARKET_SIZE =
  /\bmarket\s+(?:has\s+|had\s+)?(?:shrank|shrunk|shrinks|contracted|contracts|grew|grows|expanded|expands|fell|falls|rose|rises|declined|declines)\s+(?:by\s+)?$/i;
/** A cheap test before PAYMENTS_BEFORE, which most figures fail. */
const PAYMENT_WORD = /ettlements|ayments|ransactions|emittances/;
/** Payments as the subject: "Settlements in national currencies now account for more than 95% of our trade". */
const PAYMENTS_BEFORE =
  /\b(?:settlements|payments|transactions|remittances)\b[^,;]{0,50}\b(?:account(?:ed|s)?\s+for|made\s+up|make\s+up|represent(?:ed|s)?|(?:is|are|was|were)\s+(?:now\s+)?(?:at|about))\s+$/i;
/** A trade balance is a difference of two flows, not a flow: "the EU's trade deficit with Russia narrowed to €2.1 billion". */
const BALANCE_BEFORE = /\b(?:(?:trade\s+)?(?:deficit|surplus)|(?:trade|current[- ]account)\s+balance)\b[^,;]{0,40}$/i;
/** A limit set on a flow, not the flow: "a U.N. cap of 500,000 barrels a year". */
const LIMIT_BEFORE = /\b(?:cap|ceiling|limit|quota|threshold)\s+(?:of\s+)?$/i;
/**
 * A share of goods bought before that went on elsewhere: "40% of these goods were later re-exported"; "about 60% of
 * the used cars exported to Kyrgyzstan were later re-exported to Russia" (the goods named, and where they went first).
 */
const PASSED_ON =
  /^\s+of\s+(?:these|those|such|the)\s+(?:goods|items|imports|products|(?:[\p{L}-]+\s+){0,2}(?:cars|vehicles|goods|items|products|machines|components)(?:\s+(?:exported|shipped|sent|sold)\s+to\s+[^.,;]{2,40}?)?)\s+(?:were|was|are|is|have been|had been)\s+(?:later\s+|then\s+|subsequently\s+)?(?:re-exported|resold|re-sold|passed on)\b/iu;
/** Goods by their maker's country: "made in the United States". */
const MAKER = /\b(?:made|manufactured|produced|designed|built|assembled)\s+(?:originally\s+)?(?:in|by)\b/i;
/** A share of goods passed on, by their origin: "About a quarter of these goods originated in China". */
const ORIGIN_OF_THESE =
  /^\s+of\s+(?:these|those|such|the)\s+(?:[\p{L}-]+\s+){0,2}(?:goods|items|products|components|parts|re-exports)\s+(?:originated|originate|were\s+made|were\s+produced|were\s+manufactured)\s+in\b/iu;
/** A share of shipments by who handled them: "three-quarters of those shipments were handled by firms …". */
const HANDLED =
  /^\s+of\s+(?:the|these|those|such)\s+(?:[\p{L}-]+\s+){0,2}(?:shipments|goods|items|imports|exports|deliveries|consignments|transactions|payments)\s+(?:were|was|are|is|had been|have been)\s+(?:handled|processed|carried|financed|paid for|insured|cleared|arranged)\s+(?:by|through)\b/iu;

/**
 * A share of what was found in weapons: "95% of the foreign components it found came from China …";
 * session 20 (deletes21): "Around 80 percent of the electronic components we find in the Geran drones".
 */
const FOUND =
  /^\s+of\s+(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}(?:components|parts|items|chips)\s+(?:(?:it|they|we|investigators|experts)\s+)?(?:found|finds?|recovered|identified|discovered)\b/iu;

/**
 * What ORIGIN_OF_THESE, HANDLED and FOUND all need (their articles and nouns together): most
 * shares "of the …" fail this one test, and the three are not tried.
 */
const SHARE_OF_THESE =
  /^\s+of\s+(?:the|these|those|such)\s+(?:[\p{L}-]+\s+){0,2}(?:goods|items|products|components|parts|re-exports|shipments|imports|exports|deliveries|consignments|transactions|payments|chips)\s/iu;

/**
 * Session 20 (deletes21): a share of one firm's sales, no country's flow: "“between 10% and 15%” of his
 * firm's sales end up in Russia", "ninety percent of what we sell goes to the defense factories".
 */
const FIRM_SALES =
  /^[”"]?\s+of\s+(?:(?:his|her|our|their|its|the|one)\s+(?:firm|company|business|group|plant|factory)[’']s\s+(?:sales|exports|turnover|revenues?|output)|what\s+(?:we|they|it|he|she|the\s+(?:firm|company))\s+(?:sells?|sold|exports?|exported|ships?|shipped))\b/i;

/** Why the figure measures no supply or trade, or undefined. */
/** Goods that had come from a third country before: "60% of the machinery Uzbekistan exported … had been imported from China". */
const EARLIER_ORIGIN =
  /^\s+of\s+(?:the|these|those|such)\s+[^.;%]{0,80}?\b(?:had\s+been|were\s+originally|was\s+originally)\s+(?:imported|brought\s+in|sourced)\s+from\b/i;
/** "roughly 80% of their pre-war level", "60% of the 2021 value": a ratio to a base. */
const OF_LEVEL =
  /^\s+of\s+(?:their|its|the)\s+(?:(?:pre-war|prewar|pre-invasion|peak|former|previous|earlier|\d{4})\s+)?(?:level|levels|value|volume|peak)\b/i;
/** A price: "$640 per unit", "$60 a barrel", "$2,000 apiece". */
const PER_UNIT = /^\s*(?:(?:per|a|an)\s+(?:unit|piece|item|tonne|ton|barrel|kilogram|kg|drone|vehicle|car|round|shell)\b|apiece\b|each\b)/i;
/** A count of goods a rule restricts or a list holds: "restricts exports of 1,159 items to Russia". */
const RESTRICTED_BEFORE =
  /\b(?:restricts?|restricted|restricting|bans?|banned|banning|prohibits?|prohibited|prohibiting|controls?|controlled|lists?|listed)\s+(?:on\s+|over\s+)?(?:the\s+)?(?:(?:exports?|imports?|sales?|shipments?|transfers?)\s+of\s+)?$/i;
/**
 * Session 20 (deletes21): items added to a list of controlled goods, and the list's new total: "to
 * add 243 items to the list of items whose export to Russia … requires a permit, bringing the total
 * to 1,402 items", "Addition of 243 items (HS 6-digit level)".
 */
const ADDED_BEFORE =
  /\b(?:add(?:s|ed|ing)?|addition\s+of|bringing\s+the\s+total\s+to|brings\s+the\s+total\s+to)\s+(?:another\s+|a\s+further\s+)?$/i;
const LIST_ITEMS_AFTER = /^\s+(?:more\s+|new\s+|further\s+)?(?:items|goods|products|HS\s+codes|tariff\s+lines|product\s+categories)\b/i;
/**
 * Session 20 (deletes21): aid by its worth or a commitment's total: "humanitarian aid worth over USD
 * 200 million", "our total commitment now more than A$1.5 billion", "has spent more than $65 billion on
 * military aid to Kyiv".
 */
const AID_BEFORE =
  /\b(?:(?:humanitarian|military|financial|economic|security|defen[cs]e)\s+(?:aid|assistance|support)\s+(?:worth|of|totall?ing|valued\s+at)|(?:total\s+)?commitment(?:\s+to\s+\S+)?\s+(?:(?:now|is|of|stands\s+at|to\s+date)\s+){0,2})\s*$/i;
const ON_AID_AFTER = /^\s+(?:on|in|for)\s+(?:(?:military|humanitarian|financial|economic|security|defen[cs]e)\s+)?(?:aid|assistance)\b/i;
/** "roughly level with the half before": a half-year, not a fraction. */
const HALF_YEAR = /\b(?:the|that|this|previous|preceding)\s+$/i;
const HALF_YEAR_AFTER = /^\s*(?:before|earlier|after|year|[.,;]|$)/i;

export function notTradeReason(
  text: string,
  m: Mention,
  clause: { start: number; end: number },
  measure: string,
  cues: readonly FlowCue[],
): string | undefined {
  // The words a figure's subject or verb can be in: the clause before it, at most 80 characters.
  const before = text.slice(Math.max(clause.start, m.start - 80), m.start);
  const after = text.slice(m.end, Math.min(clause.end, m.end + 60));
  let cueBefore = false;
  let clauseCues = 0;
  for (const c of cues) {
    if (c.start < clause.start || c.end > clause.end) continue;
    clauseCues++;
    if (c.end <= m.start) cueBefore = true;
  }
  if (!cueBefore && MACRO_BEFORE.test(before)) return 'a figure of the economy, a price, a rate or a currency';
  if (PAYMENT_WORD.test(before) && PAYMENTS_BEFORE.test(before)) return 'a share of payments or settlements, not of goods';
  if (BALANCE_BEFORE.test(before)) return 'a trade balance, the difference of two flows, not a flow';
  if (
    NOT_GOODS_AFTER.test(after) ||
    AID_PER_YEAR.test(after) ||
    (after.includes(' a') && ON_AID_AFTER.test(after)) ||
    ((before.includes('aid') || before.includes('ssistance') || before.includes('upport') || before.includes('ommitment')) &&
      AID_BEFORE.test(before.slice(-60)))
  )
    return 'a figure of aid, payments or the economy, not of goods';
  if (m.kind === 'money' && (PENALTY_BEFORE.test(before.slice(-40)) || PENALTY_AFTER.test(after)))
    return 'a fine, a settlement or money seized: enforcement, not goods';
  if ((m.kind === 'count' || m.kind === 'number') && CHECKED_BEFORE.test(before.slice(-48)))
    return 'a count of consignments checked or stopped: enforcement, not supplies';
  if (MARKET_SIZE.test(before.slice(-48))) return 'the size of a market, not a supply to it';
  if (measure === 'share' && PASSED_ON.test(text.slice(m.end, Math.min(clause.end, m.end + 110))))
    return 'a share of goods passed on, which no indicator measures';
  if (LIMIT_BEFORE.test(before.slice(-24))) return 'a limit set on a flow, not the flow';
  if ((m.kind === 'count' || m.kind === 'number') && LOSS_BEFORE.test(before.slice(-48)))
    return 'a count of weapons lost or used, not supplied';
  if (measure === 'share' && clauseCues === 0 && MAKER.test(text.slice(m.end, clause.end)))
    return 'a share of goods by the country that made them';
  const ofThese = measure === 'share' && SHARE_OF_THESE.test(after);
  if (ofThese && ORIGIN_OF_THESE.test(after)) return 'a share of goods by the country that made them';
  if (ofThese && HANDLED.test(after)) return 'a share of shipments by who handled them, which no indicator measures';
  if (ofThese && FOUND.test(after)) return 'a share of goods found in weapons, by their origin';
  if (measure === 'share' && after.includes(' of ') && FIRM_SALES.test(after)) return "a share of one firm's sales, no country's flow";
  if (measure === 'share' && after.includes(' of ') && EARLIER_ORIGIN.test(text.slice(m.end, Math.min(clause.end, m.end + 160))))
    return 'a share of goods by where they had come from, which no indicator measures';
  if (m.kind === 'percent' && OF_LEVEL.test(after)) return 'a ratio to a base level, not a share of a flow';
  if (m.kind === 'money' && PER_UNIT.test(after)) return 'a price per unit, not a flow';
  if (
    (m.kind === 'count' || m.kind === 'number') &&
    (RESTRICTED_BEFORE.test(before.slice(-48)) || (ADDED_BEFORE.test(before.slice(-40)) && LIST_ITEMS_AFTER.test(after)))
  )
    return 'a count of goods restricted or listed, not supplied';
  if (m.text === 'half' && HALF_YEAR.test(before.slice(-12)) && HALF_YEAR_AFTER.test(after)) return 'a half-year, a period';
  return undefined;
}
