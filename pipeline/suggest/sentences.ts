/**
 * Sentence spans for the suggestion heuristics (which country, goods word or attribution is
 * in the same sentence as a figure): the extractor's sentence boundaries, so a draft's
 * sentence is the one the mentions table gives for the figure.
 */
import { sentenceIndexAt, type Span } from '../normalize/sentences.js';

export { sentenceSpans, type Span } from '../normalize/sentences.js';

/** The span containing offset `at` (or the last span before it). */
export function spanAt(spans: readonly Span[], at: number): Span {
  return spans[sentenceIndexAt(spans, at)] ?? { start: 0, end: 0 };
}
