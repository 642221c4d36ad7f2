/**
 * The base of a change and the periods that belong to another figure: "up 4% on 2023", "their 2021
 * value", "…, up from 41% in 2021", ", which had soared after 2022,". A base's year dates no figure.
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod, parsePeriod } from '../model/period.js';
import type { DocumentDate } from './documentDate.js';
import { inJoinedFigureClause } from './direction.js';
import { ev } from './evidence.js';
import { clauseOf } from './measure.js';
import type { PeriodReading } from './period.js';
import { month as monthOf, yearOfLast } from './relativePeriod.js';

// "roughly three times what it sold in 2021": what a side traded in a year is a base too.
const BASE =
  /\b(?:than(?:\s+in)?|what\s+(?:it|they|[A-Z][\p{L}]*)\s+(?:sold|bought|exported|imported|shipped|supplied|spent)\s+in|as\s+(?:much|many|high|large)\s+as(?:\s+in)?|compared\s+(?:with|to)(?:\s+in)?|from(?:\s+in)?|over|versus|vs\.?|on|(?:the|their|its)\s+levels?\s+(?:of|in)|levels\s+of|that\s+of)\s+(?:the\s+)?(?:(?:same|corresponding|comparable|equivalent)\s+(?:period|months|quarter|half|month)\s+(?:of|in)\s+|(?:(?:twelve|12|three|six|nine)\s+months|year)\s+(?:to|through|ending(?:\s+in)?)\s+)?$/iu;
/** "(change on 2021)", "change from 2021": the base of a table's changes, for its levels too. */
const CHANGE_BASE = /\bchanges?\s+(?:on|from|since|over|against|vs\.?)\s+$/i;
/** A base named by its year: "triple the figure for 2021", "more than double the volume of 2023" (not "the total in 2024", a whole and its year). */
// "more than double the figure for the same period of 2022": the base's same months, in its year.
const QUALIFIED_BASE =
  /\b(?:the|their|its)\s+(?:figures?|levels?|volumes?|values?|amount)\s+(?:of|for)\s+(?:the\s+(?:same|corresponding|comparable)\s+(?:period|months|quarter|half)\s+(?:of|in)\s+)?$/i;
// "more than twice the value recorded in October 2025": a multiple of a base that a verb of recording dates.
const MULTIPLE_OF_RECORDED =
  /\b(?:twice|times|double|triple|treble|quadruple|half)\s+the\s+(?:figures?|levels?|volumes?|values?|amount)\s+(?:recorded|registered|reported|seen)\s+(?:in|for)\s+$/i;
/** A year that qualifies a base: "4.5 times their 2021 value", "12% below the 2021 level", "less than half its 2023 quarterly average". */
const BASE_ADJECTIVE = /^\s+(?:(?:annual|quarterly|monthly|yearly|weekly)\s+)?(?:levels?|values?|figures?|totals?|volumes?|average)\b/i;
export const isBase = (text: string, p: Mention, from: number) =>
  BASE.test(text.slice(Math.max(from, p.start - 48), p.start)) ||
  BASE_ADJECTIVE.test(text.slice(p.end, p.end + 24)) ||
  namedBase(text.slice(Math.max(from, p.start - 64), p.start));
/** "triple the figure for 2021", "twice the value recorded in October 2025"; the nouns looked for before the regexes. */
const BASE_NOUN = /igure|evel|olume|alue|amount/;
const namedBase = (lead: string): boolean => BASE_NOUN.test(lead) && (QUALIFIED_BASE.test(lead) || MULTIPLE_OF_RECORDED.test(lead));
/** A change's base ("compared with 2021"), or for any figure a year that qualifies a base ("their 2021 value"). */
export function baseOf(text: string, p: Mention, from: number, measure: string): boolean {
  if (CHANGE_BASE.test(text.slice(Math.max(from, p.start - 16), p.start))) return true;
  // "triple the figure for 2021", "the level of 2021": a year that names a base dates no figure.
  if (namedBase(text.slice(Math.max(from, p.start - 64), p.start))) return true;
  if (measure === 'growth') return isBase(text, p, from);
  // "rose by 212% in 2023 compared with 2021, to £94 million": a year compared with dates no level either.
  if (BASE_ADJECTIVE.test(text.slice(p.end, p.end + 24))) return true;
  // Asked of every period for every figure: the words looked for first, the regex only where one stands.
  const lead = text.slice(Math.max(from, p.start - 72), p.start);
  return (lead.includes('ompar') || lead.includes('han') || lead.includes('vs') || lead.includes('ersus')) && COMPARED_YEAR.test(lead);
}
/**
 * A period after the words of a comparison: the base, for a figure of any measure ("compared with
 * 2021", "than in 2021", "compared with the monthly average of the 12 months to February 2022").
 */
const COMPARED_YEAR = /\b(?:(?:compared\s+(?:with|to)|versus|vs\.?)(?:\s+(?:[\p{Ll}-]+|\d{1,2}(?=\s+months))){0,8}?|than(?:\s+in)?)\s+$/iu;

