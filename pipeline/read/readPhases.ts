/**
 * A text's reading in its phases (index.ts runs them one after the other for one text, readTexts
 * runs each phase over a group of texts before the next): the extraction, the statistics, the
 * claims and the claims' passes. Each phase of a text reads only that text's state, so the order
 * of the texts between phases changes no reading. Running one phase over many texts keeps the
 * same code and regular expressions at work for longer, which costs markedly less CPU on this
 * project's machine than switching for every text (docs/performance.md, session 12).
 */
import { extractMentionsAndSentences, type Mention } from '../extract/index.js';
import { shiftPeriodYears, yearsBeforeAt } from '../extract/yearsBefore.js';
import { assembleClaims, readVerbs, type VerbReading } from './claims.js';
import { findTriggers, type Trigger } from './triggers.js';
import { withoutHalves } from './halfYear.js';
import { maskMarkdown } from './markdown.js';
import { textContext, type Lexicon, type TextContext } from './context.js';
import type { Frame } from './frame.js';
import { readObservation } from './observations.js';
import { startObservation, type FigureStart } from './observationStart.js';
import { isCarried } from './carriedWords.js';
import { officialClaims } from './officialClaims.js';
import { withFallbackClaims } from './claimFallback.js';
import { deniedThis } from './deniedThis.js';
import { withoutFigureClaims } from './figureCarried.js';
import { jointProduction } from './jointProduction.js';
import type { ReadClaim, Reading, ReadIgnored, ReadObservation } from './types.js';
import { closedAtPublication, type SourceContext } from './sourceContext.js';

/** A text on its way through the phases. */
export interface TextInReading {
  /** The text as given (a claim's quote is taken from it). */
  text: string;
  /** Whether the rules read a Markdown-blanked copy (markdown.ts). */
  masked: boolean;
  /** The mentions the rules read and the extractor's sentence starts (when it ran here). */
  read: string;
  mentions: readonly Mention[];
  starts: readonly number[] | undefined;
  /** What the text's sidecar says (sourceContext.ts), when known. */
  source: SourceContext | undefined;
  ctx: TextContext | undefined;
  /** The half-years left aside from the mentions (halfYear.ts), once the context is read. */
  halves: readonly Mention[];
  /** What each mention's reading needs before the frame (observationStart.ts), when read in a phase of its own. */
  figures: FigureStart[] | undefined;
  /** The claim triggers of the text read (triggers.ts), when found in a phase of their own. */
  triggers: Trigger[] | undefined;
  /** Its verbs read as far as their subjects (claims.ts), when read in a phase of their own. */
  verbs: VerbReading[] | undefined;
  observations: ReadObservation[];
  ignored: ReadIgnored[];
  claims: ReadClaim[];
}

/**
 * The reader dates a figure from its sentence's period and reads "a year earlier" itself (period.ts,
 * with the words of a change's base it weighs): it takes the extractor's hints as they were before
 * the extractor read "a year earlier" (yearsBefore.ts), as copies, the given mentions untouched.
 */
function sentencePeriods(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const back = m.period === null || m.kind === 'year' || m.kind === 'period' ? 0 : yearsBeforeAt(text, m.end, m.kind === 'count');
    if (back === 0) continue;
    out ??= mentions.slice();
    out[i] = { ...m, period: shiftPeriodYears(m.period!, back) };
  }
  return out ?? mentions;
}

/**
 * Phase 1: the text's Markdown blanked, its mentions extracted (unless given) with its sentence
 * starts; `givenStarts`, the sentence starts of the given mentions' extraction, are those of the
 * text as given, so they serve only a text with no Markdown blanked.
 */
export function prepareText(
  text: string,
  given: readonly Mention[] | undefined,
  source?: SourceContext,
  givenStarts?: readonly number[],
): TextInReading {
  // Markdown is read as its words (markdown.ts): the rules read the blanked text, quotes are the text's own.
  const masked = maskMarkdown(text);
  const read = masked ?? text;
  // Extracting here gives the sentence starts too, which the reader's sentences build on.
  const extracted = given ? undefined : extractMentionsAndSentences(read);
  const found = extracted
    ? extracted.mentions
    : masked
      ? given!.filter((m) => masked.slice(m.start, m.end) === text.slice(m.start, m.end))
      : given!;
  const mentions = sentencePeriods(extracted ? read : text, found);
  return {
    text,
    masked: masked !== undefined,
    read,
    mentions,
    starts: extracted ? extracted.starts : masked ? undefined : givenStarts,
    source,
    ctx: undefined,
    halves: [],
    figures: undefined,
    triggers: undefined,
    verbs: undefined,
    observations: [],
    ignored: [],
    claims: [],
  };
}

