/**
 * The sides phase of reading a statistic (observations.ts): its reporter and partner, from the
 * roles of the countries its sentence names (roles.ts), else from the statistic before, the text's
 * one reporter, its source or the countries the text was speaking of; a figure with no side is
 * left aside.
 */
import type { Mention } from '../extract/index.js';
import type { Attribution } from './attribution.js';
import type { CountryHit } from './countries.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { ELIDED_CHANGE_RULE, type MeasureReading } from './measure.js';
import { anaphoraIn } from './observationAnaphora.js';
import { assignRoles, PARTNER_SUBJECT, roleOf, type RoleHit } from './roles.js';
import type { Flow, ReadIgnored, ReadObservation } from './types.js';
import { paragraphSource } from './paragraphSource.js';
import { statementSpeaker } from './speaker.js';
import { companiesCountry, theCountry } from './backReference.js';
import { possessiveCountry, possessivePair, shareOfDemonymFlow, shareOfTheCountry } from './possessive.js';
import { FOREIGN_TRADE, WHOLE_OF_SHARE } from './statisticCues.js';
import { isWarObject, refineRole, shareWith } from './roleCues.js';
import { isTradeFlow, laterFigureSides, missingReporter, namesRegion } from './direction.js';
import { ev } from './evidence.js';
import { flowToRussia } from './flowToRussia.js';
import { allPartners, isBaseOfShare, sentenceCompounds } from './noCountry.js';
import { issuerCountry, paragraphCountry, textCountry } from './paragraphCountry.js';

/** "total exports", "overall imports": a flow to or from all partners. */
const TOTAL_FLOW = /\b(?:total|overall|all\s+(?:its|their|of\s+its))\s+(?:goods\s+|merchandise\s+)?(?:exports|imports)\b/i;
/** The figure's sides, or why it has none: one object shape either way (docs/performance.md). */
export interface Sides {
  reporter: string | null;
  partner: string | null;
  reason: ReadIgnored['reason'] | null;
  note: string;
}

/**
 * The reporter a trade figure's sentence leaves unnamed, read for the partner given (direction.ts).
 * A function of the module, not a closure made per figure: tsx and the compiled CLI wrap every
 * named closure they create (docs/performance.md).
 */
function fillReporter(
  ctx: TextContext,
  s: number,
  attribution: Attribution | undefined,
  partner: string,
  flow: Flow,
  nearFrame: Frame | undefined,
  before: Frame | undefined,
): ReturnType<typeof missingReporter> {
  return (
    missingReporter(
      ctx,
      attribution ?? paragraphSource(ctx, s) ?? statementSpeaker(ctx),
      partner,
      nearFrame,
      before,
      ctx.spans[s]!.start,
    ) ??
    // No statistic or source gives it: the one country the paragraph places its subject in (paragraphCountry.ts).
    paragraphCountry(ctx, s, partner, flow)
  );
}

const refused = (reason: ReadIgnored['reason'], note: string): Sides => ({ reporter: null, partner: null, reason, note });

/**
 * Read the reporter and partner of figure `m` of sentence `s`, whose measure and flow are read, from
 * the `countries` that can be its sides (not in its attribution or an aside); `frame` is the statistic
 * it may continue, `before` the one read just before it. The evidence of the sides is written to
 * `evidence`. (Arguments, not one object: this runs for every figure read.)
 */
