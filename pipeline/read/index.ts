/**
 * The reader: drafts the observations and claims a text states, with every field and the
 * words that decided it, and says why it leaves every other mention aside. Deterministic,
 * offline, rules and vocabularies only (docs/reading.md).
 *
 *   const lexicon = buildLexicon(vocab);       // once per vocabulary
 *   const reading = readText(text, lexicon);   // text normalized (LF, NFC), as extract wants it
 *   const readings = readTexts(texts, lexicon); // many texts, phase by phase: the same readings, less CPU
 *   readText(text, lexicon, undefined, sourceContextOf(sidecar));   // with what its sidecar says
 */
import type { Mention } from '../extract/index.js';
import { buildLexicon, type Lexicon } from './context.js';
import {
  CLAIM_PASSES,
  findClaimTriggers,
  finishReading,
  prepareText,
  readClaimVerbs,
  readContext,
  readStatistics,
  readVerbClaims,
  startStatistics,
  type TextInReading,
} from './readPhases.js';
import type { SourceContext } from './sourceContext.js';
import type { Reading } from './types.js';

export { buildLexicon, type Lexicon } from './context.js';
export type { ReaderVocab } from './vocab.js';
export { FALL_VALUE_RULE } from './measure.js';
export { sourceContextOf, type SourceContext } from './sourceContext.js';
export { annotationProduct, WHOLE_TRADE } from './annotationTerms.js';
export type * from './types.js';
export { evidenceWords } from './format.js';
export { hasMarkdown } from './markdown.js';

/**
 * Read a normalized text; `mentions` may be passed when the caller has extracted them already (with
 * `starts`, every sentence start the extractor found, if it gave them), and `source` when its sidecar
 * is known (sourceContext.ts: the speaker its title names, its date).
 */
export function readText(
  text: string,
  lexicon: Lexicon,
  given?: readonly Mention[],
  source?: SourceContext,
  starts?: readonly number[],
): Reading {
  const t = prepareText(text, given, source, starts);
  readContext(t, lexicon);
  readStatistics(t);
  readVerbClaims(t);
  for (const pass of CLAIM_PASSES) t.claims = pass(t.ctx!, t.claims);
  return finishReading(t);
}

/**
 * Read many texts: the same readings as `readText` on each, in order, with each phase run over
 * all of them before the next (readPhases.ts), which costs less CPU than text by text. `given`:
 * the mentions of each text, when the caller has extracted them already, and `starts` the
 * extractor's sentence starts of each (ExtractOptions.sentenceStarts; undefined where not given).
 * Read texts in groups (a corpus's batch, some hundreds of texts): every text's reading is kept
 * until the group ends.
 */
export function readTexts(
  texts: readonly string[],
  lexicon: Lexicon,
  given?: readonly (readonly Mention[] | undefined)[],
  starts?: readonly (readonly number[] | undefined)[],
): Reading[] {
  const all: TextInReading[] = [];
  for (let i = 0; i < texts.length; i++) all.push(prepareText(texts[i]!, given?.[i], undefined, starts?.[i]));
  for (const t of all) readContext(t, lexicon);
  for (const t of all) startStatistics(t);
  for (const t of all) readStatistics(t);
  for (const t of all) findClaimTriggers(t);
  for (const t of all) readClaimVerbs(t);
  for (const t of all) readVerbClaims(t);
  for (const pass of CLAIM_PASSES) for (const t of all) t.claims = pass(t.ctx!, t.claims);
  const readings: Reading[] = [];
  for (const t of all) readings.push(finishReading(t));
  return readings;
}

/** Convenience for one-off use: build the lexicon and read. */
export function readWithVocab(text: string, vocab: Parameters<typeof buildLexicon>[0]): Reading {
  return readText(text, buildLexicon(vocab));
}
