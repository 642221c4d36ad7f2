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
  const found = findAttribution(text, span.start, span.end, previous, label);
  return found?.cue === LABEL ? (sourceBefore(text, spans, s, own) ?? found) : found;
}

const LABEL = 'speaker label';
const DATA = /\b(?:data|figures|statistics)\b/i;
/** How far back in a speaker's paragraph a source is looked for (paragraphSource.ts's reach). */
const REACH = 8;

/**
 * A transcript's sentence that names no source goes on with the source its speaker named earlier in the
 * paragraph ("As per data of the DGCI&S, exports were … . During April–September, exports were …"): the
 * label speaks only where the paragraph credits no one (docs/curation.md, convention 7). Not across a line break.
 */
function sourceBefore(
  text: string,
  spans: readonly Span[],
  s: number,
  own: (sentence: number) => Attribution | undefined,
): Attribution | undefined {
  for (let k = s - 1; k >= 0 && k >= s - REACH; k--) {
    if (text.lastIndexOf('\n', spans[k + 1]!.start) >= spans[k]!.end) return undefined;
    const before = own(k);
    // A credit ("according to", "as per") or data ("As the industry data show, …"): "The UK assesses that …" is
    // the speaker's own voice, the label's.
    if (before && before.cue !== LABEL && (before.cue === 'according to' || DATA.test(before.phrase)))
      return { ...before, cue: `${before.cue} (earlier in the paragraph)` };
  }
  return undefined;
}

/** The same reading from the text and its sentences alone, nothing kept: the context's answer. */
export function ownAttributionApart(text: string, spans: readonly Span[], s: number): Attribution | undefined {
  let labels: ((at: number) => Attribution | undefined) | undefined;
  const label = (at: number): Attribution | undefined => (labels ??= speakerLabels(text))(at);
  const own = (k: number): Attribution | undefined => sentenceAttribution(text, spans, k, own, label);
  return own(s);
}
