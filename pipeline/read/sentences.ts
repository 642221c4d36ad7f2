/**
 * Sentence spans for reading. The extractor's boundaries (a full stop before a capital) plus
 * one it leaves out on purpose: a full stop, a space and a lower-case letter, where the word
 * before the stop is no abbreviation — texts written in lower case ("… officials said. the
 * kremlin rejected …") would otherwise read two sentences as one.
 */
import { sentenceStarts } from '../extract/sentences.js';
import { joinListLabels } from './listLabels.js';
import { isSpace } from './textEnds.js';

export interface Span {
  start: number;
  end: number;
}

/** Whether sentence `s` opens a paragraph: a blank line stands between it and sentence `s - 1`. */
export function opensParagraph(text: string, spans: readonly Span[], s: number): boolean {
  // `/\n\s*\n/` on the text between the two, read from char codes (asked for every figure and claim).
  const to = spans[s]!.start;
  for (let i = spans[s - 1]!.end; i < to; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    for (let j = i + 1; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c === 10) return true;
      if (!isSpace(c)) break;
    }
  }
  return false;
}

const ABBREVIATION =
  /(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/;

/** `starts`: the extractor's sentence starts of `text`, when the caller has them (extractMentionsAndSentences). */
export function sentenceSpans(text: string, extractorStarts: readonly number[] = sentenceStarts(text)): Span[] {
  const starts = joinListLabels(text, extractorStarts);
  const all: number[] = [];
  // One pass over the text for the lower-case boundaries, each kept within its extractor sentence.
  const re = /[.!?]["”’)]*[ \t]+(?=[a-z])/g;
  let m = re.exec(text);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? text.length;
    all.push(from);
    // A match must lie in [from, to) with the letter after it: re-run where one straddles a start.
    if (m !== null && m.index < from) {
      re.lastIndex = from;
      m = re.exec(text);
    }
    for (; m !== null && m.index + m[0].length < to; m = re.exec(text)) {
      const before = text.slice(Math.max(from, m.index - 12), m.index + 1);
      if (!ABBREVIATION.test(before)) all.push(m.index + m[0].length);
    }
  }
  const spans: Span[] = [];
  for (let i = 0; i < all.length; i++) {
    let end = all[i + 1] ?? text.length;
    while (end > all[i]! && isSpace(text.charCodeAt(end - 1))) end--;
    spans.push({ start: all[i]!, end });
  }
  return spans;
}

/** The index of the span holding offset `at` (binary search). */
export function spanIndex(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
