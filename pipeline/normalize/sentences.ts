/**
 * Sentence spans of a normalized text, for the `sentence` context published with each figure,
 * entity and claim. The boundaries are the extractor's (pipeline/extract/sentences.ts), so a
 * sentence index means the same in the mentions and entity_mentions tables.
 */
import { sentenceStarts } from '../extract/sentences.js';

export interface Span {
  start: number;
  end: number;
}

/** One span per sentence, trailing white space trimmed. */
export function sentenceSpans(text: string): Span[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => {
    let end = starts[i + 1] ?? text.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  });
}

/** Index of the sentence containing `offset` (the last one starting at or before it). */
export function sentenceIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of the sentence(s) that the span [start, end) lies in. */
export function sentenceText(text: string, spans: readonly Span[], start: number, end: number): string {
  const a = spans[sentenceIndexAt(spans, start)]!;
  const b = spans[sentenceIndexAt(spans, Math.max(start, end - 1))]!;
  return text.slice(Math.min(a.start, start), Math.max(b.end, end));
}
