/**
 * The flow phase of reading a statistic (observations.ts): the flow word nearest the figure
 * (measure.ts), else the flow of the statistic it reads like or continues, or of the total it is a
 * share of; shipments are exports, and goods shipped from a country are its exports.
 */
import type { Mention } from '../extract/index.js';
import type { CountryHit } from './countries.js';
import type { TextContext } from './context.js';
import { sentFrom } from './direction.js';
import { ev } from './evidence.js';
import type { Frame } from './frame.js';
import { chooseFlow, type FlowCue, type MeasureReading } from './measure.js';
import { anaphoraIn } from './observationAnaphora.js';
import { isPartOfTotal } from './partClause.js';
import { ofThatTotal } from './statisticCues.js';
import type { Flow, ReadObservation } from './types.js';

/** ", until recently the fastest-growing part of the trade,": an aside that places the subject in a flow is not its flow. */
const PART_OF_FLOW_ASIDE =
  /,\s+[^,;]{0,60}?\b(?:part|segment|component|category|mainstay|driver|bulk|engine|pillar)\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\p{L}-]+\s+)?(?:trade|turnover|exports|imports|commerce)\s*,/giu;

function partOfFlowAsides(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const body = text.slice(span.start, span.end);
  if (!body.includes(' of ')) return found;
  PART_OF_FLOW_ASIDE.lastIndex = 0;
  for (let a = PART_OF_FLOW_ASIDE.exec(body); a !== null; a = PART_OF_FLOW_ASIDE.exec(body))
    found.push({ start: span.start + a.index, end: span.start + a.index + a[0].length });
  return found;
}

const SENDING = /^(?:shipped|sent|delivered)$/i;
/** A be-auxiliary (or a bare participle after a noun's "of") right before the verb: "were shipped", "have been delivered". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+)?$/u;

/** Whether the chosen flow word is an active verb of sending to Russia with the figure after it, as its object. */
function senderExports(text: string, cue: FlowCue, m: Mention, sentenceEnd: number): boolean {
  if (!SENDING.test(cue.text) || cue.end > m.start) return false;
  // The convention is about what a country sends to Russia: with no destination the figure keeps its reading.
  if (!/\b(?:Russia|Russian|Moscow)\b/.test(text.slice(cue.end, sentenceEnd))) return false;
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  if (PASSIVE_BEFORE.test(before)) return false;
  // A verb between them puts the figure in another clause: "drones sent to Russia rose 20%".
  return !/\b(?:was|were|is|are|rose|fell|grew|reached|totall?ed|amounted)\b|;/i.test(text.slice(cue.end, m.start));
}

const isTransit = (c: FlowCue): boolean => c.text.length === 7 && c.text.toLowerCase() === 'transit';
/**
 * Transit whose route ends in Russia, in one stretch of words: "in transit from China to Russia",
 * "transit traffic of goods bound for Russia" ("transit cargo …, of which 38% went to Russia" is a
 * port's cargo to every destination).
 */
const TRANSIT_TO_RUSSIA = /\btransit\b[^,;.]{0,80}?\b(?:to|for|into)\s+(?:the\s+)?(?:Russia|Russian\s+Federation|Kaliningrad|Moscow)\b/i;
/** A route's whole traffic, whatever the goods' origin: no supplier's figure. */
const ALL_ORIGINS = /\b(?:from\s+third\s+countries|of\s+all\s+origins)\b/i;

/**
 * Whether "transit" may give a figure its flow (a supply): goods carried through a country to Russia
 * ("goods in transit from China to Russia amounted to USD 2.1 billion"). Not for a share of the transit
 * (by origin: who made the goods, not who supplied them), nor a route's traffic from all origins.
 */
function transitKept(text: string, span: { start: number; end: number }, measure: MeasureReading): boolean {
  if (measure.measure === 'share') return false;
  const body = text.slice(span.start, span.end);
  return TRANSIT_TO_RUSSIA.test(body) && !ALL_ORIGINS.test(body);
}

