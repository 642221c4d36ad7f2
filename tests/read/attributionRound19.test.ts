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

describe('a transcript’s labels: an office before the name, a hearing’s surname in capitals, a question that ends an answer', () => {
  it('credits the name after the office’s comma, across the paragraphs of the answer', () => {
    const text =
      'Press Briefing by the Spokesperson\n\nSpokesperson, Ms Anna Kowal: Good morning. I have one announcement.\n\nPolish exports to Russia fell 40% in 2025.\n\nQuestion (Jan Nowak, Radio Baltic): What about Belarus?\n\nSpokesperson, Ms Anna Kowal: Exports to Belarus rose 5% in 2025.';
    expect(credited(text)).toEqual([
      ['40%', 'Ms Anna Kowal'],
      ['5%', 'Ms Anna Kowal'],
    ]);
  });

  it('credits a hearing witness labelled by honorific and surname in capitals, not the chair who asks', () => {
    const text =
      'Hearing of the Subcommittee on Trade\n\nChair LINDGREN: Give us the numbers, please.\n\nMs. ABERNATHY: Georgia’s exports of cars to Russia rose 80% in 2025.\n\nChair LINDGREN: Thank you.';
    expect(credited(text)).toEqual([['80%', 'ABERNATHY']]);
  });

  it('gives a journalist’s question with its name in brackets no speaker of the answer before', () => {
    const text =
      'Briefing transcript\n\nSpokesperson, Mr Karl Ek: We have seen the report.\n\nQuestion (Eva Lind, Daily Post): Estonian exports to Russia rose 30% in 2025. Your response?';
    expect(credited(text)).toEqual([['30%', null]]);
  });
});

describe('a numbered point, a witness’s evidence and a titled person’s affiliation', () => {
  it('reads the speaker of a numbered point past its number, and "further" after the name', () => {
    const text =
      'Summary of the decision\n\n4. Professor Anne Lowe further stated that Georgia’s imports of machinery from all countries grew by 52% between 2021 and 2024.';
    expect(credited(text)).toEqual([['52%', 'Professor Anne Lowe']]);
  });

  it('takes no run-in heading of a numbered point for a speaker', () => {
    const text = 'Trade note\n\n2. Volumes. We counted 5,200 shipments of bearings from China to Russia in 2025.';
    expect(credited(text).map(([, a]) => a)).not.toContain('Volumes. We');
  });

  it('credits the witness who "gave evidence that"', () => {
    const text =
      'An expert for the prosecution, Dr Omar Haddad, gave evidence that Serbian exports of bearings to Russia rose by 35% in 2024.';
    expect(credited(text)).toEqual([['35%', 'Dr Omar Haddad']]);
  });

  it('leaves a titled person’s affiliation out of the attribution', () => {
    const text =
      'Dr Maria Sousa of the Lisbon Trade Institute told the committee that Chinese exports of lathes to Russia reached $900 million in 2025.';
    expect(credited(text)).toEqual([['$900 million', 'Dr Maria Sousa']]);
  });

  it('keeps a body’s name with its "of"', () => {
    const text = 'The Federal Customs Service of Russia said imports from China rose 12% in 2025.';
    expect(credited(text)).toEqual([['12%', 'The Federal Customs Service of Russia']]);
  });
});

describe('a joint statement of leaders or ministers is an official text: its own figures credit no one (convention 12)', () => {
  it('leaves "We, the Leaders of …" figures unattributed', () => {
    const text =
      'Summit Statement on Ukraine\n\n1. We, the Leaders of the Nordic Council, reaffirm our support for Ukraine.\n\n2. Exports of dual-use goods from third countries to Russia rose 40% in 2025.';
    expect(credited(text)).toEqual([['40%', null]]);
  });

  it('leaves a ministers’ statement named in its heading unattributed', () => {
    const text =
      'Statement of the Foreign Ministers of Estonia, Latvia and Lithuania\n\nRussia imported machine tools worth $3 billion from China in 2025.';
    expect(credited(text)).toEqual([['$3 billion', null]]);
  });

  it('still credits the speaker of remarks', () => {
    const text =
      'Remarks by Ambassador Clara Nunes at the Security Council\n\nThank you. Russia imported machine tools worth $3 billion from China in 2025.';
    expect(credited(text)).toEqual([['$3 billion', 'Clara Nunes']]);
  });
});

describe('the sides of an export whose clause names only its destination', () => {
  const sides = (text: string) => read(text).map((o) => [o.quote, o.reporter, o.partner]);

  it('takes no destination of the clause before for the exporter', () => {
    const text = 'Serbia’s exports to Russia fell 8% in 2025. Exports to Armenia rose 2.4 times, and exports to Georgia increased by 19%.';
    expect(sides(text)).toEqual([
      ['8%', 'SRB', 'RUS'],
      ['2.4 times', 'SRB', 'ARM'],
      ['19%', 'SRB', 'GEO'],
    ]);
  });

  it('leaves aside a share of the goods exported to a country that were later re-exported', () => {
    const text =
      'Serbia’s exports of used cars to Armenia reached $90 million in 2025. About 70% of the used cars exported to Armenia were later re-exported to Russia.';
    expect(read(text).map((o) => o.quote)).toEqual(['$90 million']);
  });
});

describe('a byline of several names over a date', () => {
  it('credits the names without the byline’s "By"', () => {
    const text =
      'Eastern Trade Insight: Lathes Keep Flowing\n\nBy Marta Kowalska and Jonas Berg\nMarch 3, 2026\n\nChina’s exports of lathes to Russia rose 14% in 2025.';
    expect(credited(text)).toEqual([['14%', 'Marta Kowalska and Jonas Berg']]);
  });
});

describe('the text’s own exhibit is no source', () => {
  it('credits no one for figures a chart, panel or numbered table "shows"', () => {
    const text =
      'Look at the chart.\n\nThe second panel shows shares. In 2025 Chinese firms supplied 70% of the lathes Russia imported.\n\nTable 2 shows that Georgia’s exports to Russia rose 30% in 2025.';
    expect(credited(text)).toEqual([
      ['70%', null],
      ['30%', null],
    ]);
  });
});

describe('a spokesperson’s answer to a question, and member states', () => {
  it('credits the spokesperson its heading names with the figures of the answer', () => {
    const text =
      'Embassy of the Republic of Ruritania\n\nEmbassy Spokesperson Lena Hart’s Answer to a Media Question on Trade\n\nQ: Your comment?\n\nA: Trade between Ruritania and Russia fell 12% last year.';
    expect(credited(text)).toEqual([['12%', 'Embassy Spokesperson Lena Hart']]);
  });

  it('reads "member states" as a noun, not a verb of saying', () => {
    const text = 'Remarks by Ambassador Clara Nunes\n\nIn 2025, EU member states’ exports to Russia were worth €31 billion.';
    expect(credited(text)).toEqual([['€31 billion', 'Clara Nunes']]);
  });
});
