/**
 * Lists and tables written as prose. A list item ("- Russia's imports … reached $420 million")
 * is read with the line that introduces its list ("Our analysis of Russian customs records for
 * 2023 finds:"), which gives every item its source and, where the item names none, its period.
 * A source line under a table or paragraph ("Source: national customs statistics …") attributes
 * the figures right above it.
 */
import type { Span } from './sentences.js';

const ITEM = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+/;
const SOURCE_LINE = /^Sources?:[ \t]+/;

/** Whether sentence `s` opens a line as a list item. */
function isItem(text: string, spans: readonly Span[], s: number): boolean {
  const start = spans[s]!.start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return ITEM.test(text.slice(lineStart, start + 4)) && /^[ \t]*(?:[-*•–]|\d{1,2}[.)])?[ \t]*$/.test(text.slice(lineStart, start));
}

/** The sentence that introduces the list sentence `s` is an item of (it ends in a colon), if any. */
export function listIntroOf(text: string, spans: readonly Span[], s: number): number | undefined {
  if (!isItem(text, spans, s)) return undefined;
  for (let k = s - 1; k >= 0 && k >= s - 20; k--) {
    if (isItem(text, spans, k)) continue;
    return /:\s*$/.test(text.slice(spans[k]!.start, spans[k]!.end)) ? k : undefined;
  }
  return undefined;
}

/** "Source: X." right after sentence `s` (across blank lines): X, with its offsets. */
export function sourceLineAfter(
  text: string,
  spans: readonly Span[],
  s: number,
): { phrase: string; start: number; end: number } | undefined {
  const next = spans[s + 1];
  if (!next || !/^\s*$/.test(text.slice(spans[s]!.end, next.start))) return undefined;
  const body = text.slice(next.start, next.end);
  const lead = SOURCE_LINE.exec(body);
  if (!lead) return undefined;
  const phrase = body.slice(lead[0].length).replace(/[.\s]+$/, '');
  if (phrase.length < 2 || phrase.length > 160) return undefined;
  const start = next.start + lead[0].length;
  return { phrase, start, end: start + phrase.length };
}