/** Phase 2a: the text's context (context.ts): its sentences, and its mentions but the half-years. */
export function readContext(t: TextInReading, lexicon: Lexicon): void {
  // "the same half of 2022": a half-year, no figure (halfYear.ts); no rule sees it as one.
  const { mentions, halves } = withoutHalves(t.read, t.mentions);
  t.halves = halves;
  t.ctx = textContext(t.read, mentions, lexicon, t.starts, t.source);
}

/** Phase 2b: what each of its mentions' readings needs before the frame (observationStart.ts). */
export function startStatistics(t: TextInReading): void {
  const ctx = t.ctx!;
  const figures: FigureStart[] = [];
  for (const m of ctx.mentions) figures.push(startObservation(ctx, m));
  t.figures = figures;
}

/** Phase 2: its statistics, each mention read in order with the frame of the one before. */
export function readStatistics(t: TextInReading): void {
  const { observations, ignored, halves, figures } = t;
  const ctx = t.ctx!;
  const { mentions } = ctx;
  let frame: Frame | undefined;
  let h = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // The halves left aside in their place among the mentions.
    for (; h < halves.length && halves[h]!.start < m.start; h++) ignored.push(halfIgnored(halves[h]!));
    const r = readObservation(ctx, m, frame, figures ? figures[i]! : startObservation(ctx, m));
    if (r.observation) observations.push(withPublication(r.observation, t.source));
    if (r.ignored) ignored.push(r.ignored);
    if (r.frame) frame = r.frame;
  }
  for (; h < halves.length; h++) ignored.push(halfIgnored(halves[h]!));
  t.figures = undefined;
  // A date that gave a statistic its period says so.
  for (const i of ignored) {
    if (i.reason !== 'date') continue;
    // A period taken over from the statistic before shows that statistic's words: the date is the period of that one.
    const used = observations.find(
      (o) => o.evidence.period && !isCarried(o.evidence.period) && o.evidence.period.start <= i.start && o.evidence.period.end >= i.end,
    );
    if (used) i.note = `the period of ${used.quote} (${used.period})`;
  }
}

/** Phase 3a: the claim triggers of the text (triggers.ts). */
export function findClaimTriggers(t: TextInReading): void {
  t.triggers = findTriggers(t.read);
}

/** Phase 3b: its verbs read as far as their subjects (claims.ts readVerbs). */
export function readClaimVerbs(t: TextInReading): void {
  t.verbs = readVerbs(t.ctx!, t.triggers ?? findTriggers(t.read));
}

/** Phase 3: the claims its verbs make (claims.ts assembleClaims). */
export function readVerbClaims(t: TextInReading): void {
  t.claims = assembleClaims(t.ctx!, t.verbs ?? readVerbs(t.ctx!, t.triggers ?? findTriggers(t.read)));
  t.verbs = undefined;
}

/**
 * Phase 4: the passes over the claims, in this order (officialClaims.ts, claimFallback.ts,
 * jointProduction.ts, deniedThis.ts), each a phase of its own: `t.claims = pass(t.ctx, t.claims)`.
 */
export const CLAIM_PASSES: readonly ((ctx: TextContext, claims: ReadClaim[]) => ReadClaim[])[] = [
  officialClaims,
  withFallbackClaims,
  jointProduction,
  deniedThis,
];

/** Phase 5: the claims a statistic carries left out (figureCarried.ts), and the reading. */
export function finishReading(t: TextInReading): Reading {
  const ctx = t.ctx!;
  const reading: Reading = {
    observations: t.observations,
    claims: withoutFigureClaims(ctx, t.claims, t.observations),
    ignored: t.ignored,
  };
  if (t.masked) for (const c of reading.claims) c.quote = t.text.slice(c.start, c.end);
  return reading;
}

/** "since X" closed at the month of publication the sidecar gives (docs/curation.md); its evidence says so. */
function withPublication(o: ReadObservation, source: SourceContext | undefined): ReadObservation {
  const closed = closedAtPublication(o.period, source);
  if (closed === o.period) return o;
  o.period = closed;
  const e = o.evidence.period;
  if (e) o.evidence.period = { ...e, rule: `${e.rule}; closed at the month of publication (sidecar)` };
  return o;
}

const halfIgnored = (m: Mention): ReadIgnored => ({
  quote: m.text,
  start: m.start,
  end: m.end,
  kind: m.kind,
  reason: 'date',
  note: 'half of a year, not a share',
  reading: undefined,
});
