/**
 * Rules of session 17's claimant round (docs/reading-history.md "Session 17: claimant18"): a text's
 * own claims, which no sentence attributes, are its author's as its opening credits them — read on
 * texts written for the test, and on openings that credit no one.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claimants = (text: string) => readText(text, lexicon).claims.map((c) => c.claimant);
const CLAIM = 'Chinese distributors supplied drone engines to Russia throughout 2025.';

describe('the author a paper’s line of names signs it with claims what no sentence attributes', () => {
  it('takes a line of several names over a date', () => {
    expect(
      claimants(`Research Paper 14\n\nMachine Parts for the Front\n\nMaria Keller, Jonas Brandt and Yuki Sato\n\nMarch 2026\n\n${CLAIM}`),
    ).toEqual(['Maria Keller, Jonas Brandt and Yuki Sato']);
  });

  it('takes no line of names that stands over the text itself', () => {
    expect(claimants(`Machine Parts for the Front\n\nMaria Keller, Jonas Brandt and Yuki Sato\n\n${CLAIM}`)).toEqual([null]);
  });
});

describe('a header of fields credits the body it names, whatever case the kind is written in', () => {
  it('reads a kind in capitals and a series number as no name', () => {
    expect(claimants(`POLICY NOTE | Baltic Supply Watch | No. 8 | April 2026\n\nWhere the engines come from\n\n${CLAIM}`)).toEqual([
      'Baltic Supply Watch',
    ]);
  });

  it('takes a kind in capitals over a department with no date or number for a section label, no credit', () => {
    expect(claimants(`CLIENT NOTICE | Export Risk Compliance\n\nWhere the engines come from\n\n${CLAIM}`)).toEqual([null]);
  });

  it('credits no one where two fields are names', () => {
    expect(claimants(`POLICY NOTE | Baltic Supply Watch | Northern Freight Review\n\nWhere the engines come from\n\n${CLAIM}`)).toEqual([
      null,
    ]);
  });
});

describe('"Posted by" a body’s team credits the body', () => {
  it('reads the name before "team" or "staff"', () => {
    expect(claimants(`Tracing the engines\n\nPosted by the Harbour Data Collective team, 4 May 2026\n\n${CLAIM}`)).toEqual([
      'the Harbour Data Collective',
    ]);
  });

  it('reads no credit where "by" names a photographer', () => {
    expect(claimants(`Tracing the engines\n\nPhotos by the Harbour Data Collective team, 4 May 2026\n\n${CLAIM}`)).toEqual([null]);
  });
});
