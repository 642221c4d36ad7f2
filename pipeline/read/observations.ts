/**
 * Statistics: each money, percent, multiple or count mention that measures a supply or trade
 * flow becomes an observation with every field read and the words that decided it; every other
 * mention is left aside with its reason.
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { indicatorId, type IndicatorKey } from './indicator.js';
import { chooseFlow, clauseOf, flowCues, PARTY_NOUN, readMeasure, FALL_VALUE_RULE } from './measure.js';
import { observationPeriod } from './observationPeriod.js';
import { opensParagraph } from './sentences.js';
import { assignRoles, roleOf, type RoleHit } from './roles.js';
import type { ReadIgnored, ReadObservation } from './types.js';
import { attributionEvidence } from './attribution.js';
import { paragraphSource } from './paragraphSource.js';
import { productTopic } from './productTopic.js';
import { isLabelLine, tableFrame } from './tableFrame.js';
import { statementSpeaker } from './speaker.js';
import {
  compositionAsides,
  GENERIC_UNIT,
  mergeHongKong,
  nearestGoods,
  OF_WHICH,
  otherEntry,
  PART_OF_FLOW,
  previousFigure,
} from './figureText.js';
import { isBaseFigure, repeatsCount } from './baseFigure.js';
import { companiesCountry, theCountry } from './backReference.js';
import { leadFrame } from './leadFrame.js';
import { possessiveCountry, possessivePair, shareOfTheCountry } from './possessive.js';
import { openingTotal } from './openingTotal.js';
import { FOREIGN_TRADE, hasPronounSubject, ofThatTotal, partByGoods, REPORTER_BEFORE, WHOLE_OF_SHARE } from './statisticCues.js';
import { notTradeReason } from './notTrade.js';
import { isWarObject, refineRole, shareWith } from './roleCues.js';
import {
  inLaterFigureClause,
  isTradeFlow,
  laterFigureSides,
  missingReporter,
  namesRegion,
  partNamedAfter,
  sentFrom,
  textReporterAfter,
} from './direction.js';
import { ev } from './evidence.js';
import { scopeReason } from './scope.js';
import { flowToRussia } from './flowToRussia.js';
import { namedSpan, spanBefore, spanEnd } from './spanEnds.js';
import { isQuarterWindow } from './quarterWindow.js';
import { inShareAside } from './shareAside.js';
import { measuresRecordGap } from './recordGap.js';
import { allPartners, isBaseOfShare, sentenceCompounds, takesNoCountry } from './noCountry.js';

const FORECAST =
  /\b(?:expected to|forecasts?|forecast to|projected|projects|is set to|are set to|on track to|aims? to|targets?|plans? to|goal of|could reach|will reach|would reach|may reach|might reach|estimated to reach)\b/i;
const SANCTION =
  /\b(?:sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|list(?:ed|ing)|blacklist(?:ed)?|added to the entity list|indict(?:ed|ment)|charged)\b/i;
const ANAPHORA =
  /\b(?:such goods|such items|such products|(?:these|those)(?: same)? (?:goods|items|products|components|parts)|the same (?:goods|machines|items|products|period)|the shipments|these shipments|those shipments|they|these|those|its|their|the two|the (?:[A-Z][\p{L}-]*\s+)*(?:country|nation|republic)|the (?:imports|exports|total|market)|(?:that|this) total|^(?:that|this)\s+(?:put|puts|brought|brings|left|leaves|took|takes|pushed|pushes|lifted|lifts|raised|raises|gave|gives))\b/iu;
/** Anaphora that name the goods of the statistic before: "such goods", "the imports", "That put …". */
const SAME_PRODUCT = /such|same(?!\s+period)|shipments|imports|exports|total|market|^th(?:at|is)\b|(?:these|those) \w/i;
/** "the parts", "these components": goods words the vocabulary lacks, read as the goods named before. */
const anaphoricGoods = (text: string, h: { id: string | null; start: number }): boolean =>
  h.id === null && /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(0, h.start - 7), h.start));
/** "another $9 million", "a further 12%": more of what the statistic before counted. */
const FURTHER = /\b(?:another|a further|an additional|an extra)\s+$/i;
const SAME_GOODS =
  /\b(?:such|the same|these|those)\s+(?:same\s+)?(?!(?:countries|nations|firms|companies|states|figures|numbers|data|statistics|years|months|quarters|periods|sanctions|measures|rules|controls|routes|flows|buyers|sellers|suppliers|traders|importers|exporters|people|officials)\b)[a-z-]{3,}s\b|\b(?:in|of|for)\s+(?:the|this|that)\s+(?:category|segment|product group)\b/i;
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