export function observationSides(
  ctx: TextContext,
  m: Mention,
  s: number,
  prevMention: Mention | undefined,
  clause: { start: number; end: number },
  countries: CountryHit[],
  measure: MeasureReading,
  flow: Flow,
  frame: Frame | undefined,
  before: Frame | undefined,
  continuation: boolean,
  elliptic: boolean,
  evidence: ReadObservation['evidence'],
): Sides {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const mentionsHere = ctx.mentionsIn(s);
  const attribution = ctx.attribution(s);
  const near = frame !== undefined && s - frame.sentence <= 2;
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
    return refused('narrative', 'a combined figure of two countries ("Their combined exports"): no one side');
  // "…, and China for 38.1%": a second share of the same sentence, with its own partner, keeps the reporter before.
  // "…, and Uzbekistan's by 22%": the country named there owns its change (measure.ts); it is no partner.
  if (
    elliptic &&
    frame!.sentence === s &&
    measure.evidence.rule !== ELIDED_CHANGE_RULE &&
    frame!.reporter &&
    partnerCode &&
    partnerCode !== frame!.reporter &&
    reporterCode !== frame!.reporter
  ) {
    reporterCode = frame!.reporter;
    evidence.reporter = ev(text, clause.start, clause.start, 'reads like the statistic before');
  }
  // "X accounted for 22.5% of the country's foreign trade": the country the text speaks of reports, X is the partner.
  const ofCountry =
    measure.measure === 'share'
      ? ((near ? shareOfTheCountry(ctx, m, frame.reporter, clause.start) : undefined) ?? shareOfDemonymFlow(ctx, m, s))
      : undefined;
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
    // "Exports to Kyrgyzstan rose 2.6 times, and exports to Kazakhstan by 14.8%": a destination of exports is no exporter.
    const other = named.find((r) => r.code !== partnerCode && r.role !== 'origin' && (flow !== 'export' || r.role !== 'destination'));
    if (other && !(continuation && frame!.reporter)) {
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
  // "Türkiye's total exports rose 9% in the quarter": a total to all partners, not the pair before.
  const total = frame !== undefined && near && !partnerCode && flow !== 'trade' && TOTAL_FLOW.test(text.slice(clause.start, m.start));
  if (frame && near && (continuation || anaphoraIn(ctx, s) || elliptic)) {
    if (!reporterCode && frame.reporter && frame.reporter !== partnerCode) {
      reporterCode = frame.reporter;
      evidence.reporter = ev(text, span.start, span.start, 'continues the statistic before');
    }
    if (!partnerCode && frame.partner && frame.partner !== reporterCode && !otherFlow && !total) {
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
    WHOLE_OF_SHARE.test(text.slice(span.start, span.end))
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
    if (!partnerCode && reporterCode && frame.reporter === reporterCode && frame.partner && !otherFlow && !total) {
      partnerCode = frame.partner;
      evidence.partner = ev(text, span.start, span.start, 'continues the statistic before');
    }
  }
  // "China remained Russia's main trading partner: mutual trade reached …" in a text whose statistics are all
  // Russia's: the pair is read from Russia's side, as the text's reporter; with no such reporter, from the subject's.
  if (evidence.reporter?.rule === PARTNER_SUBJECT && partnerCode && before?.textReporter === partnerCode) {
    [reporterCode, partnerCode] = [partnerCode, reporterCode];
    [evidence.reporter, evidence.partner] = [evidence.partner!, evidence.reporter];
  }
  // An import, export or trade figure whose sentence names no reporter (direction.ts).
  // The reporter a trade figure's sentence leaves unnamed, read for the partner given (direction.ts).
  if (!reporterCode && partnerCode && isTradeFlow(flow)) {
    const filled = fillReporter(ctx, s, attribution, partnerCode, flow, near ? frame : undefined, before);
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
  if (!reporterCode && !partnerCode) return refused('no-trade-context', 'no country it measures');
  // Nothing in the text's words before names the reporter: the country the text is about (paragraphCountry.ts),
  // unless the text's statistics before had two reporters (then it is about both).
  // A national statistics or customs body's release reports its own country's trade, even after statistics of two reporters.
  if (!reporterCode && partnerCode) {
    const main = issuerCountry(ctx, partnerCode, flow) ?? (before?.textReporter !== null ? textCountry(ctx, partnerCode, flow) : undefined);
    if (main) {
      reporterCode = main.code;
      evidence.reporter = main.evidence;
    }
  }
  // "Russia's imports reached €28 billion": a total with no partner named anywhere is from all partners.
  if (
    reporterCode &&
    !partnerCode &&
    (flow === 'import' || flow === 'export' || (flow === 'trade' && FOREIGN_TRADE.test(text.slice(clause.start, m.start)))) &&
    (measure.measure === 'level' || measure.measure === 'growth' || measure.measure === 'count') &&
    !sideHits.some((r) => r.code !== reporterCode) &&
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
      // With no exporter of its own, the sender is read as for any export to Russia that names none.
      const filled = reporterCode ? undefined : fillReporter(ctx, s, attribution, 'RUS', flow, near ? frame : undefined, before);
      if (filled) {
        reporterCode = filled.code;
        evidence.reporter = filled.evidence;
      }
    }
  }

  return { reporter: reporterCode, partner: partnerCode, reason: null, note: '' };
}