const BASE_FIGURE_BEFORE = /\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+$/i;
/** Whether period `p`, after `m`, follows a later figure of the sentence that is a base ("…, up from 41% in 2021"). */
export function ofLaterBase(text: string, m: Mention, p: Mention, inSentence: readonly Mention[]): boolean {
  if (p.start < m.end) return false;
  return inSentence.some(
    (x) =>
      x !== m &&
      x.kind !== 'year' &&
      x.kind !== 'period' &&
      x.start >= m.end &&
      x.end <= p.start &&
      BASE_FIGURE_BEFORE.test(text.slice(Math.max(m.end, x.start - 24), x.start)),
  );
}

/**
 * Whether period `p` is the own period of a base figure other than `m`, anywhere in the sentence:
 * in "rose to 55% in 2024 from 24% in 2021, … while the EU's share shrank to 11%", 2021 is the 24%'s.
 */
export function ofBaseFigure(text: string, m: Mention, p: Mention, inSentence: readonly Mention[]): boolean {
  return inSentence.some(
    (x) =>
      x !== m &&
      x.kind !== 'year' &&
      x.kind !== 'period' &&
      x.end <= p.start &&
      /^\s+(?:in|for|during)\s+(?:the\s+)?$/i.test(text.slice(x.end, p.start)) &&
      BASE_FIGURE_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start)),
  );
}

/** Whether `p` lies in a relative clause set off by a comma that does not hold `m`: ", which had soared after 2022,". */
export function inRelativeAside(
  text: string,
  sentence: { start: number; end: number },
  p: { start: number; end: number },
  m: Mention,
): boolean {
  const open = text.lastIndexOf(',', p.start);
  if (open < sentence.start || !/^,\s+(?:which|who|whose)\b/.test(text.slice(open, open + 10))) return false;
  const next = text.indexOf(',', p.end);
  const close = next < 0 || next > sentence.end ? sentence.end : next;
  return !(m.start > open && m.end <= close);
}

/** A period that belongs to another figure or to an aside. */
export function isForeign(
  text: string,
  m: Mention,
  p: Mention,
  inSentence: readonly Mention[],
  sentence: { start: number; end: number },
): boolean {
  return (
    ofLaterBase(text, m, p, inSentence) ||
    inRelativeAside(text, sentence, p, m) ||
    ofLaterChangeBase(text, m, p, inSentence) ||
    ofBaseFigure(text, m, p, inSentence) ||
    // "…about 90% of the machine tools …, and Chinese suppliers have sent … since the start of 2024".
    (p.start > m.end && inJoinedFigureClause(text, p.start, clauseOf(text, m.start, sentence.start, sentence.end), inSentence, sentence))
  );
}

/** A base after a later figure: in "$6.4 billion through September, down 27% from the same months of 2023" 2023 is the change's. */
function ofLaterChangeBase(text: string, m: Mention, p: Mention, inSentence: readonly Mention[]): boolean {
  if (p.start < m.end || !BASE.test(text.slice(Math.max(m.end, p.start - 48), p.start))) return false;
  return inSentence.some((x) => x !== m && x.kind !== 'year' && x.kind !== 'period' && x.start >= m.end && x.end <= p.start);
}

/** The period `pm`, written without a year, re-dated when every year of its sentence is a base. */
export function yearOutsideBase(
  text: string,
  m: Mention,
  pm: Mention,
  inSentence: readonly Mention[],
  sentence: { start: number; end: number },
  measure: string,
  contextYear: number | null,
  doc: DocumentDate | undefined,
): PeriodReading | undefined {
  // A dated period is a year too: "14% less than in January-March 2023" lends "the first quarter" no year.
  const years = inSentence.filter(
    (p) => p !== pm && p.start !== doc?.start && (p.kind === 'year' || (p.kind === 'period' && /\d{4}/.test(p.text))),
  );
  if (
    years.length === 0 ||
    !years.every(
      // "…, against $6.1 billion in the same period of 2024": a later base figure's year.
      (p) =>
        baseOf(text, p, sentence.start, measure) ||
        isBase(text, p, sentence.start) ||
        inRelativeAside(text, sentence, p, m) ||
        ofLaterBase(text, m, p, inSentence),
    )
  )
    return undefined;
  const parsed = parsePeriod(shortPeriod(pm.period!));
  if ('error' in parsed) return undefined;
  const [y0, m0] = parsed.start.split('-').map(Number) as [number, number];
  const [y1, m1] = parsed.end.split('-').map(Number) as [number, number];
  if (y0 !== y1) return undefined;
  const year = contextYear ?? yearOfLast(m1, doc!);
  return {
    period: shortPeriod(`${monthOf(year, m0)}/${monthOf(year, m1)}`),
    evidence: ev(
      text,
      pm.start,
      pm.end,
      contextYear !== null
        ? 'a period without a year; the year from the sentences before'
        : 'a period without a year; the year from the text’s date',
    ),
  };
}
