/**
 * The first phase of reading a claim: the sentence and clause a supply verb stands in, and the
 * cheap tests that dismiss the verb before any phrase around it is read — a headline, a question,
 * a verb inside a compound adjective, a statistic or a trade figure, a verb with nothing after it
 * that it could supply. Most verbs found end here, which is why these tests come first.
 */
import type { Mention } from '../extract/index.js';
import { clauseEndAfter, isHeadline, lastBreak } from './claimClause.js';
import { FIGURE_KINDS, ownLine } from './claimCues.js';
import { comesFromGroup } from './comesFrom.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import type { Span } from './sentences.js';
import type { Trigger } from './triggers.js';
import { isWordBeforeSpace } from './textEnds.js';

/** Where a supply verb stands: what every later phase of reading its claim reads around. */
export interface ClaimFrame {
  t: Trigger;
  /** The sentence (its index and span). */
  s: number;
  span: Span;
  /** Where the verb's clause ends, and where the words before the verb that belong to it start. */
  clauseEnd: number;
  headStart: number;
  mentions: readonly Mention[];
  /** "comes from X", "found in Russian drones": the goods are named before the verb. */
  backward: boolean;
  /** The sentence's countries, but a metonym after "in" ("in Beijing" is a place there). */
  countries: CountryHit[];
  /** "come from Chinese manufacturers": the group after "from" (a "from" verb only). */
  fromGroup: RegExpExecArray | null;
}

/** An object closed by a comma, then a multiple of a comparison: ", more than twice as much as", ", double". */
const CHANGE_AFTER_COMMA = /,\s+(?:up\s+|or\s+)?(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?\S$/;

/** A parliamentary question's opening, after its asker's label ("Lord Hartfield: To ask …"). */
const TO_ASK = /^(?:[^:\n]{1,60}:\s+)?To ask\s/;

/** The frame of verb `t` of sentence `s`, or undefined when the verb can hold no claim. */
export function claimFrame(ctx: TextContext, t: Trigger, s: number): ClaimFrame | undefined {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  if (ctx.memo('headline', s, () => isHeadline(text.slice(span.start, span.end), ownLine(text, span)))) return undefined;
  // A question asks, it claims nothing: "Is the Chinese government itself supplying weapons?"
  if (text.charCodeAt(span.end - 1) === 63) return undefined;
  // "To ask His Majesty's Government what assessment they have made of the supply of …": a parliamentary question, with no question mark.
  if (TO_ASK.test(text.slice(span.start, Math.min(span.end, span.start + 80)))) return undefined;
  // "DPRK-supplied missiles": a verb in a compound adjective has no clause of its own to read.
  if (text.charCodeAt(t.start - 1) === 45) return undefined;
  const clauseEnd = clauseEndAfter(ctx, s, t.end);
  const headStart = Math.max(span.start, lastBreak(text, span.start, t.start));
  const mentions = ctx.mentionsIn(s);
  const backward = t.kind === 'from' || t.kind === 'found';
  // A share of a whole is a statistic: a percent or fraction in the object (or, for "come from", before it).
  const figureZone = backward ? [headStart, t.start] : [t.end, clauseEnd];
  // A change after a comma closing the object ("… of nitrocellulose, more than twice as much as in 2023")
  // is the amount's change, not a share of what was supplied.
  if (
    mentions.some(
      (x) =>
        (x.kind === 'percent' || x.kind === 'ratio') &&
        x.start >= figureZone[0]! &&
        x.start < figureZone[1]! &&
        !(!backward && x.kind === 'ratio' && CHANGE_AFTER_COMMA.test(text.slice(t.end, x.start + 1))),
    )
  )
    return undefined;
  // So is a purchase with its amount: "In April alone the country bought 2,300 CNC machines from China".
  if (
    t.kind === 'receive' &&
    mentions.some((x) => FIGURE_KINDS.has(x.kind) && x.start >= t.end && x.start < clauseEnd) &&
    /^(?:bought|buy|purchas|import)/i.test(text.slice(t.start, t.end))
  )
    return undefined;
  // Goods with their value that "reached Russia" ("chips worth $300 million reached Russia") are trade too.
  if (
    t.kind === 'found' &&
    mentions.some((x) => x.kind === 'money' && x.start >= headStart && x.start < t.start) &&
    /^reach/i.test(text.slice(t.start, t.end))
  )
    return undefined;
  // And a sale or export with its value: "The EU sold goods worth €7.6 billion to Russia" is trade.
  if (
    mentions.some((x) => x.kind === 'money' && x.start >= t.end && x.start < clauseEnd) &&
    /^(?:sold|sell|export)/i.test(text.slice(t.start, t.end))
  )
    return undefined;
  const countries = ctx
    .countries(s)
    .filter((h) => !(h.metonym && isWordBeforeSpace(text.slice(Math.max(0, h.start - 4), h.start), 'in', false)));
  // Cheap exits before the supplier phrase and the attribution are read: a supply verb needs
  // goods or a recipient after it, "comes from" a country right after it.
  // "come from Chinese manufacturers", "came from a firm in Türkiye": a group after "from" supplies too.
  const fromGroup = t.kind === 'from' ? comesFromGroup(text, t, clauseEnd) : null;
  if (t.kind === 'from') {
    if (!fromGroup && !countries.some((h) => !h.demonym && h.start >= t.end && h.start <= t.end + 8)) return undefined;
  } else if (t.kind === 'found') {
    if (!countries.some((h) => h.start >= t.end && h.start <= t.end + 4)) return undefined;
    // "The delegation reached Moscow": only goods the vocabulary knows reach a country as a supply;
    // asked here, before the parties, most "reached" verbs are not read any further.
    if (/^reach/i.test(text.slice(t.start, t.end)) && !ctx.goods(s).some((g) => g.id && g.start >= headStart && g.end <= t.start))
      return undefined;
  } else if (t.kind !== 'receive' && t.kind !== 'support') {
    if (
      // "one of Russia’s top military backers": a nominal's recipient may stand inside it.
      !countries.some((h) => h.start >= t.end || (t.kind === 'nominal' && h.start > t.start)) &&
      !ctx.goods(s).some((g) => g.start >= t.end && g.end <= clauseEnd) &&
      // "Drone engines … were supplied by Xiamen Lianhe": a passive names its goods before the verb.
      !/^\s+(?:\S+\s+){0,3}?by\s+\p{Lu}/u.test(text.slice(t.end, clauseEnd))
    )
      return undefined;
  }
  return { t, s, span, clauseEnd, headStart, mentions, backward, countries, fromGroup };
}
