/**
 * The figure extractor: finds every numeric mention in a normalized text (LF, NFC) in one
 * deterministic pass — its span, value, unit, scale, hedge and interval, the period it
 * refers to and its sentence. Rules: docs/extraction.md; intervals: docs/interval-policy.md.
 */
import { addressSpans, outsideAddresses } from './addresses.js';
import { foldSpaces } from './chars.js';
import { resolveYen } from './currencies.js';
import type { Mention } from './mention.js';
import { assignPeriods } from './periodHints.js';
import { scan } from './scan.js';
import { sentenceStarts } from './sentences.js';

export type { Mention, MentionKind, Hedge } from './mention.js';

export interface ExtractOptions {
  /**
   * The caller has already found that the text holds no space separator but U+0020, so the
   * extractor skips its own test (foldSpaces): a corpus worker tests each document once for
   * everything its normalization and this folding could change (pipeline/corpus/normalizeFast.ts).
   */
  noOtherSpaces?: boolean;
  /**
   * When given (empty), filled with the start of every sentence of the text, as
   * `extractMentionsAndSentences` gives them: a corpus run with `--read` hands them to the reader,
   * which would otherwise split each text into sentences a second time.
   */
  sentenceStarts?: number[];
}

/** All mentions in `text` (already normalized: LF, NFC), ordered by start, non-overlapping. */
export function extractMentions(original: string, options?: ExtractOptions): Mention[] {
  const out = options?.sentenceStarts;
  const { mentions, starts } = extract(original, out !== undefined, options?.noOtherSpaces === true);
  if (out) for (let i = 0; i < starts.length; i++) out.push(starts[i]!);
  return mentions;
}

/**
 * The mentions and the start offsets of every sentence of the text (`sentenceStarts`, all of
 * them, not only up to the last mention's): the reader needs both, and the boundaries are the
 * same walk the extractor does for the mentions' sentences.
 */
export function extractMentionsAndSentences(original: string): { mentions: Mention[]; starts: number[] } {
  return extract(original, true, false);
}

function extract(original: string, allStarts: boolean, noOtherSpaces: boolean): { mentions: Mention[]; starts: number[] } {
  // Matched on a copy with every space separator as U+0020 (same offsets), so a thin or narrow
  // no-break space is a space everywhere one is accepted; the mention's text is the original's.
  // (Sentence starts are the same on either: a space separator is a gap for sentenceStarts.)
  const text = noOtherSpaces ? original : foldSpaces(original);
  const { mentions, own } = withoutAddresses(text, scan(text));
  if (mentions.length === 0) return { mentions, starts: allStarts ? sentenceStarts(text) : [0] };
  // sentences: one walk over the boundaries alongside the (ordered) mentions
  // none needed past the last mention's sentence (and the start after it, which ends that sentence)
  const starts = sentenceStarts(text, allStarts ? Infinity : mentions[mentions.length - 1]!.start);
  let s = 0;
  for (let i = 0; i < mentions.length; i++) {
    // an index loop: for-of allocated an iterator result per mention here (measured)
    const m = mentions[i]!;
    while (s + 1 < starts.length && starts[s + 1]! <= m.start) s++;
    m.sentence = s;
    if (m.unit === 'YEN?') m.unit = resolveYen(text.slice(starts[s]!, starts[s + 1] ?? text.length));
  }
  assignPeriods(text, mentions, own);
  if (text !== original) for (const m of mentions) m.text = original.slice(m.start, m.end);
  return { mentions, starts };
}

/**
 * The scan's mentions but those in a web address (addresses.ts), before periods are assigned, so
 * that a year of an address ("…/2024/05/…") dates no figure either.
 */
function withoutAddresses(text: string, found: ReturnType<typeof scan>): ReturnType<typeof scan> {
  const spans = found.mentions.length === 0 ? [] : addressSpans(text);
  if (spans.length === 0) return found;
  const keep = outsideAddresses(spans, found.mentions);
  return { mentions: found.mentions.filter((_, i) => keep[i]), own: found.own.filter((_, i) => keep[i]) };
}
