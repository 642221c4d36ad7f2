/**
 * Rules of session 19's claimant and certainty round (docs/reading-history.md "Session 19:
 * claimant20"), each on sentences written for the test: who claims a supply, and how surely.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { publisherHeading } from '../../pipeline/read/publisherHeading.js';
import { creditLine } from '../../pipeline/read/creditLine.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const one = (text: string, quote: string): ReadClaim => {
  const found = claims(text).filter((c) => c.quote.includes(quote));
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
};

describe('a verb of inference makes a claim likely (convention 13)', () => {
  it('reads "X suggests that" as likely', () => {
    const c = one('Our review of port records suggests that Uzbek traders ship machine tools to Russia.', 'ship machine tools');
    expect(c.certainty).toBe('likely');
  });

  it('reads the second clause after "indicates that …, and that" as likely', () => {
    const c = one(
      'The survey indicates that exports rose in 2025, and that Armenian dealers supply Russia with used cars.',
      'supply Russia with used cars',
    );
    expect(c.certainty).toBe('likely');
  });

  it('keeps "shows that" asserted', () => {
    const c = one('The ledger shows that Uzbek traders ship machine tools to Russia.', 'ship machine tools');
    expect(c.certainty).toBe('asserted');
  });

  it('reads "it is very likely that" as likely', () => {
    const c = one('I think it is very likely that Georgian brokers still sell drone engines to Russia.', 'sell drone engines');
    expect(c.certainty).toBe('likely');
  });
});

describe('a finding of an official body’s officers is determined', () => {
  it('reads "officers established that" as determined', () => {
    const c = one(
      'In one case, officers established that a Riga trading firm had exported machine tools to Russia.',
      'exported machine tools',
    );
    expect(c.certainty).toBe('determined');
  });
});

describe('the text’s own work read as a speaker stands for the text', () => {
  const release = (sentence: string) =>
    `Agency for Export Control\n\nPress release\n\nThe Agency for Export Control publishes its annual review today. ${sentence}`;

  it('gives "Our calculations based on …" to the body heading the text', () => {
    const c = one(
      release('Our calculations based on partner data show that Kyrgyz dealers ship machine tools to Russia.'),
      'ship machine tools',
    );
    expect(c.claimant).toBe('Agency for Export Control');
  });

  it('gives "A simple regression estimate" to the body heading the text', () => {
    const c = one(release('A simple regression estimate shows that Kyrgyz dealers ship machine tools to Russia.'), 'ship machine tools');
    expect(c.claimant).toBe('Agency for Export Control');
  });

  it('gives "records we have seen" to the body heading the text', () => {
    const c = one(release('Shipping records we have seen show Kyrgyz dealers shipping machine tools to Russia.'), 'machine tools');
    expect(c.claimant).toBe('Agency for Export Control');
  });

  it('keeps a work named with a capital ("a Reuters analysis") as it is', () => {
    const c = one(release('A Reuters analysis shows that Kyrgyz dealers ship machine tools to Russia.'), 'ship machine tools');
    expect(c.claimant).not.toBe('Agency for Export Control');
  });

  it('gives "X’s risk analysis" to X', () => {
    const c = one('The KFTC’s risk analysis shows that Kyrgyz dealers ship machine tools to Russia.', 'ship machine tools');
    expect(c.claimant).toBe('The KFTC');
  });

  it('gives "Our findings" in a quotation going on from a speaker’s to that speaker', () => {
    const text =
      'Agency for Export Control\n\n"The routes change every month," says Director of Enforcement Lena Holm. ' +
      '"Our findings show that Latvian firms have supplied Russian buyers with machine tools."';
    expect(one(text, 'supplied Russian buyers').claimant).toBe('Lena Holm');
  });
});

describe('the text’s first person gives its view in its author’s voice', () => {
  it('gives "I think …" to the newsletter’s writer named over its date', () => {
    const text =
      'The Bearing Letter #12\n\nNotes on Central Asian trade\n\nAnna Berg\nOct 3, 2026\n\n' +
      'Hello again. The customs tables, as compiled by a Minsk consultancy, show little. ' +
      'I think Kyrgyz dealers still ship machine tools to Russia.';
    expect(one(text, 'ship machine tools').claimant).toBe('Anna Berg');
  });
});

describe('a speech’s marker is no writer', () => {
  it('takes no "As Delivered" over a date for the writer of a speech in the first person', () => {
    const text =
      'Remarks at a Stakeout on Drones\n\nMission of Norway to the United Nations\nAs Delivered\nJune 3, 2026\n\n' +
      'Thank you. I think Iranian firms still ship drones to Russia.';
    expect(one(text, 'ship drones').claimant).not.toBe('As Delivered');
  });
});

describe('a text’s opening names its publisher in more forms', () => {
  it('reads "<Name>, Monthly Report, <date>" as the publisher', () => {
    expect(publisherHeading('Nordic Central Bank, Monthly Report, March 2026\n\nBox 2\n')?.phrase).toBe('Nordic Central Bank');
  });

  it('reads "<Name> – Daily News <date>" as the publisher', () => {
    expect(publisherHeading('European Commission – Daily News 26/11/2026\n\nHeadline\n')?.phrase).toBe('European Commission');
  });

  it('reads "<NAME> — Weekly newsletter, issue N" as the publisher', () => {
    expect(publisherHeading('BALTIC FREIGHT WATCH — Weekly newsletter, issue 12\n\nHello\n')?.phrase).toBe('BALTIC FREIGHT WATCH');
  });

  it('reads "<Body> under the <Ministry>" as the body', () => {
    expect(publisherHeading('Customs Board under the Ministry of Finance of Estonia\n\nPress release\n')?.phrase).toBe('Customs Board');
  });

  it('takes no headline with a periodical word for a publisher', () => {
    expect(publisherHeading('Exports to Russia keep rising, report says, March 2026\n\nText\n')).toBeUndefined();
  });

  it('reads "Answered: <date> by <Name>" in a written question’s header', () => {
    const credit = creditLine('Submitted: 2 May 2026. Answered: 9 May 2026 by Minister of Trade Eva Lind\n\nText', () => false);
    expect(credit?.phrase).toBe('Minister of Trade Eva Lind');
  });
});

describe('a claimant’s form leaves out a linking adverb', () => {
  it('leaves out "likewise" after the speaker', () => {
    const c = one('Ministry spokesperson Nina Berg likewise said that Georgian firms do not supply drones to Russia.', 'supply drones');
    expect(c.claimant).toBe('Ministry spokesperson Nina Berg');
  });
});
