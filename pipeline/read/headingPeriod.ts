/**
 * The period a text's headline gives when the body does not repeat it: "China-Russia trade hits
 * record in 2023" over "Trade between China and Russia reached $240 billion, …". Only a headline
 * line of its own (a blank line after it, or after up to two short lines with no figure: a byline, a
 * credit, a date), with no full stop, one period and no figure; in a dated
 * text only for a figure no period reached (its relative periods are read against the date,
 * documentDate.ts). A section's heading does the same for the paragraph or list under it
 * (`sectionPeriod`).
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import { opensParagraph } from './sentences.js';

export interface HeadingPeriod {
  period: string;
  start: number;
  end: number;
}

/** How long a headline may be. */
const HEADLINE = 140;
/** Words before the headline's period that make it the period of the story, not a base or a start. */
const OF_THE_STORY = /(?:\b(?:in|for|during)\s+|[,:]\s*|^)$/i;
/** "…: 2023 in review", "2024 in numbers": a review's year closing its headline. */
const REVIEW_AFTER = /^\s+(?:in\s+(?:review|numbers|figures|brief|data)|review|overview|update|edition)[\s)\]]*$/i;

/** Up to two short lines under a headline that name no figure: a byline, a credit, a date ("Prepared by …"). */
const UNDER_HEADLINE = /^\n(?:[ \t]*\S[^\n]{0,119}\n){0,2}[ \t]*\n/;

/** Whether the headline ending at `newline` stands alone: a blank line after it, or after its byline lines. */
function standsAlone(text: string, newline: number, mentions: readonly Mention[]): boolean {
  const under = UNDER_HEADLINE.exec(text.slice(newline, newline + 300));
  if (!under) return false;
  const end = newline + under[0].length;
  return !mentions.some((x) => x.start > newline && x.end <= end && x.kind !== 'year' && x.kind !== 'period');
}

export function headingPeriod(text: string, mentions: readonly Mention[]): HeadingPeriod | undefined {
  const lead = /^\s*/.exec(text)![0].length;
  const newline = text.indexOf('\n', lead);
  if (newline < 0 || newline - lead > HEADLINE || !standsAlone(text, newline, mentions)) return undefined;
  const line = text.slice(lead, newline).trimEnd();
  if (line.length === 0 || /[.!?]$/.test(line)) return undefined;
  const inLine = mentions.filter((m) => m.start >= lead && m.end <= newline);
  if (inLine.length !== 1) return undefined;
  const p = inLine[0]!;
  if ((p.kind !== 'year' && p.kind !== 'period') || p.period === null) return undefined;
  if (!OF_THE_STORY.test(text.slice(lead, p.start))) return undefined;
  // The rest of the headline after the period: nothing, or a closing word or bracket.
  const after = text.slice(p.end, newline);
  if (!/^[\s)\]:]*$/.test(after) && !/^\s*[:—–-]\s/.test(after) && !REVIEW_AFTER.test(after)) return undefined;
  return { period: shortPeriod(p.period), start: p.start, end: p.end };
}

/** A heading: a short line of its own with no closing punctuation. */
const SECTION_HEADING_MAX = 100;

/**
 * "January–September 2024" (or "Imports in 2023") heading the paragraph or list a figure stands in:
 * the one period that heading line names, for a figure whose sentence names none.
 */
export function sectionPeriod(ctx: TextContext, s: number): HeadingPeriod | undefined {
  const { text, spans } = ctx;
  let k = s;
  while (k > 0 && !opensParagraph(text, spans, k)) k--;
  if (k === 0) return undefined;
  const h = spans[k - 1]!;
  const line = text.slice(h.start, h.end);
  if (line.length > SECTION_HEADING_MAX || line.includes('\n') || /[.!?;,]$/.test(line)) return undefined;
  const mentions = ctx.mentionsIn(k - 1);
  if (mentions.some((x) => x.kind !== 'year' && x.kind !== 'period')) return undefined;
  const dated = mentions.filter((x) => x.period !== null && !(ctx.documentDate && x.start === ctx.documentDate.start));
  if (dated.length !== 1) return undefined;
  const p = dated[0]!;
  // As for the headline: the period of the story, not a start or a base ("… has grown since 2022").
  if (!OF_THE_STORY.test(text.slice(h.start, p.start))) return undefined;
  return { period: shortPeriod(p.period!), start: p.start, end: p.end };
}

/** How many lines above a text's first paragraph are its header (a body's name, a title, a date, a kind). */
const HEADER_LINES = 8;
/** A line of prose ends the header: a sentence's close on a long line, or a line no title is as long as. */
const PROSE_LINE = (line: string) => line.length > 160 || (line.length > 60 && /[.!?]["”’]?\s*$/.test(line));
/**
 * What may close a title after its period: nothing, a bracketed note of words ("(Preliminary)", "(excerpt,
 * unofficial translation)": how the text was taken, not another period), a colon or a dash's subtitle.
 */
const TITLE_AFTER = /^\s*(?:\([\p{L} ,;]{1,40}\)|\[[\p{L} ,;]{1,40}\])?[\s)\]]*$|^\s*[:—–-]\s/u;
/** Before the period, the words that make it the period the title is of: "… of Georgia in", "…, ", "…: ", "for". */
const TITLE_OF = /(?:\b(?:in|for|during)\s+|[,:]\s*)$/i;

/**
 * The reference period a release states for itself in its title, on any of its header lines (docs/curation.md,
 * convention 8): "External Merchandise Trade of Georgia in January-October 2026 (Preliminary)" under the
 * office's name, "Foreign trade of the Republic of Armenia, January-September 2026", "Statement on transit
 * controls …, first nine months of 2026". The title's one period, words before it, no figure, not the
 * text's date, not the first line (the headline's, `headingPeriod`).
 */
export function titlePeriod(text: string, mentions: readonly Mention[], dated: { start: number } | undefined): HeadingPeriod | undefined {
  let at = 0;
  for (let k = 0; k < HEADER_LINES && at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    if (line !== '') {
      if (PROSE_LINE(line)) return undefined;
      k++;
      // The first line is the headline's, read by `headingPeriod` with its own conditions.
      const inLine = mentions.filter((m) => m.start >= at && m.end <= end && m.start !== dated?.start);
      const p = inLine.length === 1 ? inLine[0]! : undefined;
      if (k > 1 && p && (p.kind === 'year' || p.kind === 'period') && p.period !== null) {
        const before = text.slice(at, p.start);
        if (/\p{L}{3}/u.test(before) && TITLE_OF.test(before) && TITLE_AFTER.test(text.slice(p.end, end)))
          return { period: shortPeriod(p.period), start: p.start, end: p.end };
      }
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}
