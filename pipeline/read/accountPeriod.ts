/**
 * The period a report's account runs over, as opposed to a figure told beside it (session 13):
 *
 * - a report's lead, the figure-free sentences before its first statistic, names the year its
 *   figures are of ("… fell in the first six months of 2025. … totaled $610 million in the
 *   January-June period, down 18% from the same months of 2024"): a period written without a year
 *   takes that year, not the base's;
 * - a figure told as a part, a base or a background of the account ("In June alone they came to $88
 *   million", "That compares with 33% in 2021.", "In 2023 such exports had peaked at $1.4 billion")
 *   does not become the period "the same period" after it refers to, nor the period a sentence with
 *   none of its own continues: that is still the account's;
 * - "in the eight months" far from the statistic before is the account's months when they are eight.
 */
import type { Mention } from '../extract/index.js';
import { UNIT_WORDS } from '../extract/numberWords.js';
import { parsePeriod, shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { opensParagraph } from './sentences.js';
import { isBase } from './periodBase.js';

/** A period singled out of a longer one: "In June alone", "in 2023 alone", "in the fourth quarter alone". */
const ALONE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|quarter|half|month|week)\s+alone\b/i;
/** The past perfect before the figure: "had peaked at", "had already reached", "had risen to". */
const PAST_PERFECT =
  /\bhad\s+(?:already\s+|previously\s+|once\s+|briefly\s+)?(?:[a-z]+ed|risen|grown|fallen|been|stood|hit|run)\b(?![^.;]{0,40}\bby\s+then\b)/i;

/** A sentence that only gives a base: "That compares with 33% in 2021." */
const COMPARES = /^\s*(?:That|This|It|The\s+figure)\s+(?:compares|compared)\s+(?:with|to)\s+[^,;]{0,30}$/;

/**
 * Whether the figure `m` of the sentence `span` is told beside the account: a period singled out
 * with "alone", or a figure in the past perfect, said before the figure.
 */
export function besideAccount(text: string, m: Mention, span: { start: number; end: number }): boolean {
  const before = text.slice(span.start, m.start);
  return (
    COMPARES.test(before) || (before.includes('alone') && ALONE.test(before)) || (before.includes('had ') && PAST_PERFECT.test(before))
  );
}

/**
 * The one year the lead of the text names: the sentences before its first figure other than a year
 * or period (a headline, a lede), their bases and the text's own date left out. Null when they
 * name none or more than one.
 */
export function leadYear(ctx: TextContext): number | null {
  return ctx.memo('leadYear', 0, () => {
    let year: number | null = null;
    for (let k = 0; k < ctx.spans.length; k++) {
      const mentions = ctx.mentionsIn(k);
      if (mentions.some((x) => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration')) break;
      for (const x of mentions) {
        if (x.period === null || (x.kind !== 'year' && x.kind !== 'period')) continue;
        const date = ctx.documentDate;
        if (date && x.start >= date.start && x.end <= date.end) continue;
        if (isBase(ctx.text, x, ctx.spans[k]!.start)) continue;
        const y = /^(\d{4})(?:-[^/]*)?(?:\/(\d{4}))?/.exec(x.period);
        if (!y || (y[2] !== undefined && y[2] !== y[1])) return null;
        if (year !== null && year !== Number(y[1])) return null;
        year = Number(y[1]);
      }
    }
    return year;
  });
}

/** "in the eight months": the number of months, when the words hold one. */
const N_MONTHS = /\bthe\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months\b/i;

/** Whether the words of the same period ("in the eight months") count as many months as `period` spans. */
export function spansMonthsSaid(words: string, period: string | null): boolean {
  const n = period === null ? null : N_MONTHS.exec(words);
  if (!n) return false;
  const count = UNIT_WORDS[n[1]!.toLowerCase()] ?? Number(n[1]);
  const parsed = parsePeriod(shortPeriod(period!));
  if ('error' in parsed) return false;
  const [y0, m0] = parsed.start.split('-').map(Number) as [number, number];
  const [y1, m1] = parsed.end.split('-').map(Number) as [number, number];
  return (y1 - y0) * 12 + m1 - m0 + 1 === count;
}

/**
 * The period "the same period" (`words`) refers to, of the statistic before (`near`, near enough to
 * continue) or of the one before it farther back (`frame`): the account's, unless the words count
 * months ("in the nine months") and only the figure's own period spans that many.
 */
export function sameAccountPeriod(words: string, near: Frame | undefined, frame: Frame | undefined): string | null {
  if (!near) return frame && spansMonthsSaid(words, frame.account ?? frame.period) ? (frame.account ?? frame.period)! : null;
  const account = near.account ?? near.period;
  if (account !== near.period && N_MONTHS.test(words) && !spansMonthsSaid(words, account) && spansMonthsSaid(words, near.period))
    return near.period;
  return account;
}

/**
 * Whether the one sentence between a figure and the statistic before names no figure and no time:
 * "The People's Republic of China remained Russia's largest trading partner." between two figures
 * of the same year's release leaves the second in the account's period.
 */
export function quietBetween(ctx: TextContext, s: number, frameSentence: number, relativeTime: RegExp): boolean {
  // The sentence opens or continues the figure's paragraph: a topic sentence, not the close of the one before.
  if (s - frameSentence !== 2 || ctx.mentionsIn(s - 1).length > 0 || opensParagraph(ctx.text, ctx.spans, s)) return false;
  const span = ctx.spans[s - 1]!;
  return !relativeTime.test(ctx.text.slice(span.start, span.end));
}

/** "rose 35% in the quarter" after a figure of one of its months: the quarter (half) that month is in. */
const THE_PART = /\b(?:in|over|during|for)\s+the\s+(quarter|half)\b(?!\s+(?:of|to|through|ending|ended|before|after|\d))/i;

/** The quarter or half `words` name when `period` is one of its months; undefined otherwise. */
export function partOfMonth(words: string, period: string | null): { period: string; index: number; length: number } | undefined {
  const part = period !== null && /^\d{4}-\d{2}$/.test(period) ? THE_PART.exec(words) : null;
  if (!part) return undefined;
  const month = Number(period!.slice(5));
  const name = part[1]!.toLowerCase() === 'quarter' ? `Q${Math.ceil(month / 3)}` : `H${month <= 6 ? 1 : 2}`;
  return { period: `${period!.slice(0, 4)}-${name}`, index: part.index, length: part[0].length };
}
