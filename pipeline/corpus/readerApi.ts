/**
 * What a corpus run uses of the reader (pipeline/read/index.ts, its public API only): build
 * the lexicon once, then read each batch's texts (or one text) with the mentions already extracted.
 */
import type { buildLexicon, readText, readTexts, ReaderVocab } from '../read/index.js';
import type { Reader } from './processBatch.js';

export type { ReaderVocab } from '../read/index.js';

export interface ReaderApi {
  buildLexicon: typeof buildLexicon;
  readText: typeof readText;
  readTexts: typeof readTexts;
}

/** The reader with its lexicon, built once per thread. */
export function bindReader(api: ReaderApi, vocab: ReaderVocab): Reader {
  const lexicon = api.buildLexicon(vocab);
  return {
    text: (text, mentions, starts) => api.readText(text, lexicon, mentions, undefined, starts),
    texts: (texts, mentions, starts) => api.readTexts(texts, lexicon, mentions, starts),
  };
}
