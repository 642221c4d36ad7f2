/**
 * The source that governs a paragraph: a statistic whose sentence names no source, and whose two
 * sentences before name none either (context.ts), is said by the nearest source named earlier in
 * its paragraph ("According to written evidence from RUSI, … The following year they reached
 * £44 million. Most of that trade … Kazakhstan's own imports … grew by 60%"). A blank line ends a
 * source's reach, as does a line break (a list's items, a text that writes one paragraph a line):
 * the next paragraph's figures are not its (docs/curation.md reads a paragraph that names no source
 * as unattributed, or the text's author's).
 */
import type { Attribution } from './attribution.js';
import { colonSpeaker } from './claimFramer.js';
import type { TextContext } from './context.js';
import { opensParagraph } from './sentences.js';

/** How far back in a paragraph a source is looked for: paragraphs longer than this are lists or transcripts. */
const REACH = 8;

/** A line "Foreign Secretary James Cleverly said:" over the paragraph speaks for its figures too (claimFramer.ts). */
function colonLine(ctx: TextContext, s: number): Attribution | undefined {
  const said = colonSpeaker(ctx, s);
  return said && { phrase: said.phrase, start: said.start, end: said.end, cue: said.rule };
}

/** "Chinese exports to Russia in the reporting period fell …": a paragraph that measures the period the one before did. */
const SAME_PERIOD = /\b(?:in|during) the (?:reporting |same )?period\b/;
/** Data, figures or statistics: a source whose figures a later paragraph can go on reading. */
const DATA_SOURCE = /\b(?:data|figures|statistics)\b/i;

/**
 * A paragraph that opens by measuring "the reporting period" of the paragraph before visibly continues
 * its data (docs/curation.md, convention 7): a wire's "… according to data from the customs
 * administration.\n\nChinese exports to Russia in the reporting period fell 11%".
 */
function samePeriodData(ctx: TextContext, s: number): Attribution | undefined {
  const span = ctx.spans[s]!;
  if (!SAME_PERIOD.test(ctx.text.slice(span.start, span.end))) return undefined;
  for (let k = s - 1; k >= 0 && k >= s - REACH; k--) {
    const own = ctx.ownAttribution(k);
    if (own) return DATA_SOURCE.test(own.phrase) ? { ...own, cue: `${own.cue} (the paragraph before, the same period)` } : undefined;
    if (k === 0 || opensParagraph(ctx.text, ctx.spans, k)) return undefined;
  }
  return undefined;
}

export function paragraphSource(ctx: TextContext, s: number): Attribution | undefined {
  return ctx.memo('paragraphSource', s, () => {
    for (let k = s - 1; k >= 0 && k >= s - REACH; k--) {
      if (opensParagraph(ctx.text, ctx.spans, k + 1)) return colonLine(ctx, s) ?? (k + 1 === s ? samePeriodData(ctx, s) : undefined);
      // Nor across a line break: list items and one-line paragraphs each speak for themselves.
      if (ctx.text.lastIndexOf('\n', ctx.spans[k + 1]!.start) >= ctx.spans[k]!.end) return undefined;
      const own = ctx.ownAttribution(k);
      if (own) return { ...own, cue: `${own.cue} (earlier in the paragraph)` };
    }
    return s === 0 || opensParagraph(ctx.text, ctx.spans, s) ? colonLine(ctx, s) : undefined;
  });
}

const LABEL = 'speaker label';

/**
 * A transcript's figure whose sentence names no source, only its label's speaker, goes on with the credit its
 * speaker gave earlier in the paragraph ("As per data of the DGCI&S, exports were … . During April–September,
 * exports were …"): the label speaks only where the paragraph credits no one (docs/curation.md, convention 7).
 * Only a credit ("according to", "as per"): a minister's "HMRC data show that …" or "The UK assesses that …" is
 * the speaker's own account, whose next figures stay the speaker's; not across a line break; figures only (a
 * claim's claimant stays the speaker).
 */
export function labelledParagraphSource(ctx: TextContext, s: number, found: Attribution | undefined): Attribution | undefined {
  if (found?.cue !== LABEL) return undefined;
  for (let k = s - 1; k >= 0 && k >= s - REACH; k--) {
    if (ctx.text.lastIndexOf('\n', ctx.spans[k + 1]!.start) >= ctx.spans[k]!.end) return undefined;
    const before = ctx.ownAttribution(k);
    // The nearest sentence naming anyone decides: another speaker or source named after the credit ends it.
    if (before && before.cue !== LABEL)
      return before.cue === 'according to' ? { ...before, cue: `${before.cue} (earlier in the paragraph)` } : undefined;
  }
  return undefined;
}
