/**
 * The period phase of reading a statistic (observations.ts): the period its own sentence gives
 * (period.ts), else the one it continues from the statistic before ("over the same period", a
 * sentence with no period of its own), its list's, or its headline's.
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import { ev } from './evidence.js';
import { leadYear, partOfMonth, quietBetween, sameAccountPeriod } from './accountPeriod.js';
import { ownSegment, PRESENT, SAME_PERIOD } from './figureText.js';
import type { Frame } from './frame.js';
import { headingPeriod, sectionPeriod, titlePeriod } from './headingPeriod.js';
import { listIntroOf } from './listIntro.js';
import type { MeasureReading } from './measure.js';
import { readPeriod } from './period.js';
import { yearEarlier } from './noOwnPeriod.js';
import { monthsOfSentence } from './periodMonths.js';
import { inRelativeAside, isBase, ofLaterBase } from './periodBase.js';
import type { Span } from './sentences.js';
import type { ReadObservation } from './types.js';
import { relativeIsBase } from './relativePeriod.js';
import { scenePeriod } from './scenePeriod.js';
import { theUnitPeriod } from './theUnit.js';
import { shiftYears, yearStep } from './yearStep.js';

const paragraphBreak = (text: string, from: number, to: number) => from < to && /\n\s*\n/.test(text.slice(from, to));
const RELATIVE_TIME =
  /\b(?:last year|this year|a year ago|last month|this month|before the (?:war|invasion)|pre-war|prewar|recent years|in recent months)\b/i;
/** "the same span a year earlier": right after the words of the same period. */
const A_YEAR_EARLIER = /^\s+(?:a|one)\s+year\s+(?:earlier|before|ago)\b/i;
const RELATIVE_TIMES = new RegExp(RELATIVE_TIME.source, 'gi');
/** A relative time the segment names for its own figures, not as a change's base ("1.8 times as many as in the same period last year"). */
function ownRelativeTime(segment: string): boolean {
  if (!RELATIVE_TIME.test(segment)) return false;
  RELATIVE_TIMES.lastIndex = 0;
  for (let g = RELATIVE_TIMES.exec(segment); g !== null; g = RELATIVE_TIMES.exec(segment))
    if (!relativeIsBase(segment, g.index)) return true;
  return false;
}
/** A time before the war or a date, which no list, heading or headline dates. */
const BEFORE_RULES: ReadonlySet<string> = new Set(['before the war: no period', 'before a date: no period']);
/** The words before a change's base: "from (than, compared with) the same quarter a year earlier". */
const BASE_WORDS = /\b(?:from|than|compared\s+(?:with|to)|on|over|against|versus|vs\.?)\s+$/i;
/** The words that introduce a base after a figure: ", compared with EUR 19 million in …". */
const BASE_BETWEEN = /\b(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\b/i;
/** "… 45% a year earlier": the figure is the same months a year before (not "$85 million, up 18% on a year earlier": the base of the change after it). */
const YEAR_BEFORE_AFTER = /^[^.;\d]{0,12}?\b(?:a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before)\b/i;

/**
 * A sentence whose only period is a change's base ("UK exports to Russia were £1.4 billion, 75% lower
 * than in 2021"; "rose by 7% on 2023") names none of its own: it continues the statistic before.
 */
const onlyBase = (rule: string): boolean => rule === 'the base of a change, not its period';

export interface PeriodInput {
  ctx: TextContext;
  m: Mention;
  /** The figure's sentence: its index, span and mentions. */
  s: number;
  span: Span;
  mentionsHere: readonly Mention[];
  measure: MeasureReading;
  /** The statistic read before, and the same when it is near enough to be continued. */
  frame: Frame | undefined;
  nearFrame: Frame | undefined;
  prevFigure: Mention | undefined;
  /** The figure continues the statistic before (no countries or flow words of its own), or repeats its kind elliptically. */
  continuation: boolean;
  elliptic: boolean;
  /** Where the period's evidence is written. */
  evidence: ReadObservation['evidence'];
}

export interface PeriodOutcome {
  period: string | null;
  /** The figure is said in the present tense ("accounts for"). */
  present: boolean;
  /** Its sentence names a period of its own for it (read only where readPeriod gave it none; false otherwise). */
  ownPeriod: boolean;
}

export function observationPeriod(input: PeriodInput): PeriodOutcome {
  const { ctx, m, s, span, mentionsHere, measure, frame, nearFrame, prevFigure, continuation, elliptic, evidence } = input;
  const { text } = ctx;
  // A month alone in a new paragraph is read against the text's date, not the year of the figures before.
  // Nor is a figure of an aside ("Cars, which had made up half of the total in 2022, were down 25% in the first half").
  const frameYear =
    frame?.period &&
    /^\d{4}/.test(frame.period) &&
    !(ctx.documentDate && paragraphBreak(text, ctx.spans[frame.sentence]!.end, span.start)) &&
    !(frame.sentence === s && inRelativeAside(text, span, { start: frame.end - 1, end: frame.end }, m))
      ? Number(frame.period.slice(0, 4))
      : null;
  // The first statistics of a report take the year its lead names (accountPeriod.ts).
  const contextYear = frameYear ?? (frame?.period ? null : leadYear(ctx));
  const periodReading = readPeriod(
    text,
    m,
    mentionsHere,
    span,
    contextYear,
    measure.measure,
    ctx.documentDate,
    nearFrame && contextYear !== null ? nearFrame.period : null,
  );
  let period = periodReading.period;
  if (periodReading.evidence) evidence.period = periodReading.evidence;
  // "… $96 million in the quarter": the quarter the text last named, past the base beside it.
  const unit = theUnitPeriod(ctx, m, s, span.end, frame, shortPeriod);
  if (unit) {
    period = unit.period;
    evidence.period = ev(text, unit.start, unit.end, 'the quarter (month, half) the text last named');
  }
  // "down from more than $400 million in the same period of last year" after "the first half of this
  // year": the months of the sentence's own period, in the year the relative period names.
  const relative = evidence.period?.rule === 'relative to the text’s date' && period !== null && /^\d{4}$/.test(period);
  const sameOf = relative ? SAME_PART_OF.exec(text.slice(Math.max(span.start, evidence.period!.start - 40), evidence.period!.start)) : null;
  const months = sameOf ? monthsOfSentence(text, m, mentionsHere, span, ctx.documentDate) : undefined;
  if (months) {
    const at = evidence.period!.start - sameOf![0].length;
    evidence.period = ev(text, at, evidence.period!.end, 'the same months of another year');
    period = shortPeriod(`${period}-${months[0]}/${period}-${months[1]}`);
  }
  // "EUR 58 million …, compared with EUR 19 million in the same period of 2021, roughly a threefold
  // increase": the change compares the figure with its base, and is dated by the figure, not the base.
  if (
    measure.measure === 'growth' &&
    frame?.period &&
    frame.sentence === s &&
    evidence.period &&
    evidence.period.start >= frame.end &&
    evidence.period.end <= m.start &&
    BASE_BETWEEN.test(text.slice(frame.end, evidence.period.start))
  ) {
    period = frame.period;
    evidence.period = ev(text, m.start, m.end, 'a change of the figure before over its base: the figure’s period');
  }
  const segment = ownSegment(text, m, mentionsHere, span);
  // Asked only of a figure its own sentence gave no period (the one case where it is used).
  const ownPeriod =
    periodReading.period === null &&
    (mentionsHere.some(
      (x) =>
        (x.kind === 'year' || x.kind === 'period') &&
        !inRelativeAside(text, span, x, m) &&
        !ofLaterBase(text, m, x, mentionsHere) &&
        !isBase(text, x, span.start),
    ) ||
      ownRelativeTime(segment));
  // A statement in the present tense ("The UAE accounts for roughly 7%") speaks of now, not of the figures before.
  const present = PRESENT.test(text.slice(Math.max(span.start, m.start - 40), m.start));
  // "that year" after the figure, or before it when it is the sentence's first figure.
  // In a sentence that names no period, "over the same period" after a later figure dates them all.
  const samePeriod =
    SAME_PERIOD.exec(prevFigure ? segment.slice(segment.indexOf(m.text)) : segment) ??
    (mentionsHere.some((x) => x.kind === 'year' || x.kind === 'period') ? null : SAME_PERIOD.exec(text.slice(m.end, span.end)));
  // The account's period, not a figure's told beside it; "in the eight months" reaches further back when they are eight.
  const samePeriodOf = samePeriod ? sameAccountPeriod(samePeriod[0], nearFrame, frame) : null;
  if (samePeriodOf && samePeriod) {
    period = samePeriodOf;
    const at = text.indexOf(samePeriod[0], Math.max(span.start, m.start - segment.length));
    evidence.period = ev(text, at, at + samePeriod[0].length, 'the period of the statistic before');
    // "Over the same period, exports … more than tripled" after a span of years: a change is dated by its end.
    const yearSpan = measure.measure === 'growth' ? /^\d{4}\/(\d{4})$/.exec(period) : null;
    if (yearSpan) period = yearSpan[1]!;
    // "Over the same span a year earlier they had reached $17.1 billion": those months a year before.
    // "a 31% decline from the same quarter a year earlier": the change's base, so the change keeps the period.
    const base = measure.measure === 'growth' && BASE_WORDS.test(text.slice(Math.max(span.start, at - 16), at));
    const yearBefore = base ? null : A_YEAR_EARLIER.exec(text.slice(at + samePeriod[0].length, span.end));
    if (yearBefore) {
      period = yearEarlier(period);
      evidence.period = ev(
        text,
        at,
        at + samePeriod[0].length + yearBefore[0].length,
        'the period of the statistic before, a year earlier',
      );
    }
  } else if (
    period === null &&
    (!periodReading.evidence || onlyBase(periodReading.evidence.rule)) &&
    nearFrame?.period &&
    (continuation ||
      elliptic ||
      (!ownPeriod && !present && (s - nearFrame.sentence <= 1 || quietBetween(ctx, s, nearFrame.sentence, RELATIVE_TIME))))
  ) {
    period = nearFrame.account ?? nearFrame.period;
    evidence.period = ev(text, span.start, span.start, 'continues the statistic before');
    const part = partOfMonth(text.slice(span.start, span.end), period);
    if (part) {
      period = part.period;
      evidence.period = ev(text, span.start + part.index, span.start + part.index + part.length, 'the quarter or half of the month before');
    }
    // "That was down from 45% a year earlier": the same months a year before.
    const yearBefore = measure.measure === 'growth' ? null : YEAR_BEFORE_AFTER.exec(text.slice(m.end, Math.min(span.end, m.end + 40)));
    if (yearBefore) {
      period = yearEarlier(period);
      evidence.period = ev(text, m.end + yearBefore.index, m.end + yearBefore[0].length, 'a year before the statistic before');
    }
  }

  // "German machine-tool makers sold almost nothing to Russia last year. Exports … slumped to €28 million":
  // the period a figure-free sentence before sets (scenePeriod.ts), for a figure with none of its own.
  if (period === null && !ownPeriod && !present && (!evidence.period || onlyBase(evidence.period.rule))) {
    const scene = scenePeriod(ctx, s);
    if (scene) {
      period = scene.period;
      evidence.period = ev(text, scene.start, scene.end, 'the period of the sentence before');
    }
  }

  // "The following year they reached £44 million": the period continued, moved by the years counted (yearStep.ts).
  if (evidence.period?.rule === 'continues the statistic before' && period !== null) {
    const step = yearStep(text.slice(span.start, m.start));
    if (step) {
      period = shiftYears(period, step.years);
      evidence.period = ev(
        text,
        span.start + step.index,
        span.start + step.index + step.length,
        'a year counted from the statistic before',
      );
    }
  }

  // A list item that names no period has its list's ("Our analysis of … records for 2023 finds:").
  if (period === null && !BEFORE_RULES.has(evidence.period?.rule ?? '')) {
    const intro = listIntroOf(text, ctx.spans, s);
    const p =
      intro === undefined
        ? undefined
        : ctx
            .mentionsIn(intro)
            .find((x) => (x.kind === 'year' || x.kind === 'period') && x.period !== null && x.start !== ctx.documentDate?.start);
    if (p) {
      period = shortPeriod(p.period!);
      evidence.period = ev(text, p.start, p.end, 'the period of the line introducing the list');
    }
  }

  // A figure under a section heading that names its period ("January–September 2024" over a list).
  if (period === null && (!evidence.period || onlyBase(evidence.period.rule)) && !ownPeriod && !present) {
    const h = sectionPeriod(ctx, s);
    if (h) {
      period = h.period;
      evidence.period = ev(text, h.start, h.end, 'the period of its section’s heading');
    }
  }

  // A text with no date whose headline alone gives the period: "China-Russia trade hits record in 2023".
  // Its sentence may name a base only ("four times the 2021 level", "up from $1 million in 2022").
  if (
    period === null &&
    (!evidence.period || (!ownPeriod && !present && !BEFORE_RULES.has(evidence.period.rule))) &&
    // In a dated text, only a figure no period reached, nor a base (its relative periods are the date's).
    (!ctx.documentDate || (!evidence.period && !ownPeriod && !present))
  ) {
    const h = ctx.memo('headingPeriod', 0, () => headingPeriod(text, ctx.mentions));
    // A release's title under its body's name: "External Merchandise Trade of Georgia in January-October 2026".
    const t = h ? undefined : ctx.memo('titlePeriod', 0, () => titlePeriod(text, ctx.mentions, ctx.documentDate));
    if (h) {
      period = h.period;
      evidence.period = ev(text, h.start, h.end, 'the period of the headline');
    } else if (t) {
      period = t.period;
      evidence.period = ev(text, t.start, t.end, 'the period of the release’s title');
    }
  }
  // "Russia has procured hundreds of UAVs" in a dated statement: a count the war has run up, from the
  // full-scale invasion to the text, as "to date" is read (relativePeriod.ts; the curated UN statements).
  if (period === null && !evidence.period && !ownPeriod && measure.measure === 'count' && ctx.documentDate) {
    const d = ctx.documentDate;
    const perfect = d.year * 12 + d.month > 2022 * 12 + 2 ? HAS_SUPPLIED.exec(text.slice(span.start, m.start)) : null;
    if (perfect) {
      period = `2022-02/${d.year}-${String(d.month).padStart(2, '0')}`;
      evidence.period = ev(
        text,
        span.start + perfect.index,
        span.start + perfect.index + perfect[0].length,
        'a count the war has run up: to the text’s date',
      );
    }
  }
  // "the billions of dollars' worth of … munitions that Russia continues to import from the DPRK": an
  // amount or count a relative clause says is still being (or has been) supplied runs up the same way.
  if (
    period === null &&
    !evidence.period &&
    !ownPeriod &&
    (measure.measure === 'count' || measure.measure === 'level') &&
    ctx.documentDate &&
    ctx.documentDate.year * 12 + ctx.documentDate.month > 2022 * 12 + 2
  ) {
    const d = ctx.documentDate;
    const running = RUNNING_AFTER.exec(text.slice(m.end, span.end));
    if (running) {
      period = `2022-02/${d.year}-${String(d.month).padStart(2, '0')}`;
      const at = m.end + running.index + running[0].length;
      evidence.period = ev(text, at - running[1]!.length, at, 'a total still being supplied: to the text’s date');
    }
  }
  return { period, present, ownPeriod };
}

/**
 * A relative clause after a figure that says its goods are still (or have been) supplied: "… worth of
 * munitions that Russia continues to import", "… shells which the DPRK has sent".
 */
const RUNNING_AFTER =
  /^[^.;]{0,120}?\b(?:that|which)\s+(?:[^.;,]{0,40}?\s)?((?:continues?|continued)\s+to\s+(?:import|receive|buy|procure|acquire|obtain|supply|send|ship|deliver|provide|transfer)|(?:has|have)\s+(?:now\s+|already\s+|also\s+)?(?:procured|sent|supplied|provided|delivered|transferred|shipped|received|acquired|obtained|bought|imported))\b/i;

/** "the same period of " before a relative year: the part of the year the sentence names, in that year. */
const SAME_PART_OF = /\b(?:the\s+)?(?:same|corresponding|comparable)\s+(?:months?|period|quarter|half|weeks)\s+(?:of|in)\s+$/i;

/** A supply in the present perfect before a count: "has procured", "have sent", "has seen the regime send". */
const HAS_SUPPLIED =
  /\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|reportedly\s+)?(?:procured|sent|supplied|provided|delivered|transferred|shipped|received|acquired|obtained|bought|imported|seen\b[^.;,]{0,40}?\b(?:send|supply|deliver|provide|transfer|ship))\b/i;