/**
 * The flow of figure `m` of sentence `s`, from the flow words `cues` of its sentence outside its
 * attribution; `frame` is the statistic it may continue (`continuation`) or read like (`elliptic`).
 * The evidence of the flow is written to `evidence`. Undefined where nothing gives it one.
 */
export function observationFlow(
  ctx: TextContext,
  m: Mention,
  s: number,
  clause: { start: number; end: number },
  cues: FlowCue[],
  countries: CountryHit[],
  measure: MeasureReading,
  frame: Frame | undefined,
  continuation: boolean,
  elliptic: boolean,
  evidence: ReadObservation['evidence'],
): Flow | undefined {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const near = frame !== undefined && s - frame.sentence <= 2;
  const asides = ctx.memo('partOfFlowAsides', s, () => partOfFlowAsides(text, span));
  const own =
    asides.length === 0
      ? cues
      : cues.filter((c) => !asides.some((a) => c.start >= a.start && c.end <= a.end && !(m.start >= a.start && m.end <= a.end)));
  let kept = own.length > 0 ? own : cues;
  // "transit" is a flow word only on a route to Russia (tested only where the sentence says it).
  const refusedTransit = kept.some(isTransit) && !transitKept(text, span, measure);
  if (refusedTransit) kept = kept.filter((c) => !isTransit(c));
  const chosen = chooseFlow(kept, m, measure.measure, clause, text);
  let flow = chosen?.flow;
  if (chosen) evidence.flow = ev(text, chosen.start, chosen.end, 'nearest flow word');
  if (measure.shipments && !flow) flow = 'export';
  if (elliptic) {
    flow = frame!.flow;
    evidence.flow = ev(
      text,
      frame!.sentence !== s && anaphoraIn(ctx, s) ? span.start + anaphoraIn(ctx, s)!.index : clause.start,
      frame!.sentence !== s && anaphoraIn(ctx, s) ? span.start + anaphoraIn(ctx, s)!.index + anaphoraIn(ctx, s)![0].length : clause.start,
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
  // "$1.3 billion, of which Chinese suppliers accounted for $1.05 billion": the part is of the total's
  // flow; its suppliers name its side, not a supply of its own.
  if (
    flow === 'supply' &&
    frame?.sentence === s &&
    (frame.flow === 'import' || frame.flow === 'export') &&
    isPartOfTotal(text, m, span.start, ctx.mentionsIn(s))
  ) {
    flow = frame.flow;
    evidence.flow = ev(text, span.start, span.start, 'a part of the total before');
  }
  // "Transit of motor vehicles of all origins reached 48,900 units": a route's traffic continues no supply before.
  if (!flow && refusedTransit && kept.length === 0) return undefined;
  if (continuation && (!flow || countries.length === 0)) {
    flow = flow ?? frame!.flow;
    if (!evidence.flow) evidence.flow = ev(text, span.start, span.start, 'continues the statistic before');
  }
  if (!flow) return undefined;
  if (measure.shipments && flow !== 'import') flow = 'export';
  // "North Korea has shipped more than 6,700 containers of munitions to Russia": a value the sender
  // shipped, sent or delivered is its export (docs/curation.md, session 13); a passive ("were
  // shipped from") and a share keep their reading.
  if (flow === 'supply' && chosen && !elliptic && measure.measure !== 'share' && senderExports(text, chosen, m, span.end)) {
    flow = 'export';
    evidence.flow = { ...evidence.flow!, rule: 'shipped by its sender: its exports' };
  }
  // "goods shipped from Hong Kong to Russia": the sender's exports, not the receiver's supply.
  if (flow === 'supply' && evidence.flow && !elliptic && sentFrom(text, evidence.flow.end, ctx.countries(s))) {
    flow = 'export';
    evidence.flow = { ...evidence.flow, rule: 'shipped from X: the exports of X' };
  }
  return flow;
}