/** "such goods", "they", "the country": read only where a statistic before could be continued. */
const anaphoraIn = (ctx: TextContext, s: number): RegExpExecArray | null =>
  ctx.memo('anaphora', s, (k) => ANAPHORA.exec(ctx.text.slice(ctx.spans[k]!.start, ctx.spans[k]!.end)));

/** Whether a span lies inside the sentence's attribution. */
const within = (a: { start: number; end: number }, attribution: { start: number; end: number } | undefined): boolean =>
  attribution !== undefined && a.start >= attribution.start && a.end <= attribution.end;

export interface ObservationResult {
  observation?: ReadObservation;
  ignored?: ReadIgnored;
  frame?: Frame;
}

function ignore(m: Mention, reason: ReadIgnored['reason'], note: string): ObservationResult {
  // `reading` set on every aside (undefined but for the out-of-scope): one object shape for all (docs/performance.md).
  return { ignored: { quote: m.text, start: m.start, end: m.end, kind: m.kind, reason, note, reading: undefined } };
}

/** Read one mention, given the frame of the statistic read before it (or undefined). */
export function readObservation(ctx: TextContext, m: Mention, before: Frame | undefined): ObservationResult {
  const { text } = ctx;
  if (m.kind === 'year' || m.kind === 'period') return ignore(m, 'date', 'a date or period: the when of the figures beside it');
  if (m.kind === 'duration' || (m.kind === 'percent' && isQuarterWindow(text, m))) return ignore(m, 'duration', 'a length of time');
  const s = ctx.sentenceOf(m.start);
  const span = ctx.spans[s]!;
  const mentionsHere = ctx.mentionsIn(s);
  // mentionsHere.indexOf(m), as a loop over the sentence's few mentions.
  let at = 0;
  while (at < mentionsHere.length && mentionsHere[at] !== m) at++;
  // (A negative index is a property lookup the optimized code takes a slow path for.)
  const prevMention = at > 0 && at < mentionsHere.length ? mentionsHere[at - 1] : undefined;
  const prevFigure = previousFigure(mentionsHere, m);
  // "23,000 units …, up from 9,400 a year earlier": the bare number repeats the count's noun.
  const measure =
    readMeasure(text, m, span.start) ?? (repeatsCount(text, m, prevFigure) ? readMeasure(text, prevFigure!, span.start) : undefined);
  if (!measure) {
    const after = text.slice(m.end, m.end + 40);
    if (/^(?:st|nd|rd|th)\b/.test(after) || /^-?(?:st|nd|rd|th)\s/.test(after)) return ignore(m, 'ordinal', 'an ordinal');
    if (PARTY_NOUN.test(after) || /^\s+(?:in|of)\s/.test(after)) {
      if (ctx.memo('sanction', s, () => SANCTION.test(text.slice(span.start, span.end))))
        return ignore(m, 'count-of-listed-parties', 'a count of sanctioned or listed parties');
      return ignore(m, 'count-of-people-or-things', 'a count of people, firms or things, not of supplies');
    }
    if (m.kind === 'percent' && m.unit === 'percentage_points') return ignore(m, 'narrative', 'a change in percentage points');
    return ignore(m, m.kind === 'number' || m.kind === 'count' ? 'narrative' : 'no-trade-context', 'no supply or trade figure');
  }
  // No flow word in the sentence and no statistic just before to continue: nothing to read.
  const sentenceCues = ctx.memo('flowCues', s, () => flowCues(text, span.start, span.end));
  // No statistic in the sentence before: a lead without figures in the same paragraph may set the
  // scene for a sentence with a flow word and no country of its own (read only then: it costs a
  // sentence's countries).
  // "Vehicles made up 21% of the total in 2024": a share of a total the lead names.
  const ofTotal = sentenceCues.length === 0 && measure.measure === 'share' && /^\s+of\s+the\s+total\b/.test(text.slice(m.end, m.end + 16));
  // "Trade between Russia and China is growing. Last year it rose by more than a quarter": the pronoun is the lead's flow.
  const pronounSubject =
    sentenceCues.length === 0 && !ofTotal && ctx.memo('pronounSubject', s, () => hasPronounSubject(text.slice(span.start, span.end)));
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
  const near = frame !== undefined && s - frame.sentence <= 2;
  if (!near && !measure.shipments && sentenceCues.length === 0)
    return ignore(m, 'no-trade-context', 'no supply or trade word in its sentence');
  const clause = clauseOf(text, m.start, span.start, span.end);
  // A figure that can take no country (noCountry.ts) is left aside before its roles, goods and period
  // are read, with the note the whole reading would give: a flow word outside the attribution, or none.
  // Only the sentence's own attribution can hold a flow word of it (one taken from a sentence before,
  // a list's introduction or a source line below lies outside it: context.ts).
  if (!near && takesNoCountry(ctx, m, s, clause.start, prevMention))
    return measure.shipments || sentenceCues.some((c) => !within(c, ctx.ownAttribution(s)))
      ? ignore(m, 'no-trade-context', 'no country it measures')
      : ignore(m, 'no-trade-context', 'no supply or trade word in its sentence');
  const lead = text.slice(clause.start, m.start);
  const fc = FORECAST.exec(lead);
  const attribution = ctx.attribution(s);
  const body = text.slice(span.start, span.end);
  const elsewhere = ctx.memo('hasSemicolon', s, () => text.slice(span.start, span.end).includes(';'))
    ? otherEntry(text, span, m)
    : undefined;
  // "Of the $9 billion … Russia imported in 2023, …": the total is read from its own phrase.
  const total = ctx.memo('openingTotal', s, () => openingTotal(text, span, mentionsHere));
  const inTotal = total !== undefined && within(m, total);
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
          !inShareAside(text, m, h, mentionsHere),
      ),
  );
  const evidence: ReadObservation['evidence'] = {
    value: ev(text, m.start, m.end, 'the extractor'),
    hedge: ev(text, m.start, m.end, 'the extractor'),
    measure: measure.evidence,
  };
  // Flow.
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
  const chosen = chooseFlow(cues, m, measure.measure, clause);
  let flow = chosen?.flow;
  if (chosen) evidence.flow = ev(text, chosen.start, chosen.end, 'nearest flow word');
  if (measure.shipments && !flow) flow = 'export';
  if (elliptic) {
    flow = frame.flow;
    evidence.flow = ev(
      text,
      frame.sentence !== s && anaphoraIn(ctx, s) ? span.start + anaphoraIn(ctx, s)!.index : clause.start,
      frame.sentence !== s && anaphoraIn(ctx, s) ? span.start + anaphoraIn(ctx, s)!.index + anaphoraIn(ctx, s)![0].length : clause.start,
      'reads like the statistic before',
    );
  }
  // "Russia's chip imports were $2.4 billion. China supplied nearly 90% of that total": a share of the flow before.
  const thatTotal =
    !elliptic && near && measure.measure === 'share' && (frame.flow === 'import' || frame.flow === 'export')
      ? ofThatTotal(text, m)
      : undefined;
  if (thatTotal) {
    flow = frame!.flow;
    evidence.flow = ev(text, thatTotal.start, thatTotal.end, 'a share of the total before');
  }
  if (continuation && (!flow || countries.length === 0)) {
    flow = flow ?? frame.flow;
    if (!evidence.flow) evidence.flow = ev(text, span.start, span.start, 'continues the statistic before');
  }
  if (!flow) return ignore(m, 'no-trade-context', 'no supply or trade word in its sentence');
  if (measure.shipments && flow !== 'import') flow = 'export';
  // "goods shipped from Hong Kong to Russia": the sender's exports, not the receiver's supply.
  if (flow === 'supply' && evidence.flow && !elliptic && sentFrom(text, evidence.flow.end, ctx.countries(s))) {
    flow = 'export';
    evidence.flow = { ...evidence.flow, rule: 'shipped from X: the exports of X' };
  }

  // Reporter and partner.
  // A country outside the figure's clause plays the role it has in its own part of the sentence
  // ("China and Hong Kong supplied 89% …, up from 32% in 2021": China supplies the 32% too).
  // Arrays built from a literal, not by map or filter: those builtins make arrays of other hidden
  // classes (empty, or holey once optimized), and the optimized code that met one was thrown away
  // and compiled again (node --trace-deopt; docs/performance.md, "The reader").
  const roleHits: RoleHit[] = [];
  for (const h of countries) {
    const inside = h.start >= clause.start && h.end <= clause.end;
    roleHits.push(refineRole(text, inside ? roleOf(text, h, clause.start, clause.end) : roleOf(text, h, span.start, span.end)));
  }
  for (const o of sentenceCompounds(ctx, s)) if (!roleHits.some((r) => r.hit.start === o.hit.start)) roleHits.push(o);
  // "followed by Taiwan with 12%": the country the figure is given with is its partner.
  const withHit = shareWith(text, m, roleHits);
  const inClause: RoleHit[] = [];
  for (const r of roleHits) if (r.hit.start >= clause.start && r.hit.end <= clause.end) inClause.push(r);
  const first = assignRoles(inClause, flow);
  // A country in a later clause with a figure of its own is that figure's side, not this one's
  // ("Exports to Russia fell 30%, while shipments from Taiwan to Russia dropped by half").
  const sideHits = laterFigureSides(text, roleHits, clause, mentionsHere, span);
  const all = assignRoles(sideHits, flow);
  const reporter: RoleHit | undefined = first.reporter ?? (all.reporter?.code !== first.partner?.code ? all.reporter : undefined);
  const partner: RoleHit | undefined = first.partner ?? (all.partner?.code !== reporter?.code ? all.partner : undefined);
  let reporterCode = reporter?.code ?? null;
  let partnerCode = partner?.code ?? null;
  if (reporter) evidence.reporter = reporter.evidence;
  if (partner) evidence.partner = partner.evidence;
  if (withHit && withHit.code !== reporterCode) {
    partnerCode = withHit.code;
    evidence.partner = withHit.evidence;
  }
  // The base of a share is a total (noCountry.ts).
  const baseOfShare = isBaseOfShare(text, m, prevMention);
  const abroad = baseOfShare || partnerCode ? null : allPartners(ctx, s);
  if (baseOfShare || abroad) {
    partnerCode = 'WLD';
    evidence.partner = baseOfShare
      ? ev(text, prevMention!.start, m.end, 'the base of a share: all partners')
      : ev(text, span.start + abroad!.index, span.start + abroad!.index + abroad![0].length, 'all partners');
  }
  // "the country's imports": the country the text was speaking of owns the figure.
  const owner = first.reporter ? undefined : theCountry(ctx, s, clause.start, m.start);
  if (owner && owner.code !== partnerCode) {
    reporterCode = owner.code;
    evidence.reporter = owner.evidence;
  }
  // "Mainland China picked up the slack. Its share of Russia's chip imports …": the subject before owns the share.
  const its = reporterCode && partnerCode ? undefined : ctx.memo('possessive', s, () => possessiveCountry(ctx, s));
  if (its && its.noun === 'share' && !partnerCode && its.code !== reporterCode) {
    partnerCode = its.code;
    evidence.partner = its.evidence;
  } else if (its && its.noun !== 'share' && !reporterCode && its.code !== partnerCode) {
    reporterCode = its.code;
    evidence.reporter = its.evidence;
  }
  if (!reporterCode && flow !== 'trade' && ctx.memo('possessivePair', s, () => possessivePair(ctx, s)))
    return ignore(m, 'narrative', 'a combined figure of two countries ("Their combined exports"): no one side');
  // "…, and China for 38.1%": a second share of the same sentence, with its own partner, keeps the reporter before.
  if (
    elliptic &&
    frame.sentence === s &&
    frame.reporter &&
    partnerCode &&
    partnerCode !== frame.reporter &&
    reporterCode !== frame.reporter
  ) {
    reporterCode = frame.reporter;
    evidence.reporter = ev(text, clause.start, clause.start, 'reads like the statistic before');
  }
  // "X accounted for 22.5% of the country's foreign trade": the country the text speaks of reports, X is the partner.
  const ofCountry = measure.measure === 'share' && near ? shareOfTheCountry(ctx, m, frame.reporter) : undefined;
  if (ofCountry && ofCountry.code !== reporterCode) {
    if (reporterCode && (!partnerCode || partnerCode === 'WLD' || partnerCode === ofCountry.code)) {
      partnerCode = reporterCode;
      evidence.partner = evidence.reporter;
    }
    reporterCode = ofCountry.code;
    evidence.reporter = ofCountry.evidence;
  }
  // "the companies shipped …": the companies of the sentence before are the origin.
  const companies = (flow === 'export' ? reporterCode : partnerCode) ? undefined : ctx.memo('companies', s, () => companiesCountry(ctx, s));
  if (companies && flow === 'export' && companies.code !== partnerCode) {
    reporterCode = companies.code;
    evidence.reporter = companies.evidence;
  } else if (companies && flow !== 'export' && flow !== 'trade' && companies.code !== reporterCode) {
    partnerCode = companies.code;
    evidence.partner = companies.evidence;
  }
  // The other country the sentence names fills a missing side.
  // A country with no role of its own counts only by name (not a demonym), and not as the object of a war.
  const named = sideHits.filter((r) => r.role !== 'none' || (!r.hit.demonym && !isWarObject(text, r.hit.start)));
  if (!reporterCode) {
    const other = named.find((r) => r.code !== partnerCode && r.role !== 'origin');
    if (other && !(continuation && frame.reporter)) {
      reporterCode = other.code;
      evidence.reporter = { ...other.evidence, rule: 'the other country named' };
    }
  }
  if (!partnerCode) {
    const other = named.find((r) => r.code !== reporterCode && r.role !== 'owner');
    if (other) {
      partnerCode = other.code;
      evidence.partner = { ...other.evidence, rule: 'the other country named' };
    }
  }
  // "Imports from the EU stood at $25 billion. Russian exports of crude oil rose 8%": a sentence that
  // names its own reporter and turns to the other flow does not keep the partner of the statistic before.
  const otherFlow =
    frame !== undefined &&
    reporterCode !== null &&
    (flow === 'import' || flow === 'export') &&
    (frame.flow === 'import' || frame.flow === 'export') &&
    flow !== frame.flow;
  if (frame && near && (continuation || anaphoraIn(ctx, s) || elliptic)) {
    if (!reporterCode && frame.reporter && frame.reporter !== partnerCode) {
      reporterCode = frame.reporter;
      evidence.reporter = ev(text, span.start, span.start, 'continues the statistic before');
    }
    if (!partnerCode && frame.partner && frame.partner !== reporterCode && !otherFlow) {
      partnerCode = frame.partner;
      evidence.partner = ev(text, span.start, span.start, 'continues the statistic before');
    }
  }
  // "… originated in China. The value of those imports was about $2 billion": the whole of the share before.
  if (
    near &&
    evidence.partner?.rule === 'continues the statistic before' &&
    frame.measure === 'share' &&
    !frame.productShare &&
    frame.sentence < s &&
    measure.measure === 'level' &&
    WHOLE_OF_SHARE.test(body)
  ) {
    partnerCode = 'WLD';
    evidence.partner = ev(text, span.start, span.start, 'the whole of the share before: all partners');
  }
  // The same pair again: "Shipments to Russia … totalled $158 million" after "Türkiye’s exports … to Russia".
  if (frame && near) {
    if (!reporterCode && partnerCode && frame.partner === partnerCode && frame.reporter) {
      reporterCode = frame.reporter;
      evidence.reporter = ev(text, span.start, span.start, 'continues the statistic before');
    }
    if (!partnerCode && reporterCode && frame.reporter === reporterCode && frame.partner && !otherFlow) {
      partnerCode = frame.partner;
      evidence.partner = ev(text, span.start, span.start, 'continues the statistic before');
    }
  }
  // An import, export or trade figure whose sentence names no reporter (direction.ts).
  if (!reporterCode && partnerCode && isTradeFlow(flow)) {
    const filled = missingReporter(
      ctx,
      attribution ?? paragraphSource(ctx, s) ?? statementSpeaker(ctx),
      partnerCode,
      near ? frame : undefined,
      before,
      span.start,
    );
    if (filled) {
      reporterCode = filled.code;
      evidence.reporter = filled.evidence;
    }
  }
  // "Türkiye supplied machinery worth $1.1 billion" in a text whose statistics are all one country's imports: the recipient is that country.
  if (!reporterCode && partnerCode && flow === 'supply' && before?.textReporter && before.textReporter !== partnerCode) {
    reporterCode = before.textReporter;
    evidence.reporter = ev(text, span.start, span.start, 'the text’s one reporter');
  }
  if (!reporterCode && !partnerCode) return ignore(m, 'no-trade-context', 'no country it measures');
  const notTrade = notTradeReason(text, m, clause, measure.measure, sentenceCues);
  if (notTrade) return ignore(m, 'no-trade-context', notTrade);
  if (measuresRecordGap(text, span.start, m.start)) return ignore(m, 'no-trade-context', 'a gap between two records of a flow, not a flow');
  // "Russia's imports reached €28 billion": a total with no partner named anywhere is from all partners.
  if (
    reporterCode &&
    !partnerCode &&
    (flow === 'import' || flow === 'export' || (flow === 'trade' && FOREIGN_TRADE.test(text.slice(clause.start, m.start)))) &&
    (measure.measure === 'level' || measure.measure === 'growth' || measure.measure === 'count') &&
    !roleHits.some((r) => r.code !== reporterCode) &&
    !namesRegion(text, clause)
  ) {
    partnerCode = 'WLD';
    evidence.partner = ev(text, span.start, span.start, 'no partner named: all partners');
  }

  // Russia read as the exporter of a figure whose own words send the goods to Russia: the sides were taken the wrong way round.
  if (flow === 'export' && reporterCode === 'RUS') {
    const to = flowToRussia(text, span.start, m.start, m.end);
    if (to) {
      // A partner filled in by default ("all partners") said nothing of who exports.
      const named = evidence.partner && evidence.partner.rule !== 'no partner named: all partners' ? evidence.partner : undefined;
      reporterCode = named && partnerCode !== 'RUS' ? partnerCode : null;
      if (reporterCode && named) evidence.reporter = named;
      else delete evidence.reporter;
      partnerCode = 'RUS';
      evidence.partner = to;
    }
  }

  // Product.
  const sentenceGoods = ctx.goods(s);
  const asides = sentenceGoods.length === 0 ? [] : ctx.memo('composition', s, () => compositionAsides(text, span));
  // Goods after a later clause's own figure are that figure's ("…, while imports from Russia slipped 1.8% … for Russian crude").
  const goods = sentenceGoods.filter(
    (g) =>
      !within(g, attribution) &&
      !asides.some((a) => within(g, a) && !within(m, a)) &&
      (!inTotal || within(g, total)) &&
      !inLaterFigureClause(text, g.start, clause, mentionsHere, span, true),
  );
  const g = nearestGoods(goods, m, clause, text);
  let product: string | null = g?.id ?? null;
  let productLabel: string | null = g?.text ?? null;
  // A count of things the vocabulary lacks ("15,000 navigation modules") is of no goods named elsewhere.
  // A bare number that repeats the count before it ("9,500 cars …, up from 4,300") counts the same goods.
  const ownNoun = measure.noun !== null && !GENERIC_UNIT.test(measure.noun) && measure.evidence.start >= m.start;
  if (g && ownNoun && !(g.start < measure.evidence.end + 4 && g.end > m.end)) {
    product = null;
    productLabel = null;
  } else if (g) evidence.product = ev(text, g.start, g.end, 'nearest goods word');
  else if (
    frame &&
    s - frame.sentence <= 2 &&
    // A table's line names its own row ("Electronics: $12 million"): no goods of the row before.
    !(sentenceCues.length === 0 && isLabelLine(text, span.start)) &&
    (continuation ||
      SAME_PRODUCT.test(anaphoraIn(ctx, s)?.[0] ?? '') ||
      // "Over the same period, re-exports of the same items rose": the goods' anaphora after another one.
      SAME_GOODS.test(body) ||
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
  if (product === null && !g && !ownNoun && sentenceGoods.every((h) => anaphoricGoods(text, h))) {
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
    if (!productShare && continuation && frame.productShare && g) productShare = true;
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
  const source = attribution ?? paragraphSource(ctx, s) ?? statementSpeaker(ctx);
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
    attributed_to: source?.phrase ?? null,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
    evidence,
  };
  const nextFrame: Frame = {
    indicator,
    flow,
    reporter: reporterCode,
    partner: partnerCode,
    product,
    product_label: productLabel,
    // "Cars now make up almost a third of Georgia's exports.": an aside in the present keeps the account's period.
    period: read.period ?? (present && near && !ownPeriod ? frame.period : null),
    productShare,
    measure: measure.measure,
    sentence: s,
    end: m.end,
    textReporter: textReporterAfter(before?.textReporter, flow, reporterCode),
    textProduct: before?.textProduct === undefined || before.textProduct === product ? product : null,
  };
  // A forecast is no observation, but the sentences after it may continue its reading.
  // A base ("from $76 billion", "up from 48%") is read, but what follows continues the statistic it is the base of.
  const keep = frame !== undefined && frame.sentence === s && isBaseFigure(text, m, prevFigure);
  if (fc) return { ...ignore(m, 'forecast', `a forecast ("${fc[0]}")`), frame: keep ? frame : nextFrame };
  // Goods from Russia, or money earned or spent, are out of the dataset's scope (scope.ts); the statistics after may continue them.
  const outside = scopeReason(observation, lead, text.slice(span.start, m.start));
  if (outside) {
    const aside = ignore(m, 'out-of-scope', outside);
    aside.ignored!.reading = observation;
    return { ...aside, frame: keep ? frame : nextFrame };
  }
  return { observation, frame: keep ? frame : nextFrame };
}
