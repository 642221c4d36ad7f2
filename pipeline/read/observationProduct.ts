/**
 * The product phase of reading a statistic (observations.ts): the goods its clause names nearest
 * the figure, else those of the statistic it continues or of its paragraph (productTopic.ts), and
 * whether the figure is a share whose part is a product ("Machinery … made up 52% of China's exports").
 */
import type { Mention } from '../extract/index.js';
import type { CountryHit } from './countries.js';
import type { TextContext } from './context.js';
import { partNamedAfter, inJoinedFigureClause, inLaterFigureClause } from './direction.js';
import { ev } from './evidence.js';
import { compositionAsides, GENERIC_UNIT, nearestGoods, OF_WHICH, PART_OF_FLOW } from './figureText.js';
import type { Frame } from './frame.js';
import type { MeasureReading } from './measure.js';
import { WHOLE_TRADE as ALL_GOODS } from './annotationTerms.js';
import { anaphoraIn, SAME_GOODS } from './observationAnaphora.js';
import { goodsOfAnotherFlow, WHOLE_TRADE } from './wholeTrade.js';
import { partListItem } from './partList.js';
import { productTopic } from './productTopic.js';
import { partByGoods, REPORTER_BEFORE } from './statisticCues.js';
import { isLabelLine } from './tableFrame.js';
import type { Flow, ReadObservation } from './types.js';
import { within } from './within.js';

/** Anaphora that name the goods of the statistic before: "such goods", "the imports", "That put …". */
const SAME_PRODUCT = /such|same(?!\s+period)|shipments|imports|exports|total|market|^th(?:at|is)\b|(?:these|those) \w/i;
/** "the parts", "these components": goods words the vocabulary lacks, read as the goods named before. */
const anaphoricGoods = (text: string, h: { id: string | null; start: number }): boolean =>
  h.id === null && /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(0, h.start - 7), h.start));
