/**
 * A sentence that opens with its total: "Of the $47.6 billion of goods Russia imported from China
 * in the first five months of 2024, machinery made up about 38%"; "Of the roughly $9 billion in
 * dual-use goods Russia imported in 2023, we estimate that about 90% came from China". The total
 * is read from its own phrase alone (its goods and countries, not the part's), and a part named
 * by goods in the main clause is a product share of it.
 */
import type { Mention } from '../extract/index.js';

/** After a dateline, if any ("MOSCOW, 18 July 2024 (Wire) — Of the …"). */
const OF_THE = /^(?:[A-Z][A-Z .’'-]+,[^\n—–]{0,50}[—–]\s+)?(?:[“"]\s*)?Of\s+(?:the|its|their|this|that)\s/;

/** The span of the opening "Of the …," phrase of a sentence, when it holds a figure; else undefined. */
export function openingTotal(
  text: string,
  span: { start: number; end: number },
  mentions: readonly Mention[],
): { start: number; end: number } | undefined {
  const of = OF_THE.exec(text.slice(span.start, span.start + 80));
  if (!of) return undefined;
  const from = span.start + of[0].length;
  const figure = mentions.find((x) => (x.kind === 'money' || x.kind === 'count' || x.kind === 'number') && x.start >= from);
  if (!figure || figure.start - from > 24) return undefined;
  // The phrase ends at the first comma after the figure (not one inside a number).
  for (let i = figure.end; i < span.end; i++) if (text[i] === ',' && !/\d/.test(text[i + 1] ?? '')) return { start: from, end: i };
  return undefined;
}
