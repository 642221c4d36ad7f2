/**
 * Which way a trade statistic runs, where the country's own words (roles.ts) do not say: goods
 * "shipped from X to Y" are X's exports; a product share whose part is named after a copula;
 * the sides a later clause with its own figure keeps to itself; and the reporter of an import,
 * export or trade figure whose sentence names none ("Exports to Russia fell 12%"): the country
 * whose customs or statistics office gives it, else the reporter of the trade statistic just
 * before, else the text's one reporter. With none of these the reporter stays null: a guess
 * would be wrong as often as right.
 */
import type { Mention } from '../extract/index.js';
import { attributionEvidence, type Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { leadFrame } from './leadFrame.js';
import { clauseOf } from './measure.js';
import type { RoleHit } from './roles.js';
import { ev } from './evidence.js';
import type { Evidence, Flow } from './types.js';

/** Import, export and trade: the flows a country reports of its own trade (not a supply). */
export const isTradeFlow = (flow: Flow | null): boolean => flow === 'import' || flow === 'export' || flow === 'trade';

/** A participle of sending right before "from X": "goods shipped from Hong Kong to Russia". */
const SENT = /^(?:shipped|sent|delivered|transferred|transported)$/i;

/** "from X", or "to Y from X", right after the participle. */
const FROM_AFTER = /^\s+(?:to\s+(?:the\s+)?[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?\s+)?from\s+(?:the\s+)?(?:mainland\s+)?$/u;

/** Whether the flow word ending at `cueEnd` is a participle of sending followed by "from X". */
export function sentFrom(text: string, cueEnd: number, hits: readonly { start: number; demonym: boolean }[]): boolean {
  if (!SENT.test(text.slice(text.lastIndexOf(' ', cueEnd - 1) + 1, cueEnd))) return false;
  return hits.some((h) => !h.demonym && h.start > cueEnd && FROM_AFTER.test(text.slice(cueEnd, h.start)));
}

/** "40 percent of goods shipped … to Russia were items on the list": the part is a product named after a copula. */
const PART_NAMED_AFTER =
  /^\s+of\s+(?:all\s+|the\s+)?(?:goods|products|items|exports|imports|shipments|deliveries)\b[^.;%]*?\b(?:were|was|are|is|consisted\s+of|consist\s+of)\s+(?:[a-z-]+\s+){0,3}$/i;

/** "Of the goods sent from China to Russia, 30% were machinery": the whole named before the figure. */
const WHOLE_BEFORE = /^\s*Of\s+(?:all\s+|the\s+)?(?:goods|products|items|exports|imports|shipments|deliveries)\b[^.;%]*,\s*$/i;
const COPULA_AFTER = /^\s+(?:were|was|are|is)\s+(?:[a-z-]+\s+){0,3}$/i;

/** Whether a share's part is a product named after a copula: "40 percent of goods shipped … were items on the list". */
export function partNamedAfter(text: string, m: { start: number; end: number }, sentenceStart: number, goodsStart: number): boolean {
  const after = text.slice(m.end, goodsStart);
  return PART_NAMED_AFTER.test(after) || (COPULA_AFTER.test(after) && WHOLE_BEFORE.test(text.slice(sentenceStart, m.start)));
}

/** The role hits a figure may take a side from: not those of a later clause holding a figure of its own. */
export function laterFigureSides(
  text: string,
  hits: RoleHit[],
  clause: { start: number; end: number },
  mentions: readonly Mention[],
  span: { start: number; end: number },
): RoleHit[] {
  if (!hits.some((r) => r.hit.start >= clause.end)) return hits;
  const out: RoleHit[] = [];
  for (const r of hits) if (!inLaterFigureClause(text, r.hit.start, clause, mentions, span)) out.push(r);
  return out;
}

/**
 * Whether an offset lies in a later clause than the figure's that holds a figure of its own
 * (`before`: one before the offset, "…, while imports slipped 1.8% as Beijing paid less for Russian crude").
 */
export function inLaterFigureClause(
  text: string,
  at: number,
  clause: { start: number; end: number },
  mentions: readonly Mention[],
  span: { start: number; end: number },
  before = false,
): boolean {
  if (at < clause.end) return false;
  // Cheap first: a figure between the clause and the offset, which `before` needs.
  if (
    before &&
    !mentions.some((x) => x.start >= clause.end && x.end <= at && x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration')
  )
    return false;
  const c = clauseOf(text, at, span.start, span.end);
  const to = before ? Math.min(at, c.end) : c.end;
  return mentions.some((x) => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration' && x.start >= c.start && x.end <= to);
}

/** A clause opening on a conjunction: "and machinery made up 58% of them", "while imports …". */
const JOINED = /^\s*(?:and|while|whereas|but)\b/i;

/**
 * Whether goods at `at` lie in a later clause, opened by "and", "while" or "but" or after a
 * semicolon, that holds a figure of its own: "China's exports … grew 2.1 times …, and machinery
 * made up 58% of them" (the machinery is the 58%'s part, not the 2.1 times' goods); so is a period there.
 */
export function inJoinedFigureClause(
  text: string,
  at: number,
  clause: { start: number; end: number },
  mentions: readonly Mention[],
  span: { start: number; end: number },
): boolean {
  if (at < clause.end) return false;
  const c = clauseOf(text, at, span.start, span.end);
  if (!JOINED.test(text.slice(c.start, c.start + 10)) && text.slice(Math.max(span.start, c.start - 2), c.start).trim() !== ';')
    return false;
  return mentions.some((x) => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration' && x.start >= c.start && x.end <= c.end);
}

/** A source that reports its own country's trade: "Chinese customs data", "Kazakhstan's statistics bureau". */
const OWN_TRADE_SOURCE = /\b(?:customs|statistics|statistical|census|trade data|trade figures)\b/i;
/** Statistics offices whose name holds no country: the country whose trade each reports. */
const OFFICES: readonly [RegExp, string][] = [
  [/\bEurostat\b/, 'European Union'],
  [/\bGeneral Administration of Customs\b/i, 'China'],
  [/\b(?:HMRC|HM Revenue (?:and|&) Customs|Office for National Statistics|ONS)\b/, 'United Kingdom'],
  [/\bDestatis\b/, 'Germany'],
  [/\bCensus and Statistics Department\b/, 'Hong Kong'],
  [/\b(?:Federal Customs Service|Rosstat|Federal State Statistics Service)\b/, 'Russia'],
  [/\b(?:GACC|General Administration of Customs)\b/, 'China'],
];

/** The country whose own trade the source reports, if it names one. */
function sourceCountry(ctx: TextContext, source: Attribution): { code: string; evidence: Evidence } | undefined {
  for (const [re, name] of OFFICES) {
    if (!re.test(source.phrase)) continue;
    const c = ctx.lexicon.countries.lookup(name);
    if (c) return { code: c.code, evidence: { ...attributionEvidence(source), rule: 'the statistics office of that country' } };
  }
  if (!OWN_TRADE_SOURCE.test(source.phrase)) return undefined;
  const hits = ctx.lexicon.countries(ctx.text, source.start, source.end);
  const codes = new Set(hits.map((h) => h.code));
  if (codes.size !== 1) return undefined;
  return { code: hits[0]!.code, evidence: { ...attributionEvidence(source), rule: 'the customs or statistics of that country' } };
}

/**
 * The reporter of an import, export or trade figure whose sentence names none: from its source
 * ("according to Chinese customs data"), the trade statistic just before ("Kazakh exports to
 * Kyrgyzstan rose 9%. Exports to Russia fell 12%"), or the text's one reporter so far.
 */
export function missingReporter(
  ctx: TextContext,
  source: Attribution | undefined,
  partner: string,
  near: Frame | undefined,
  before: Frame | undefined,
  at: number,
): { code: string; evidence: Evidence } | undefined {
  // Keyed by the source's offset: one reading per attribution, however many figures it covers.
  const own = source ? ctx.memo('sourceCountry', source.start, () => sourceCountry(ctx, source) ?? null) : null;
  if (own && own.code !== partner) return own;
  if (near?.reporter && near.reporter !== partner && isTradeFlow(near.flow))
    return { code: near.reporter, evidence: ev(ctx.text, at, at, 'the reporter of the trade statistic before') };
  if (before?.textReporter && before.textReporter !== partner)
    return { code: before.textReporter, evidence: ev(ctx.text, at, at, 'the text’s one reporter') };
  // Before any statistic, or for the pair it names: the reporter of the text's lead ("EU trade with Russia –
  // latest developments"; "UK trade with Russia has decreased" before "exports of goods to Russia …").
  if (ctx.spans.length > 0) {
    const lead = ctx.memo('leadReporter', 0, () => textLead(ctx) ?? null);
    if (
      lead?.reporter &&
      lead.reporter !== partner &&
      isTradeFlow(lead.flow) &&
      (before?.textReporter === undefined || lead.partner === partner)
    ) {
      const s0 = ctx.spans[lead.sentence]!;
      return { code: lead.reporter, evidence: ev(ctx.text, s0.start, s0.end, 'the reporter of the text’s lead') };
    }
  }
  return undefined;
}

/** How many sentences may stand before a text's lead: a heading, a section number ("1. Main Points"). */
const LEAD_REACH = 4;

/**
 * The text's lead: the first sentence that frames a trade flow ("EU trade with Russia – latest developments",
 * "UK trade with Russia has decreased substantially"), among its first few and before any figure.
 */
function textLead(ctx: TextContext): Frame | undefined {
  for (let k = 0; k < Math.min(LEAD_REACH, ctx.spans.length); k++) {
    const lead = leadFrame(ctx, k, true);
    if (lead?.reporter && isTradeFlow(lead.flow)) return lead;
    if (ctx.mentionsIn(k).some((x) => x.kind !== 'year' && x.kind !== 'period')) return undefined;
  }
  return undefined;
}

/** A region on the other side of a flow ("sales of Russian gas to Europe"): a partner, though no country, so not all partners. */
const REGION_SIDE =
  /\b(?:to|from|into)\s+(?:the\s+)?(?:Europe|Asia|Africa|Latin America|South America|North America|the Middle East|Middle East|Central Asia|South Asia|Southeast Asia|East Asia|the Gulf|Gulf states|the West|Western Europe|Eastern Europe)\b/;

/** Whether the clause sends or takes the flow to or from a region. */
export function namesRegion(text: string, clause: { start: number; end: number }): boolean {
  return REGION_SIDE.test(text.slice(clause.start, clause.end));
}

/** The text's one reporter after a statistic (see Frame.textReporter). */
export function textReporterAfter(prior: string | null | undefined, flow: Flow, reporter: string | null): string | null | undefined {
  if (!reporter || !isTradeFlow(flow)) return prior;
  if (prior === undefined) return reporter;
  return prior === reporter ? prior : null;
}
