/**
 * A sentence's own attribution (attribution.ts) with what it reads around the sentence: a pronoun
 * speaker is the speaker of the sentence before, else its subject in the same paragraph; a
 * transcript's sentence with no speaker of its own is its label's. One function for the text's
 * context (context.ts, which keeps each sentence's reading) and for a reading asked for after the
 * text's (observationResult.ts), which must not keep the context alive.
 */
import { findAttribution, type Attribution } from './attribution.js';
import { pronounAntecedent } from './pronounAntecedent.js';
import { opensParagraph, type Span } from './sentences.js';
import { speakerLabels } from './speakerLabels.js';

export function sentenceAttribution(
  text: string,
  spans: readonly Span[],
  s: number,
  /** The own attribution of another sentence of the text (the one before, for a pronoun). */
  own: (sentence: number) => Attribution | undefined,
  label: (at: number) => Attribution | undefined,
): Attribution | undefined {
  const span = spans[s]!;
  const previous =
    s > 0
      ? (pronoun: string) =>
          own(s - 1) ??
          (opensParagraph(text, spans, s) ? undefined : pronounAntecedent(text, spans[s - 1]!.start, spans[s - 1]!.end, pronoun))
      : undefined;
  return findAttribution(text, span.start, span.end, previous, label);
}

/** The same reading from the text and its sentences alone, nothing kept: the context's answer. */
export function ownAttributionApart(text: string, spans: readonly Span[], s: number): Attribution | undefined {
  let labels: ((at: number) => Attribution | undefined) | undefined;
  const label = (at: number): Attribution | undefined => (labels ??= speakerLabels(text))(at);
  const own = (k: number): Attribution | undefined => sentenceAttribution(text, spans, k, own, label);
  return own(s);
}
