/**
 * A signed text's figures are its author's (pipeline/read/signedAuthor.ts; docs/curation.md,
 * convention 6), each read on a small text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const credits = (text: string) => readText(text, lexicon).observations.map((o) => [o.quote, o.attributed_to]);
const BODY = 'Russia’s imports of machine tools from China rose 40% in 2025.';

describe('the figures of a signed commentary or paper are its author’s', () => {
  it('reads "Commentary by <person>" as the author', () => {
    expect(credits(`Why the tools keep coming\n\nCommentary by Mara Lindqvist\nPublished 3 May 2026\n\n${BODY}`)).toEqual([
      ['40%', 'Mara Lindqvist'],
    ]);
  });

  it('reads a line of names over an affiliation as the author', () => {
    expect(
      credits(`Commentary\n\nThe Quiet Supply Line\n\nDr Tomas Reyes\nSenior Fellow, Institute for Trade Security\n\n${BODY}`),
    ).toEqual([['40%', 'Dr Tomas Reyes']]);
  });

  it('reads a line of several names over a date as the authors', () => {
    expect(
      credits(`Working Paper 12\n\nSubstitution in Russia’s Imports\n\nAnna Berg, Li Wen and Omar Said\n\nMarch 2026\n\n${BODY}`),
    ).toEqual([['40%', 'Anna Berg, Li Wen and Omar Said']]);
  });

  it('credits no body a header names: the text’s own figures keep no attribution', () => {
    expect(credits(`Policy brief | Centre for Eastern Supply Studies | 3 May 2026\n\n${BODY}`)).toEqual([['40%', null]]);
  });

  it('takes no headline of capitalized words over a date for a name', () => {
    expect(credits(`Trade Desk\n\nTools Keep Coming\n\n3 May 2026\n\n${BODY}`)).toEqual([['40%', null]]);
    expect(credits(`Trade Desk\n\nChina Sells Tools\nSenior Fellow, Institute for Trade Security\n\n${BODY}`)).toEqual([['40%', null]]);
  });
});
