/**
 * Statistics: each money, percent, multiple or count mention that measures a supply or trade
 * flow becomes an observation with every field read and the words that decided it; every other
 * mention is left aside with its reason.
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { besideAccount } from './accountPeriod.js';
import { indicatorId, type IndicatorKey } from './indicator.js';
import { FALL_VALUE_RULE, type FlowCue } from './measure.js';
import { observationPeriod } from './observationPeriod.js';
import { opensParagraph, type Span } from './sentences.js';
import type { ReadObservation } from './types.js';
import { ignore, ignoreWithNoteWhenRead, type ObservationResult } from './observationResult.js';
import { ownAttributionApart } from './sentenceAttribution.js';
import { attributionEvidence } from './attribution.js';
import { labelledParagraphSource, paragraphSource } from './paragraphSource.js';
import { isOwnFigureSource } from './ownFigures.js';
import { isLabelLine, tableFrame } from './tableFrame.js';
import { anaphoraIn } from './observationAnaphora.js';
import { readTableCell } from './tableCell.js';
import { statementSpeaker } from './speaker.js';
import { signedAuthor } from './signedAuthor.js';
import { mergeHongKong, otherEntry } from './figureText.js';
import { isBaseFigure } from './baseFigure.js';
import { leadFrame } from './leadFrame.js';
import { openingTotal } from './openingTotal.js';
import { notTradeReason } from './notTrade.js';
import { asideKeepingFrame, notGoodsTradeReason } from './notGoodsTrade.js';
import { textReporterAfter } from './direction.js';
import { ev } from './evidence.js';
import { SAME_GOODS } from './observationAnaphora.js';
import { observationFlow } from './observationFlow.js';
import { observationProduct } from './observationProduct.js';
import { within } from './within.js';
import { observationSides } from './observationSides.js';
import { scopeReason } from './scope.js';
import { namedSpan, spanBefore, spanEnd } from './spanEnds.js';
import { partClauseAfter } from './partClause.js';
import { inShareAside } from './shareAside.js';
import { measuresRecordGap } from './recordGap.js';
import { isReexportShare } from './reexportShare.js';
import { takesNoCountry } from './noCountry.js';
import { rememberWords, withCarriedWords } from './carriedWords.js';
import type { FigureStart } from './observationStart.js';
import { ISSUER_COUNTRY_RULE, PARAGRAPH_COUNTRY_RULE, TEXT_COUNTRY_RULE } from './paragraphCountry.js';

// What is expected, predicted or agreed is no flow yet: "We expect … to exceed $1.5 billion", "predicted
// that trade could recover to $240 billion", "agreed to double …", "may be forced to ground half of …",
// "aiming to raise trade to 250 billion yuan by 2030", "could pass 90% by 2028"; session 20 (deletes21):
// what a step "could cut (lower, reduce)" a flow by, and "staff project German exports to Russia to fall by".
const FORECAST =
  /\b(?:expected to|(?:our\s+)?base\s+case|forecasts?|forecast to|projected|projects|is set to|are set to|on track to|aim(?:s|ing)? to|targets?|plans? to|goal of|could reach|will reach|would reach|may reach|might reach|estimated to reach|expects?|(?:had\s+)?expected\s+(?:a|an)\s|anticipates?|predict(?:s|ed)?|foresees?|(?:agreed|pledged|vowed|promised)\s+to|(?:will|would|could|may|might|(?:is|are)\s+likely\s+to)\s+(?:(?:further|again|probably|likely|only)\s+)?(?:rise|grow|fall|drop|decline|slow|reach|top|exceed|climb|increase|decrease|recover|double|triple|hit|surpass|pass|shrink|contract|expand|be\s+forced\s+to|cut|lower|reduce|raise|boost|halve|slash)|project\s+[^.;,]{1,60}?\s+to\s+(?:rise|grow|fall|drop|decline|reach|increase|decrease|shrink))\b/i;
/** A modal or "to" closing the words before a figure whose quote opens on a verb (session 17). */
const MODAL_END = /\b(?:will|would|could|may|might|to)\s+$/;
/** ", a category Washington watches closely,": a country in an appositive aside is no side of the figure. */
const APPOSITIVE = /,\s+(?:a|an)\s+[^,;\d%$€£]{3,60},/g;
function inAppositive(text: string, span: { start: number; end: number }, h: { start: number; end: number }): boolean {
  const body = text.slice(span.start, span.end);
  if (!body.includes(', a')) return false;
  APPOSITIVE.lastIndex = 0;
  for (let a = APPOSITIVE.exec(body); a !== null; a = APPOSITIVE.exec(body))
    if (span.start + a.index < h.start && h.end < span.start + a.index + a[0].length) return true;
  return false;
}
/** A country that names a list, not a side of the flow: "goods on the EU's common high priority list". */
const LIST_OWNER =
  /^['’]s\s+(?:(?:common|consolidated|sanctions|high[- ]priority|priority|items|export[- ]control|control)\s+){0,4}list\b/i;

/**
 * A figure that takes no country, in a sentence with flow words: its note says whether one stands
 * outside the sentence's own attribution, read when the note is asked for, from the text and its
 * sentences alone (a function of its own, so that the note holds them and not the text's context).
 */
function noCountryAside(m: Mention, text: string, spans: readonly Span[], s: number, cues: readonly FlowCue[]): ObservationResult {
  return ignoreWithNoteWhenRead(m, 'no-trade-context', () => {
    const own = ownAttributionApart(text, spans, s);
    return cues.some((c) => !within(c, own)) ? 'no country it measures' : 'no supply or trade word in its sentence';
  });
}

/** A sentence opening on the change before it: "The decline followed …". */
const CHANGE_OPENER = /^\s*(?:the|this|that)\s+(?:decline|drop|fall|increase|rise|growth|jump|surge|slump|contraction)\b/i;

/** Whether a paragraph opens after sentence `from` up to sentence `to`. */
function paragraphBetween(text: string, spans: readonly Span[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (opensParagraph(text, spans, k)) return true;
  return false;
}

/**
 * Read one mention, given the frame of the statistic read before it (or undefined). Its phases, in
 * order: its start, read without the frame (observationStart.ts: the early asides, the measure and
 * the flow cues), the flow (observationFlow.ts), the reporter and partner
 * (observationSides.ts), the product (observationProduct.ts), the period (observationPeriod.ts),
 * the indicator, attribution and value, and the confidence; each may leave the mention aside with
 * its reason.
 */
export function readObservation(ctx: TextContext, m: Mention, before: Frame | undefined, start: FigureStart): ObservationResult {
  const { text } = ctx;
  // Its measure, flow cues and early asides are read without the frame (observationStart.ts).
  const { cell, s, span, mentionsHere, prevMention, prevFigure, sentenceCues, ofTotal, pronounSubject, clause } = start;
  const inTable = cell && readTableCell(ctx, m, cell, before);
  if (inTable) return inTable;
  if (start.aside) return start.aside;
  const measure = start.measure!;
  // No statistic in the sentence before: a lead without figures in the same paragraph may set the
  // scene for a sentence with a flow word and no country of its own (read only then: it costs a
  // sentence's countries).
  const frame =
    (sentenceCues.length > 0 || ofTotal || pronounSubject) &&
    s > 0 &&
    !ctx.countries(s).some((h) => !h.demonym && !within(h, ctx.attribution(s))) &&
    (before === undefined || before.sentence < s - 1) &&
    !opensParagraph(text, ctx.spans, s)
      ? (ctx.memo('leadFrame', s - 1, (k) => leadFrame(ctx, k)) ?? before)
      : sentenceCues.length === 0 && (before === undefined || before.sentence < s - 2) && isLabelLine(text, span.start)
        ? // A table's line under a heading that names the flow (tableFrame.ts).
          (tableFrame(ctx, s) ?? before)
        : before;
  // A figure with no flow word of its own continues only a statistic of its own paragraph: "North
  // Korea has supplied millions of artillery shells." then, a paragraph on, "The Government … has
  // allocated NOK 45 million in 2027 to export control" is no supply. Across a paragraph it continues
  // one only as a table's line, or as the next sentence that points back at it ("such goods", "The
  // decline followed a record $690 million in 2023").
  const near =
    frame !== undefined &&
    s - frame.sentence <= 2 &&
    (sentenceCues.length > 0 ||
      !paragraphBetween(text, ctx.spans, frame.sentence, s) ||
      isLabelLine(text, span.start) ||
      (frame.sentence === s - 1 && (anaphoraIn(ctx, s) !== null || CHANGE_OPENER.test(text.slice(span.start, span.start + 40)))));
  if (!near && !measure.shipments && sentenceCues.length === 0)
    return ignore(m, 'no-trade-context', 'no supply or trade word in its sentence');
  // A figure that can take no country (noCountry.ts) is left aside before its roles, goods and period
  // are read, with the note the whole reading would give: a flow word outside the attribution, or none.
  // Only the sentence's own attribution can hold a flow word of it (one taken from a sentence before,
  // a list's introduction or a source line below lies outside it: context.ts).
  // Its note needs the sentence's attribution only where flow words stand: read when the note is
  // asked for (observationResult.ts), since most readings (a corpus's) never ask.
  if (!near && takesNoCountry(ctx, m, s, clause.start, prevMention))
    return measure.shipments
      ? ignore(m, 'no-trade-context', 'no country it measures')
      : sentenceCues.length === 0
        ? ignore(m, 'no-trade-context', 'no supply or trade word in its sentence')
        : noCountryAside(m, text, ctx.spans, s, sentenceCues);
  const lead = text.slice(clause.start, m.start);
  // "could exceed $2.5 billion": the extractor's quote may hold the verb the modal governs.
  const fc = FORECAST.exec(lead) ?? (MODAL_END.test(lead) ? FORECAST.exec(lead + m.text) : null);
  const attribution = ctx.attribution(s);
  const body = text.slice(span.start, span.end);
  const elsewhere = ctx.memo('hasSemicolon', s, () => text.slice(span.start, span.end).includes(';'))
    ? otherEntry(text, span, m)
    : undefined;
  // "Of the $9 billion … Russia imported in 2023, …": the total is read from its own phrase.
  const total = ctx.memo('openingTotal', s, () => openingTotal(text, span, mentionsHere));
  const inTotal = total !== undefined && within(m, total);
  // ", of which Chinese suppliers accounted for $1.05 billion": the part's country, not the total's.
  const partAt = partClauseAfter(text, m, span, mentionsHere);
  const countries = mergeHongKong(
    text,
    ctx
      .countries(s)
      .filter(
        (h) =>
          !within(h, attribution) &&
          !inAppositive(text, span, h) &&
          !elsewhere?.(h) &&
          !LIST_OWNER.test(text.slice(h.end, h.end + 60)) &&
          (!inTotal || within(h, total)) &&
          !inShareAside(text, m, h, mentionsHere) &&
          (partAt === undefined || h.start < partAt),
      ),
  );
  const evidence: ReadObservation['evidence'] = {
    value: ev(text, m.start, m.end, 'the extractor'),
    hedge: ev(text, m.start, m.end, 'the extractor'),
    measure: measure.evidence,
  };
  // Flow: how the figure relates to the statistic before, then its flow (observationFlow.ts).
  const cues = sentenceCues.filter((c) => !within(c, attribution));
  const continuation = near && (countries.filter((c) => !c.demonym).length === 0 || cues.length === 0);
  // Read only where a statistic before could be continued.
  // A second share in the clause after the first ("…, and about 90% of its microelectronics")
  // or a share "of such goods" reads like the one before.
  const clauseCues = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
  const elliptic =
    near &&
    frame.measure === measure.measure &&
    (frame.sentence === s
      ? clauseCues.length === 0
      : SAME_GOODS.test(body) && !clauseCues.some((c) => c.flow === 'import' || c.flow === 'export'));
  const flow = observationFlow(ctx, m, s, clause, cues, countries, measure, frame, continuation, elliptic, evidence);
  if (!flow) return ignore(m, 'no-trade-context', 'no supply or trade word in its sentence');

  // Reporter and partner (observationSides.ts).
  const sides = observationSides(ctx, m, s, prevMention, clause, countries, measure, flow, frame, before, continuation, elliptic, evidence);
  if (sides.reason !== null) return ignore(m, sides.reason, sides.note);
  const reporterCode = sides.reporter;
  const partnerCode = sides.partner;
  // A figure with sides may still measure no trade (notTrade.ts, recordGap.ts).
  const notTrade = notTradeReason(text, m, clause, measure.measure, sentenceCues);
  if (notTrade) return ignore(m, 'no-trade-context', notTrade);
  const notGoods = notGoodsTradeReason(text, m, clause);
  if (notGoods) return ignore(m, 'no-trade-context', notGoods);
  if (measuresRecordGap(text, span.start, m.start, m.end))
    return ignore(m, 'no-trade-context', 'a gap between two records of a flow, not a flow');
  if (measure.measure === 'share' && isReexportShare(text, m, span.start))
    return ignore(m, 'no-trade-context', 'a share of re-exports in exports: how exports are made up, not a supply');

  // Product (observationProduct.ts).
  const productRead = observationProduct(
    ctx,
    m,
    s,
    clause,
    total,
    countries,
    measure,
    flow,
    frame,
    continuation,
    sentenceCues.length,
    evidence,
  );
  const { product, label: productLabel, share: productShare } = productRead;

  // Period (observationPeriod.ts).
  const read = observationPeriod({
    ctx,
    m,
    s,
    span,
    mentionsHere,
    measure,
    frame,
    nearFrame: near ? frame : undefined,
    prevFigure,
    continuation,
    elliptic,
    evidence,
  });
  const { present, ownPeriod } = read;
  // A level moved from or to over a span of years is dated by the span's start or end (spanEnds.ts);
  // the statistics after it continue the span.
  // Read once per sentence, by its first figure that continues an earlier sentence's period; its base
  // after it ("rose to 68% from 29%") continues that figure, in the same sentence, and takes the same span.
  const sameSpan =
    near && (evidence.period?.rule === 'the period of the statistic before' || evidence.period?.rule === 'continues the statistic before')
      ? ctx.memo('sameSpan', s, () =>
          frame.sentence < s ? spanBefore(text, ctx.mentionsIn(frame.sentence), ctx.spans[frame.sentence]!.start, read.period) : undefined,
        )
      : undefined;
  const moved =
    spanEnd(text, m, sameSpan ?? read.period, measure.measure) ??
    (measure.measure === 'share' || measure.measure === 'level'
      ? spanEnd(text, m, namedSpan(text, mentionsHere) ?? null, measure.measure)
      : undefined);
  if (moved) evidence.period = moved.evidence;
  const period = moved?.period ?? read.period;

  // Indicator.
  const figure: IndicatorKey['figure'] =
    m.kind === 'money'
      ? 'money'
      : m.kind === 'percent'
        ? 'percent'
        : m.kind === 'ratio'
          ? 'ratio'
          : measure.quantity
            ? 'quantity'
            : measure.shipments
              ? 'shipments'
              : 'items';
  const id = indicatorId({ measure: measure.measure, flow, figure, productShare });
  const indicator = ctx.lexicon.indicators.has(id) ? id : null;
  evidence.indicator = ev(
    text,
    measure.evidence.start,
    measure.evidence.end,
    `${measure.measure} of ${flow}${productShare ? ' (product share)' : ''}`,
  );
  // A figure no sentence attributes is said by the source earlier in its paragraph, else is the statement's
  // speaker's ("Remarks by Ambassador Robert Wood …").
  // An official text's own figures credit no one, even where it names itself (ownFigures.ts).
  // A signed commentary's or paper's figures are its author's (signedAuthor.ts).
  const found =
    labelledParagraphSource(ctx, s, attribution) ?? attribution ?? paragraphSource(ctx, s) ?? statementSpeaker(ctx) ?? signedAuthor(ctx);
  const source = found && isOwnFigureSource(ctx, s, found) ? undefined : found;
  if (source) evidence.attributed_to = attributionEvidence(source);

  // Value: a fall is a negative change.
  let { value, value_low: low, value_high: high } = m;
  if (measure.falling && measure.measure === 'growth' && m.kind === 'percent') {
    [value, low, high] = [value === null ? null : -value, high === null ? null : -high, low === null ? null : -low];
    evidence.value = ev(text, measure.evidence.start, measure.evidence.end, FALL_VALUE_RULE);
  }
  const unit = measure.noun ?? m.unit;

  let confidence = 0.95;
  for (const f of ['reporter', 'partner', 'product', 'period', 'flow'] as const)
    if (evidence[f]?.rule === 'continues the statistic before') confidence -= 0.1;
  if (!reporterCode || !partnerCode) confidence -= 0.2;
  if (evidence.reporter?.rule === 'the other country named') confidence -= 0.05;
  if (evidence.partner?.rule === 'the other country named') confidence -= 0.05;
  if (!indicator) confidence -= 0.2;
  if (!product && !productLabel) confidence -= 0.05;

  withCarriedWords(evidence, frame, { flow, reporter: reporterCode, partner: partnerCode, product, period });
  const observation: ReadObservation = {
    quote: m.text,
    start: m.start,
    end: m.end,
    value,
    unit,
    hedge: m.hedge,
    value_low: low,
    value_high: high,
    indicator,
    measure: measure.measure,
    flow,
    reporter: reporterCode,
    partner: partnerCode,
    product,
    product_label: productLabel,
    hs_codes: product ? [...(ctx.lexicon.hsCodes.get(product) ?? [])] : [],
    period,
    attributed_to: evidence.attributed_to?.text ?? null,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
    evidence,
  };
  // A reporter no words of the figure's own gave (its paragraph's or the text's country) is no side for
  // the figures after to continue, nor the text's one reporter: a guess carried on would guess again.
  const rule = evidence.reporter?.rule;
  const textDefault =
    rule !== undefined &&
    (rule.startsWith(TEXT_COUNTRY_RULE) || rule.startsWith(PARAGRAPH_COUNTRY_RULE) || rule.startsWith(ISSUER_COUNTRY_RULE));
  const nextFrame: Frame = {
    indicator,
    flow,
    reporter: textDefault ? null : reporterCode,
    partner: partnerCode,
    product,
    product_label: productLabel,
    // "Cars now make up almost a third of Georgia's exports.": an aside in the present keeps the account's period.
    period: read.period ?? (present && near && !ownPeriod ? frame.period : null),
    // "In June alone they came to $88 million": "the same period" after it is still the account's.
    account: near && besideAccount(text, m, span) ? (frame.account ?? frame.period) : undefined,
    productShare,
    measure: measure.measure,
    sentence: s,
    end: m.end,
    textReporter: textDefault ? before?.textReporter : textReporterAfter(before?.textReporter, flow, reporterCode),
    textProduct: before?.textProduct === undefined || before.textProduct === product ? product : null,
  };
  rememberWords(nextFrame, evidence);
  // A forecast is no observation, but the sentences after it may continue its reading.
  // A base ("from $76 billion", "up from 48%") is read, but what follows continues the statistic it is the base of.
  const keep = frame !== undefined && frame.sentence === s && isBaseFigure(text, m, prevFigure);
  if (fc) return { ...ignore(m, 'forecast', `a forecast ("${fc[0]}")`), frame: keep ? frame : nextFrame };
  const asideHere = asideKeepingFrame(text, m);
  if (asideHere) return { ...ignore(m, 'no-trade-context', asideHere), frame: keep ? frame : nextFrame };
  // Goods from Russia, or money earned or spent, are out of the dataset's scope (scope.ts); the statistics after may continue them.
  const outside = scopeReason(observation, lead, text.slice(span.start, m.start));
  if (outside) {
    const aside = ignore(m, 'out-of-scope', outside);
    aside.ignored!.reading = observation;
    return { ...aside, frame: keep ? frame : nextFrame };
  }
  return { observation, frame: keep ? frame : nextFrame };
}
