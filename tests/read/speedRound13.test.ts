/**
 * What session 13's speed round must leave as it was (docs/performance.md "Issue 15 in session
 * 13"): a denial of the claim before is read only in the sentences one scan of the text finds a
 * verb of denying and what it denies in, so each test puts such a sentence among others the scan
 * must pass over or must not stop at.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const denials = (text: string): [string[], string | null][] =>
  readText(text, lexicon)
    .claims.filter((c: ReadClaim) => c.certainty === 'denied')
    .map((c) => [c.supplier, c.claimant]);

describe('a denial of the claim before, found by one scan of the text', () => {
  it('reads the denial in a later sentence past sentences where the scan stops to no effect', () => {
    const text =
      'Minsk denied the charges of meddling. Tehran has denied supplying anything. ' +
      'Officials say Belarusian trucks are turning up in Russia. Minsk rejected these claims.';
    expect(denials(text)).toEqual([[['belarus'], 'Minsk']]);
  });

  it('reads each sentence once when the verb and its object come twice in it', () => {
    const text = 'Officials say Iranian engines are turning up in Russia. Tehran denied this, and Tehran denied it again.';
    expect(denials(text)).toEqual([[['iran'], 'Tehran']]);
  });

  it('finds nothing to deny where the verb has no object it can deny, or the text no verb', () => {
    expect(denials('Officials say Iranian engines are turning up in Russia. Tehran denied supplying them.')).not.toContainEqual([
      ['iran'],
      'Tehran',
    ]);
    expect(denials('Officials say Iranian engines are turning up in Russia. Tehran said nothing.')).toEqual([]);
  });
});
