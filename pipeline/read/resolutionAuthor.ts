/**
 * The author of a resolution, named on a line of its own before the preamble: "The European
 * Parliament," then "– having regard to …" and "A. whereas …"; "The General Assembly," then
 * "Recalling …". The recitals and operative paragraphs are its own words, so it claims what none
 * of them attributes (docs/curation.md: an official text's own claims are its author's), not a
 * source one recital credits for its figures ("according to estimates by the Commission"). Claims
 * only: a resolution's own figures keep no attribution.
 */
import type { Attribution } from './attribution.js';

/** The body alone on its line, closed by a comma: "The European Parliament,", "The Security Council,". */
const BODY_LINE = /(?:^|\n)[ \t]*((?:The|the)\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,5}\p{Lu}[\p{L}-]*),[ \t]*\n/u;
/** The words a preamble's clauses open with, on one of the lines right after the body. */
const PREAMBLE =
  /^\s*(?:[–—-]\s*|[A-Z]\.\s+|\(\w+\)\s+)?(?:having\s+regard|whereas|recalling|noting|reaffirming|recognizing|recognising|considering|bearing\s+in\s+mind|welcoming|acknowledging|expressing|deeply\s+concerned)\b/iu;

/** How far into a text the body's line is looked for: after a title and a reference at most. */
const OPENING = 500;

export function resolutionAuthor(text: string): Attribution | undefined {
  const head = text.slice(0, OPENING);
  const m = BODY_LINE.exec(head);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  if (!PREAMBLE.test(text.slice(after, after + 200))) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'the body the resolution is of' };
}
