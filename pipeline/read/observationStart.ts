/**
 * The start of a statistic's reading, the part that depends on no statistic before it: the early
 * asides (a date, a length of time, an ordinal, a count of listed parties or of people, a narrative
 * number), the figure's table cell, its sentence and the figures beside it, its measure, the
 * sentence's flow cues and the clause. readObservation reads the rest with the frame of the figure
 * before, so readTexts can run this part over every figure of a group's texts first (readPhases.ts)
 * and keep the same code at work for longer, as it does for the claims' verbs (docs/performance.md,
 * sessions 16 and 17). Every function called here is pure for its text, so reading it earlier
 * changes no reading.
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { clauseOf, flowCues, PARTY_NOUN, readMeasure, type FlowCue, type MeasureReading } from './measure.js';
import { ignore, type ObservationResult } from './observationResult.js';
import { tableCellAt, type TableCell } from './tables.js';
import { isQuarterWindow } from './quarterWindow.js';
import { previousFigure } from './figureText.js';
import { repeatsCount } from './baseFigure.js';
import { hasPronounSubject } from './statisticCues.js';

const SANCTION =
  /\b(?:sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|list(?:ed|ing)|blacklist(?:ed)?|added to the entity list|indict(?:ed|ment)|charged)\b/i;

export interface FigureStart {
  /** The figure's aside when no table cell reads it (a date or a length of time has no cell). */
  aside: ObservationResult | undefined;
  cell: TableCell | undefined;
  /** Its sentence, that sentence's span and mentions, the mention and the figure before it there. */
  s: number;
  span: { start: number; end: number };
  mentionsHere: Mention[];
  prevMention: Mention | undefined;
  prevFigure: Mention | undefined;
  /** Set wherever `aside` is not. */
  measure: MeasureReading | undefined;
  sentenceCues: FlowCue[];
  /** "Vehicles made up 21% of the total in 2024": a share of a total the lead names. */
  ofTotal: boolean;
  /** "Last year it rose by more than a quarter": a pronoun for the lead's flow. */
  pronounSubject: boolean;
  clause: { start: number; end: number };
}

const NO_CUES: FlowCue[] = [];
const named = (h: CountryHit): boolean => !h.demonym;
const NO_SPAN = { start: 0, end: 0 };
const NO_MENTIONS: Mention[] = [];

/** One shape for every start (docs/performance.md: hidden classes in hot code). */
function figureStart(aside: ObservationResult | undefined, cell: TableCell | undefined): FigureStart {
  return {
    aside,
    cell,
    s: -1,
    span: NO_SPAN,
    mentionsHere: NO_MENTIONS,
    prevMention: undefined,
    prevFigure: undefined,
    measure: undefined,
    sentenceCues: NO_CUES,
    ofTotal: false,
    pronounSubject: false,
    clause: NO_SPAN,
  };
}

/** What a mention's reading needs before the frame of the statistic before it (readObservation). */
export function startObservation(ctx: TextContext, m: Mention): FigureStart {
  const { text } = ctx;
  if (m.kind === 'year' || m.kind === 'period')
    return figureStart(ignore(m, 'date', 'a date or period: the when of the figures beside it'), undefined);
  if (m.kind === 'duration' || (m.kind === 'percent' && isQuarterWindow(text, m)))
    return figureStart(ignore(m, 'duration', 'a length of time'), undefined);
  // A cell of a table written in text is read with its caption, row and column (tables.ts).
  const start = figureStart(undefined, tableCellAt(ctx, m));
  const s = ctx.sentenceOf(m.start);
  const span = ctx.spans[s]!;
  const mentionsHere = ctx.mentionsIn(s);
  start.s = s;
  start.span = span;
  start.mentionsHere = mentionsHere;
  // mentionsHere.indexOf(m), as a loop over the sentence's few mentions.
  let at = 0;
  while (at < mentionsHere.length && mentionsHere[at] !== m) at++;
  // (A negative index is a property lookup the optimized code takes a slow path for.)
  start.prevMention = at > 0 && at < mentionsHere.length ? mentionsHere[at - 1] : undefined;
  const prevFigure = previousFigure(mentionsHere, m);
  start.prevFigure = prevFigure;
  // "23,000 units …, up from 9,400 a year earlier": the bare number repeats the count's noun.
  const measure =
    readMeasure(text, m, span.start) ?? (repeatsCount(text, m, prevFigure) ? readMeasure(text, prevFigure!, span.start) : undefined);
  if (!measure) {
    start.aside = unmeasured(ctx, m, s, span);
    return start;
  }
  start.measure = measure;
  // No flow word in the sentence and no statistic just before to continue: nothing to read.
  const sentenceCues = ctx.memo('flowCues', s, () => flowCues(text, span.start, span.end));
  start.sentenceCues = sentenceCues;
  const ofTotal = sentenceCues.length === 0 && measure.measure === 'share' && /^\s+of\s+the\s+total\b/.test(text.slice(m.end, m.end + 16));
  start.ofTotal = ofTotal;
  start.pronounSubject =
    sentenceCues.length === 0 && !ofTotal && ctx.memo('pronounSubject', s, () => hasPronounSubject(text.slice(span.start, span.end)));
  start.clause = clauseOf(text, m.start, span.start, span.end);
  // What readObservation asks for first wherever this holds (the sentence's countries, and its
  // attribution when it names a country: the lead's frame), read here over the group's figures;
  // both are kept per sentence, so the reading is the same.
  if (start.cell === undefined && (sentenceCues.length > 0 || ((ofTotal || start.pronounSubject) && s > 0))) {
    const hits = ctx.countries(s);
    if (s > 0 && hits.some(named)) ctx.attribution(s);
  }
  return start;
}

/** A figure with no measure: an ordinal, a count of parties or things, or a number of the narrative. */
function unmeasured(ctx: TextContext, m: Mention, s: number, span: { start: number; end: number }): ObservationResult {
  const { text } = ctx;
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
