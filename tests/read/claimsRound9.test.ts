/**
 * Rules of session 9's claims round (docs/reading-history.md "Session 9: claims round"): each a rule about
 * how a claim's supplier, recipient, goods, certainty or claimant is found, or why a sentence makes
 * none, read on a small text written for the test (not one of the dev texts).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('rejected reports', () => {
  it('keeps reports a long sentence rejects as the accuser’s claim, whatever the rejecting side calls them', () => {
    const c = claims(
      'The foreign ministry in Pyongyang on Saturday firmly rejected the latest U.S. accusations that North Korea has delivered artillery shells to Russia, calling them a fabrication.',
    )[0];
    expect(brief(c)).toEqual({ supplier: ['north-korea'], recipient: 'russia', goods: 'ammunition', certainty: 'asserted', claimant: 'U.S.' });
  });

  it('still reads reports the sentence itself calls false as no claim', () => {
    expect(claims('Western reports that North Korea has supplied artillery shells to Russia are another fabrication, the agency said.')).toEqual([]);
  });
});
