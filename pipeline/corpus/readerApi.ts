/**
 * What a corpus run uses of the reader (pipeline/read/index.ts, its public API only): build
 * the lexicon once, then read each batch's texts (or one text) with the mentions already extracted.
 */
import type { buildLexicon, hasMarkdown, readText, readTexts, ReaderVocab } from '../read/index.js';
import type { Reader } from './processBatch.js';

export type { ReaderVocab } from '../read/index.js';

export interface ReaderApi {
  buildLexicon: typeof buildLexicon;
  readText: typeof readText;
  readTexts: typeof readTexts;
  hasMarkdown: typeof hasMarkdown;
}

/** The reader with its lexicon, built once per thread. */
export function bindReader(api: ReaderApi, vocab: ReaderVocab): Reader {
  const lexicon = api.buildLexicon(vocab);
  // A text with Markdown is read from the reader's own extraction of its blanked words, as `figures
  // read FILE` reads it: the mentions extracted from the text as given differ there ("over
  // **10,000**" loses its hedge), and the corpus drafts must be the single-file reading's.
  return {
    text: (text, mentions, starts) =>
      api.hasMarkdown(text) ? api.readText(text, lexicon) : api.readText(text, lexicon, mentions, undefined, starts),
    texts: (texts, mentions, starts) => {
      const own = texts.map((t) => api.hasMarkdown(t));
      return api.readTexts(
        texts,
        lexicon,
        mentions.map((m, i) => (own[i] ? undefined : m)),
        starts?.map((s, i) => (own[i] ? undefined : s)),
      );
    },
  };
}