/** A clause of reason or concession between a figure and goods after it. */
const REASON_BETWEEN = /\b(?:because|although|though|whereas)\b/i;
/** A figure's own "of" phrase ending on an anaphor of goods: "of Russia's imports of such goods". */
const OF_SUCH =
  /^\s+of\s+(?:[\p{L}’'-]+\s+){0,4}?(?:such|these|those|the\s+same)\s+(?:goods|items|products|components|parts|imports|exports)\b/u;
/** "of them", "of it": the flow the clause before named. */
const OF_THEM = /^\s+of\s+(?:them|it)\b/;
const PART_VERB_BEFORE = /\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|comprised)\s+$/;
/** "the share of <goods> in exports to Russia was": the part named before the flow it is a share of. */
const SHARE_OF_GOODS_IN =
  /\bshare\s+of\s+([^;:]{2,80}?)\s+in\s+(?:(?:the|all|total)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:exports|imports)\b[^.;]*$/iu;
/** What the engines are for, right after them: " for its Geran attack drones". */
const ENGINES_FOR_DRONES =
  /^\s+for\s+(?:(?:its|their|the|Russia[’']s|Russian)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:drones|UAVs|unmanned\s+aerial\s+vehicles)\b/u;
/** The engines a drones word closes the phrase of: "engines for its Geran attack ". */
const DRONES_OF_ENGINES = /\bengines\s+for\s+(?:(?:its|their|the|Russia[’']s|Russian)\s+)?(?:[\p{L}-]+\s+){0,3}?$/u;
/** Drone parts named first, the engines after them: "drone motors and ". */
const DRONE_PARTS_AND = /\b(?:drone|UAV)\s+(?:motors|parts|components)\s+and\s+$/;
/** The other parts named with drone engines in one figure's goods. */
const ENGINES_AND_PARTS = /^\s+and\s+(?:other\s+)?(?:parts|components|flight\s+controllers)\b/;
/** The "of" phrase of a count's noun up to its goods: " of artillery and rocket ". */
const OWN_NOUN_OF = /^\s+of\s+[^,;.()]{0,40}$/;
/** "another $9 million", "a further 12%": more of what the statistic before counted. */
const FURTHER = /\b(?:another|a further|an additional|an extra)\s+$/i;

/** The figure's goods: the vocabulary's id and the words read, and whether it is a product share. */
export interface ProductReading {
  product: string | null;
  label: string | null;
  share: boolean;
}

/**
 * Read the goods of figure `m` of sentence `s`, whose measure, flow and sides are read; `total` is the
 * sentence's opening total ("Of the $9 billion …,", openingTotal.ts), `countries` the countries that
 * can be its sides, `frame` the statistic it may continue, `cueCount` the flow words of its sentence.
 * The evidence of the product is written to `evidence`. (Arguments, not one object: this runs for
 * every figure read.)
 */
export function observationProduct(
  ctx: TextContext,
  m: Mention,
  s: number,
  clause: { start: number; end: number },
  total: { start: number; end: number } | undefined,
  countries: CountryHit[],
  measure: MeasureReading,
  flow: Flow,
  frame: Frame | undefined,
  continuation: boolean,
  cueCount: number,
  evidence: ReadObservation['evidence'],
): ProductReading {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const mentionsHere = ctx.mentionsIn(s);
  const attribution = ctx.attribution(s);
  const inTotal = total !== undefined && within(m, total);
  const sentenceGoods = ctx.goods(s);
  const asides = sentenceGoods.length === 0 ? [] : ctx.memo('composition', s, () => compositionAsides(text, span));
  // Goods after a later clause's own figure are that figure's ("…, while imports from Russia slipped 1.8% … for Russian crude").
  // "nearly 90% of Russia's imports of such goods, and that … machine tools": the anaphor names the figure's goods.
  const such = sentenceGoods.length > 0 ? OF_SUCH.exec(text.slice(m.end, Math.min(span.end, m.end + 80))) : null;
  const suchEnd = such ? m.end + such[0].length : -1;
  const goods = sentenceGoods.filter(
    (g) =>
      !(such && g.start >= suchEnd) &&
      !within(g, attribution) &&
      !asides.some((a) => within(g, a) && !within(m, a)) &&
      (!inTotal || within(g, total)) &&
      !inLaterFigureClause(text, g.start, clause, mentionsHere, span, true) &&
      !inJoinedFigureClause(text, g.start, clause, mentionsHere, span) &&
      // "…, because arms deliveries are not declared": goods of a clause giving a reason are not the figure's.
      !(g.start > m.end && REASON_BETWEEN.test(text.slice(m.end, g.start))) &&
      // "…, while imports of Russian oil rose", "…, and most of it is energy, cars": another flow's goods, a total's contents.
      !(g.start > m.end && goodsOfAnotherFlow(text.slice(m.end, g.start))),
  );
  // "Chemicals accounted for 38% of EU exports, machinery for 31% and food and drink for 14%": each item's own words.
  const item = measure.measure === 'share' && sentenceGoods.length > 0 ? partListItem(text, span, m, mentionsHere) : undefined;
  const g = item ? goods.find((x) => within(x, item)) : nearestGoods(goods, m, clause, text);
  let product: string | null = g?.id ?? null;
  let productLabel: string | null = g?.text ?? null;
  // A count of things the vocabulary lacks ("15,000 navigation modules") is of no goods named elsewhere.
  // A bare number that repeats the count before it ("9,500 cars …, up from 4,300") counts the same goods.
  const ownNoun = measure.noun !== null && !GENERIC_UNIT.test(measure.noun) && measure.evidence.start >= m.start;
  // Nor goods the noun's own "of" phrase names ("12 million rounds of artillery and rocket ammunition").
  const ofOwnNoun = (h: { start: number }) =>
    h.start >= measure.evidence.end && OWN_NOUN_OF.test(text.slice(measure.evidence.end, h.start));
  if (g && ownNoun && !(g.start < measure.evidence.end + 4 && g.end > m.end) && !ofOwnNoun(g)) {
    product = null;
    productLabel = null;
  } else if (g) {
    evidence.product = ev(text, g.start, g.end, 'nearest goods word');
    // "the engines for its Geran attack drones", "drone motors and engines": engines for drones are drone
    // engines (docs/curation.md, convention 9).
    if (
      (g.id === 'engines' &&
        (ENGINES_FOR_DRONES.test(text.slice(g.end, g.end + 60)) || DRONE_PARTS_AND.test(text.slice(Math.max(0, g.start - 30), g.start)))) ||
      (g.id === 'uavs' && DRONES_OF_ENGINES.test(text.slice(Math.max(0, g.start - 50), g.start)))
    ) {
      product = 'uav-engines';
      evidence.product = ev(text, g.start, g.end, 'engines for drones');
    }
    // "drone engines and parts (flight controllers)": one figure of the parts, the engines among them.
    const parts = g.id === 'uav-engines' ? ENGINES_AND_PARTS.exec(text.slice(g.end, g.end + 40)) : null;
    if (parts) {
      product = 'uav-components';
      productLabel = text.slice(g.start, g.end + parts[0].length);
      evidence.product = ev(text, g.start, g.end + parts[0].length, 'engines named with the other parts: the parts');
    }
  } else if (
    !item &&
    frame &&
    // "Trade between the two countries reached $245 billion": a pair's whole trade continues no goods.
    !WHOLE_TRADE.test(text.slice(clause.start, m.start)) &&
    s - frame.sentence <= 2 &&
    // A table's line names its own row ("Electronics: $12 million"): no goods of the row before.
    !(cueCount === 0 && isLabelLine(text, span.start)) &&
    (continuation ||
      SAME_PRODUCT.test(anaphoraIn(ctx, s)?.[0] ?? '') ||
      // "Over the same period, re-exports of the same items rose": the goods' anaphora after another one.
      SAME_GOODS.test(text.slice(span.start, span.end)) ||
      // "Imports from the EU fell to $3.2 billion": a sentence that leaves its reporter to the statistic before leaves it its goods too.
      // Only where every statistic so far was of those goods (not after a total and a part of it).
      (frame.sentence !== s &&
        REPORTER_BEFORE.has(evidence.reporter?.rule ?? '') &&
        !sentenceGoods.length &&
        frame.textProduct !== undefined &&
        frame.textProduct !== null &&
        frame.textProduct === frame.product &&
        // A sentence before naming other goods, with no figure of its own, has changed the topic.
        !productTopic(ctx, s, flow)) ||
      // "Imports from Belarus added another $9 million": more of the same goods.
      FURTHER.test(text.slice(Math.max(span.start, m.start - 16), m.start)))
  ) {
    product = frame.product;
    productLabel = frame.product_label;
    evidence.product = ev(text, span.start, span.start, 'continues the statistic before');
  }
  // No goods in its sentence, nor in a statistic it continues: the goods its paragraph is about (productTopic.ts).
  if (product === null && !item && !g && !ownNoun && (such ? goods : sentenceGoods).every((h) => anaphoricGoods(text, h))) {
    const topic = productTopic(ctx, s, flow);
    if (topic) {
      product = topic.id;
      productLabel = topic.text;
      evidence.product = ev(text, topic.start, topic.end, 'the goods of its paragraph');
    }
  }

  // A share whose part is a product: "Machinery … made up 52% of China’s exports".
  let productShare = false;
  if (measure.measure === 'share') {
    const goodsBefore = goods.some((x) => x.start >= clause.start && x.end <= m.start);
    const countryBefore = countries.some((c) => !c.demonym && c.start >= clause.start && c.end <= m.start);
    productShare =
      (flow === 'export' || flow === 'import') &&
      ((goodsBefore && !countryBefore && PART_OF_FLOW.test(text.slice(m.end, m.end + 40))) ||
        (goodsBefore && OF_WHICH.test(text.slice(Math.max(span.start, m.start - 80), m.start))) ||
        goods.some((x) => x.start > m.end && x.end <= clause.end && partNamedAfter(text, m, span.start, x.start)));
    if (item && (flow === 'export' || flow === 'import')) productShare = true;
    // "Machinery and equipment made up 58% of them": a part of the flow the clause before named.
    if (
      !productShare &&
      (flow === 'export' || flow === 'import') &&
      goodsBefore &&
      !countryBefore &&
      OF_THEM.test(text.slice(m.end, m.end + 12)) &&
      PART_VERB_BEFORE.test(text.slice(Math.max(span.start, m.start - 30), m.start))
    )
      productShare = true;
    // "…, up from 29% a year earlier" after "Machinery accounted for 34% of Russia's imports": the same part, earlier.
    if (!productShare && continuation && frame!.productShare && g) productShare = true;
    const likeBefore = continuation || evidence.flow?.rule === 'reads like the statistic before';
    if (!productShare && likeBefore && frame?.productShare && frame.sentence === s && product === frame.product) productShare = true;
    // "Machinery, which made up 24% of exports to Russia in 2021, now accounts for less than 9%": the same part, now.
    if (
      !productShare &&
      frame?.productShare &&
      frame.sentence === s &&
      product !== null &&
      product === frame.product &&
      PART_VERB_BEFORE.test(text.slice(Math.max(span.start, m.start - 30), m.start)) &&
      /^\s*[.;]/.test(text.slice(m.end, m.end + 3))
    )
      productShare = true;
    // "Gold and diamonds, mostly of foreign origin, made up about 60% of Armenia's exports": a part of a flow
    // whose subject names no country is a part by goods, even goods the vocabulary lacks.
    if (!productShare && (flow === 'export' || flow === 'import'))
      productShare = partByGoods(
        text,
        span.start,
        m,
        PART_OF_FLOW,
        ctx.countries(s).some((c) => c.end <= m.start),
      );
    // "The share of machinery and electrical equipment in exports to Russia was 18.6%": goods whose share of a flow it is.
    if (!productShare && (flow === 'export' || flow === 'import')) {
      const lead = text.slice(clause.start, m.start);
      const part = lead.length < 200 ? SHARE_OF_GOODS_IN.exec(lead) : null;
      if (part) {
        const from = clause.start + part.index + part[0].indexOf(part[1]!);
        const to = from + part[1]!.length;
        productShare =
          goods.some((x) => x.start >= from && x.end <= to) && !countries.some((c) => !c.demonym && c.start >= from && c.end <= to);
      }
    }
    // "Of the $47.6 billion …, machinery and equipment made up about 38%": a part of the opening total named by goods.
    if (
      !productShare &&
      total &&
      m.start > total.end &&
      goods.some((x) => x.start > total.end && x.end <= m.start) &&
      !countries.some((c) => !c.demonym && c.start > total.end && c.end <= m.start)
    )
      productShare = flow === 'export' || flow === 'import';
  }
  // "exports of all goods": a country's whole trade, which the reading leaves without a product
  // (annotationTerms.ts gives the annotation's all-goods; docs/curation.md, session 12).
  if (product === ALL_GOODS) {
    product = null;
    productLabel = null;
    delete evidence.product;
  }
  return { product, label: productLabel, share: productShare };
}
