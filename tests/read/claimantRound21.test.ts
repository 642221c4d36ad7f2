/**
 * Rules of session 20's claimant and certainty round (docs/reading-history.md "Session 20:
 * claimant21"), each on sentences written for the test: who claims a supply, and how surely.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { documentSpeaker } from '../../pipeline/read/speaker.js';
import { speakerLabels } from '../../pipeline/read/speakerLabels.js';
import { publisherHeading } from '../../pipeline/read/publisherHeading.js';
import { publisherLines } from '../../pipeline/read/publisherLines.js';
import { rejecterBefore } from '../../pipeline/read/rejectedAccusation.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const one = (text: string, quote: string): ReadClaim => {
  const found = claims(text).filter((c) => c.quote.includes(quote));
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
};
const labelAt = (text: string, words: string) => speakerLabels(text)(text.indexOf(words))?.phrase;

describe('a statement’s heading names its speaker', () => {
  it('reads "Prepared Statement of Dr. X" as X, not the office on the line under it', () => {
    const head = 'Prepared Statement of Dr. Mara Quill\nSenior Fellow, Institute for Trade Studies\nBefore the Commission\n\nThank you.';
    expect(documentSpeaker(head)?.phrase).toBe('Dr. Mara Quill');
  });

  it('reads "Address by the President of X" as the office', () => {
    const head = 'Address by the President of Moldova on the results of the week\n5 December 2026\n\nGood evening.';
    expect(documentSpeaker(head)?.phrase).toBe('President of Moldova');
  });

  it('reads "X spokesperson answers reporters’ questions" as the spokesperson', () => {
    const head = 'Ministry of Trade of the Republic\n\nMOT spokesperson answers reporters’ questions on the new rules\n\nQ: Why now?';
    expect(documentSpeaker(head)?.phrase).toBe('MOT spokesperson');
  });
});

describe('transcript labels of parliaments', () => {
  it('reads a debate record’s "Name, office. – " and "Name (Group). – " labels', () => {
    const text =
      'President. – The next item is the debate.\n\nAnna Berg, Member of the Commission. – Madam President, Georgian firms sell drones to Russia.\n\nJon Alt (ECR). – Madam President, Armenian dealers supply Russia with chips.';
    expect(labelAt(text, 'Georgian firms')).toBe('Anna Berg');
    expect(labelAt(text, 'Armenian dealers')).toBe('Jon Alt');
  });

  it('reads no such label where the text has only one', () => {
    const text = 'Anna Berg, Member of the Commission. – Madam President, Georgian firms sell drones to Russia.';
    expect(labelAt(text, 'Georgian firms')).toBeUndefined();
  });

  it('reads the Congressional Record’s "Mrs. SURNAME." label', () => {
    const text = 'Congressional Record — Senate\n\nMrs. CARVER. Mr. President, Armenian dealers supply Russia with chips.';
    expect(labelAt(text, 'Armenian dealers')).toBe('CARVER');
  });

  it('reads a written answer’s office with the member in brackets, on a line of its own', () => {
    const text = 'ANSWER\n\nTHE MINISTER OF STATE IN THE MINISTRY OF TRADE (SHRI ANIL RAO)\n\n(a) India does not export drones to Russia.';
    expect(labelAt(text, 'India does not')).toBe('ANIL RAO');
  });

  it('reads one label in ordinary case when an honorific opens it', () => {
    const text =
      'Mr Lee asked the Minister about exports.\n\nMs Tan Mei Ling (for the Minister for Trade): Our firms sell no drones to Russia.';
    expect(labelAt(text, 'Our firms')).toBe('Ms Tan Mei Ling');
  });

  it('reads a section in capitals over its quoted headline as no label', () => {
    const text =
      'MINISTRY: "NO SHORTAGE OF MACHINE TOOLS"\nThe deputy minister told reporters that Chinese suppliers deliver machine tools to Russia.';
    expect(labelAt(text, 'The deputy')).toBeUndefined();
  });
});

describe('the publisher a header names', () => {
  it('reads a periodical’s frequency under its publisher’s acronym', () => {
    expect(publisherHeading('BOFIT Weekly 2026/49 — 4.12.2026\n\nRussia’s imports …')?.phrase).toBe('BOFIT');
    expect(publisherHeading('BOFIT Weekly - Russia 2026/47\nBank of Finland\n')?.phrase).toBe('BOFIT');
  });

  it('reads a company with its legal form on a "From:" line', () => {
    const text = 'CLIENT BULLETIN\n\nTo: our shippers\nFrom: Customer Operations, Steppe Freight LLP\n\nDear clients,\n';
    expect(publisherLines(text)?.phrase).toBe('Steppe Freight LLP');
  });
});

describe('who determines and who rejects', () => {
  it('reads a report’s numbered finding "1. The X has determined that" as X’s determination', () => {
    const c = one(
      'Summary\n\n1. The MSMT has determined that the DPRK transferred artillery shells to Russia.',
      'transferred artillery shells',
    );
    expect(c.certainty).toBe('determined');
    expect(c.claimant).toBe('The MSMT');
  });

  it('reads "X (22 November) dismissed a new US statement that …" as X’s denial, the date left out', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov (22 November) dismissed a new US statement that Chinese firms are supplying Russia with drones.';
    expect(rejecterBefore(text, 0, text.indexOf('Chinese firms'))?.phrase).toBe('Kremlin spokesman Dmitry Peskov');
  });

  it('reads "denied in a statement that" as no rejection of another’s statement', () => {
    const text = 'Sunrise Trading denied in a statement that it had sold any chips to Russia.';
    expect(rejecterBefore(text, 0, text.indexOf('it had'))).toBeUndefined();
  });
});

describe('a speaker’s name ending in a letter after a diacritic', () => {
  it('reads "Ms Kalniņa said" closing a quotation as the speaker', () => {
    const c = one(
      'The Board has found that the exporter bought the goods in Poland. "These companies supplied radio modules to Russian enterprises," Ms Kalniņa said.',
      'supplied radio modules',
    );
    expect(c.claimant).toBe('Ms Kalniņa');
  });
});

describe('certainty', () => {
  it('reads a quoted "it was "highly likely" that" as likely', () => {
    const c = one(
      'One of the officials said it was "highly likely" that Chinese firms also provided navigation modules to Russia.',
      'provided navigation',
    );
    expect(c.certainty).toBe('likely');
  });
});

describe('a clause read whole as the speaker gives its name', () => {
  it('leaves out "I know that" before the speaker', () => {
    const c = one('I know that Beijing says it does not supply weapons to Russia.', 'supply weapons');
    expect(c.claimant).toBe('Beijing');
  });

  it('leaves out a subordinator before the speaker', () => {
    const c = one(
      'When the foreign ministry said that China has never provided lethal weapons to Russia, nobody laughed.',
      'provided lethal',
    );
    expect(c.claimant).toBe('the foreign ministry');
  });

  it('leaves out the verb after the speaker', () => {
    const c = one('The Trade Center has received reports that some Kyrgyz dealers resell Korean-made cars to Russian buyers.', 'resell');
    expect(c.claimant).toBe('The Trade Center');
  });
});

describe('more first lines name the publisher', () => {
  it('reads an acronym over the kind of its publication, in capitals', () => {
    expect(publisherHeading('OECD TRADE POLICY NOTE\nTrade diversion and export controls\nNovember 2026\n')?.phrase).toBe('OECD');
  });

  it('takes no kind of text in capitals for an acronym', () => {
    expect(publisherHeading('ISSUE BRIEF\n\nDetours to the front\n\nBy Maya Lind\n')).toBeUndefined();
  });

  it('reads a long letterhead in capitals', () => {
    const line = 'THE SELECT COMMITTEE ON THE STRATEGIC COMPETITION BETWEEN THE UNITED STATES AND THE CHINESE COMMUNIST PARTY';
    expect(publisherHeading(`${line}\n\nReport of the Select Committee\n`)?.phrase).toBe(line);
  });

  it('takes no long line in ordinary case', () => {
    const line = 'The Committee on the Strategic Competition Between the United States and the Chinese Communist Party Says';
    expect(publisherHeading(`${line}\n\nText\n`)).toBeUndefined();
  });
});

describe('an official body’s own investigation', () => {
  it('reads "According to the investigation" under a customs service as its determination', () => {
    const c = one(
      'Korea Customs Service\nPress Release\n\nAccording to the investigation, the 6 companies exported machine tools to Russia via Kyrgyzstan.',
      'exported machine tools',
    );
    expect(c.certainty).toBe('determined');
    expect(c.claimant).toBe('Korea Customs Service');
  });

  it('keeps "According to the investigation" asserted under a newspaper’s name', () => {
    const c = one(
      'The Baltic Courier\n\nAccording to the investigation, the 6 companies exported machine tools to Russia via Kyrgyzstan.',
      'exported machine tools',
    );
    expect(c.certainty).toBe('asserted');
  });
});

describe('an official body’s own inquiry finds', () => {
  it('reads "Our investigators established that" in a revenue service’s release as determined', () => {
    const c = one(
      'State Revenue Service of the Republic of Latvia\nPress release\n\n"Our investigators established that these companies supplied radio modules to Russian enterprises," Ms Ozola said.',
      'supplied radio modules',
    );
    expect(c.certainty).toBe('determined');
  });

  it('keeps "The investigators also found that" asserted in a watchdog group’s text', () => {
    const c = one(
      'Open Supply Monitor\n\nThe investigators also found that Russian procurement agents buy navigation modules from suppliers in Shenzhen.',
      'buy navigation modules',
    );
    expect(c.certainty).toBe('asserted');
  });
});
