/**
 * Rules of session 18's claimant and certainty round (docs/reading-history.md "Session 18:
 * claimant19"), each on sentences written for the test: who claims a supply, and how surely.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const one = (text: string, quote: string): ReadClaim => {
  const found = claims(text).filter((c) => c.quote.includes(quote));
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
};

describe('a claimant’s form leaves out what stands around the speaker', () => {
  it('leaves out an adverb between the speaker and the verb', () => {
    const c = one('Kazakh diplomats repeatedly told us that Kazakhstan does not export weapons to Russia.', 'export weapons');
    expect(c.claimant).toBe('Kazakh diplomats');
  });

  it('leaves out a list item’s letter before the speaker', () => {
    const c = one(
      '(b) A Customs spokesman said that Estonian traders have supplied Russia with drone engines.',
      'supplied Russia with drone engines',
    );
    expect(c.claimant).toBe('A Customs spokesman');
  });
});

describe('a negative subject of a passive denies the supply', () => {
  it('reads "no … had been exported" as denied', () => {
    const c = one(
      'Minister Anna Berg said that no restricted machine tools had been exported from Finland to Russia since 2023.',
      'exported from Finland',
    );
    expect(c.certainty).toBe('denied');
  });

  it('keeps a supply with a plain subject asserted', () => {
    const c = one(
      'Minister Anna Berg said that restricted machine tools had been exported from Finland to Russia since 2023.',
      'exported from Finland',
    );
    expect(c.certainty).toBe('asserted');
  });
});

describe('an official body’s finding is its determination', () => {
  it('reads a customs investigation’s finding as determined', () => {
    const c = one(
      'Investigations by Latvian Customs found that three Riga-based companies had shipped drone engines to Russia.',
      'shipped drone engines',
    );
    expect(c.certainty).toBe('determined');
  });

  it('reads a body named by an acronym the text expands as determined', () => {
    const text =
      'The Office of Export Enforcement (OEE) opened a case last year.\n\nOEE has established that Nordline Trading supplied machine tools to Russia.';
    expect(one(text, 'supplied machine tools').certainty).toBe('determined');
  });

  it('keeps a research group’s finding asserted', () => {
    const c = one(
      'The Baltic Trade Observatory found that three Riga-based companies had shipped drone engines to Russia.',
      'shipped drone engines',
    );
    expect(c.certainty).toBe('asserted');
  });
});

describe('the text’s own words read as a speaker stand for its author', () => {
  it('gives "By my estimate" to the signed author', () => {
    const text =
      'Commentary\n\nBy Marta Lindqvist\n\nBy my estimate, Armenian intermediaries shipped Chinese navigation modules to Russia in 2025.';
    expect(one(text, 'shipped Chinese navigation modules').claimant).toBe('Marta Lindqvist');
  });

  it('keeps a source the author cites', () => {
    const text =
      'Commentary\n\nBy Marta Lindqvist\n\nThe Kyiv School of Economics estimates that Armenian intermediaries shipped Chinese navigation modules to Russia in 2025.';
    expect(one(text, 'shipped Chinese navigation modules').claimant).toBe('The Kyiv School of Economics');
  });
});

describe('a joint statement’s heading names its authors without its topic', () => {
  it('stops the authors before "on" and its topic', () => {
    const text =
      'Joint Statement by the Ministry of Economy and Estonian Customs on Exports of Dual-Use Goods\n\n5 May 2026\n\nEstonia does not supply weapons to Russia.';
    expect(one(text, 'supply weapons').claimant).toBe('the Ministry of Economy and Estonian Customs');
  });
});

describe('a rejected accusation with where it was made', () => {
  it('reads "dismissed reports in Western media that …" as the rejecter’s denial', () => {
    const c = one(
      'Deputy Minister Oleg Petrov dismissed reports in Western media that Belarusian firms pass on Chinese machine tools to Russian arms plants.',
      'Belarusian firms',
    );
    expect(c.certainty).toBe('denied');
    expect(c.claimant).toBe('Oleg Petrov');
  });
});

describe('the speaker of the clause introducing a claim', () => {
  it('claims it after another speaker’s clause', () => {
    const c = one(
      'European governments argue that Chinese firms supply most of the machine tools Russia uses, and a NATO official told me that Chinese firms are also supplying nitrocellulose to Russian plants.',
      'nitrocellulose',
    );
    expect(c.claimant).toBe('a NATO official');
  });
});

describe('a text’s first line names the body that claims what no sentence attributes', () => {
  it('reads a name with one "of" between its first names', () => {
    const text = 'Chamber of Deputies Defence Committee\nThird-country supply\n\nChinese entities supply Russia with drone engines.';
    expect(one(text, 'drone engines').claimant).toBe('Chamber of Deputies Defence Committee');
  });

  it('reads a periodical under its publisher’s acronym', () => {
    const text = 'IIEA Quarterly Trade Review, March 2026\nChapter 1\n\nKyrgyz traders resell Chinese machinery to Russian buyers.';
    expect(one(text, 'Chinese machinery').claimant).toBe('IIEA');
  });

  it('reads no line of two bodies as one', () => {
    const text = 'Ministry of Trade, Government of Ruritania\nNotes\n\nKyrgyz traders resell Chinese machinery to Russian buyers.';
    expect(one(text, 'Chinese machinery').claimant).not.toBe('Ministry of Trade, Government of Ruritania');
  });
});

describe('a speaker fairly sure of a supply hedges it', () => {
  it('reads "I’m fairly sure" as likely', () => {
    const c = one(
      'ANALYST: I’m fairly sure some Chinese state firms supply Russia with nitrocellulose through intermediaries.',
      'nitrocellulose',
    );
    expect(c.certainty).toBe('likely');
  });
});
