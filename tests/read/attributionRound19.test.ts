/**
 * Rules of session 18's attribution round (docs/reading-history.md "Session 18: attrib19"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const credited = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);

describe('a verb inside the quotation a sentence opens with is not the sentence’s verb of saying', () => {
  it('credits the speaker after the quotation, and the quoted sentences after it', () => {
    const text =
      '“These traders are accused of feeding the war machine,” said Deputy Minister Olga Varga. “Exports of bearings to Russia reached $40 million in 2025.”';
    expect(credited(text)).toEqual([['$40 million', 'Deputy Minister Olga Varga']]);
  });

  it('takes the speaker named after the quotation, not a pronoun inside it', () => {
    const text = '"We found that exports of lathes to Russia fell 12% in 2025," Olga Varga told reporters.';
    expect(credited(text)).toEqual([['12%', 'Olga Varga']]);
  });
});
