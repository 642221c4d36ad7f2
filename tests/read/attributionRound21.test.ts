/**
 * Rules of session 20's attribution round (docs/reading-history.md "Session 20: attrib21"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { demonymOf, isDemonymWord } from '../../pipeline/read/countries.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const credited = (text: string) => read(text).map((o) => [o.quote, o.attributed_to]);

describe('an enforcement body’s release on its own seizures is the body’s own text (convention 6)', () => {
  it('credits no one for the figures of its own risk analysis', () => {
    const text =
      'Estonian Tax and Customs Board\nPress release\n\nCustoms Board seizes 12 consignments of bearings bound for Russia\n\nOfficers stopped the consignments at the Narva crossing in October.\n\nRisk analysis by the Customs Board shows that Estonia’s exports to Kyrgyzstan rose 44% in 2025.';
    expect(credited(text)).toEqual([['44%', null]]);
  });

  it('keeps another body it names with “our partners at”', () => {
    const text =
      'Estonian Tax and Customs Board\nPress release\n\nCustoms Board seizes 12 consignments of bearings bound for Russia\n\nOfficers stopped the consignments at the Narva crossing in October.\n\nAccording to our partners at Eurostat, the EU’s exports of machine tools to Armenia rose 70% in 2025.';
    expect(credited(text)).toEqual([['70%', 'our partners at Eurostat']]);
  });
});

describe('a verbatim report’s speakers: “Name, office. – …” and “Name (Group). – …”', () => {
  it('credits each speaker’s figures to the speaker, their “our analysis” too', () => {
    const text =
      'Verbatim report of proceedings\n\nPresident. – The next item is the debate on exports to Russia.\n\nAnna Berg, Member of the Commission. – Madam President, our analysis shows that EU exports of machinery to Armenia rose 120% in 2025.\n\nPiet de Vries (ECR). – Madam President, trade between China and Russia was $240 billion in 2025.';
    expect(credited(text)).toEqual([
      ['120%', 'Anna Berg'],
      ['$240 billion', 'Piet de Vries'],
    ]);
  });
});

describe('a parliamentary answer: the minister’s heading line, “as per data of”, and the credit going on in the paragraph', () => {
  it('credits the data the answer names, and the later sentences of its paragraph, and the minister elsewhere', () => {
    const text =
      'UNSTARRED QUESTION NO. 101\n\nSHRI A. B. RAO:\n\nWill the Minister be pleased to state the value of exports to Russia?\n\nANSWER\n\nTHE MINISTER OF STATE IN THE MINISTRY OF COMMERCE (SHRI C. D. MENON)\n\n(a) As per data of the Directorate General of Foreign Statistics, exports to the Russian Federation were US$ 4.1 billion in 2024-25. During April–June 2025, exports were US$ 1.2 billion.\n\n(b) Imports from China were US$ 98 billion in 2024-25.';
    expect(credited(text)).toEqual([
      ['US$ 4.1 billion', 'data of the Directorate General of Foreign Statistics'],
      ['US$ 1.2 billion', 'data of the Directorate General of Foreign Statistics'],
      ['US$ 98 billion', 'C. D. MENON'],
    ]);
  });

  it('reads “as per available information” as no credit', () => {
    const text = 'As per available information, exports of bearings to Russia were US$ 20 million in 2025.';
    expect(credited(text)).toEqual([['US$ 20 million', null]]);
  });

  it('takes one label that opens on an honorific as the speaker of a written answer', () => {
    const text =
      'Mr Lee asked the Minister for Trade about exports to Russia.\n\nMs Ong Mei (for the Minister for Trade): Singapore’s exports of chips to Russia fell to S$3 million in 2025.';
    expect(credited(text)).toEqual([['S$3 million', 'Ms Ong Mei']]);
  });
});

describe('a prepared statement’s speaker, a passive and a possessive before a verb of saying', () => {
  it('credits the name after “Prepared Statement of”, not the office line under it', () => {
    const text =
      'Prepared Statement of Dr. Ana Ruiz\nSenior Fellow, Institute for Trade Studies\nBefore the Committee\n\nChina’s exports of machine tools to Russia reached $2.1 billion in 2025.';
    expect(credited(text)).toEqual([['$2.1 billion', 'Dr. Ana Ruiz']]);
  });

  it('reads “is estimated at” as a passive with no speaker', () => {
    const text = 'China’s share of Russia’s imports, which was 25% in 2021, is estimated at 58% in 2025.';
    expect(read(text).every((o) => o.attributed_to === null)).toBe(true);
  });

  it('reads “Russia’s reported imports” as an adjective, not Russia reporting', () => {
    const text = 'Between 2022 and 2024, Russia’s reported imports from China grew by 59%.';
    expect(credited(text)).toEqual([['59%', null]]);
  });
});

describe('the reader’s countries give the adjectives an issuer’s credit is read with', () => {
  it('gives a country’s adjective from any of its names', () => {
    expect([demonymOf('United Kingdom'), demonymOf('UK'), demonymOf('Canada'), demonymOf('Japan')]).toEqual([
      'British',
      'British',
      'Canadian',
      'Japanese',
    ]);
    expect(demonymOf('European Union')).toBeUndefined();
  });

  it('knows one-word demonyms, not other capitalized words', () => {
    expect([isDemonymWord('Kazakh'), isDemonymWord('Chinese'), isDemonymWord('Eurostat')]).toEqual([true, true, false]);
  });
});

describe('a speaker passing on another’s finding, and the market a share is of', () => {
  it('credits the body the speaker reports after “I would note that”', () => {
    const text =
      'I would note that the industry association estimates that Chinese brands hold more than 60% of the Russian market for tractors.';
    expect(credited(text)).toEqual([['more than 60%', 'the industry association']]);
  });

  it('reads “of the Russian market” as the share’s owner, Russia, and “Chinese brands” as its partner', () => {
    const text =
      'Kazakhstan’s imports of tractors rose 35% in 2025. Chinese brands now hold more than 60% of the Russian market for tractors.';
    expect(read(text).map((o) => [o.quote, o.reporter, o.partner])).toEqual([
      ['35%', 'KAZ', 'WLD'],
      ['more than 60%', 'RUS', 'CHN'],
    ]);
  });

  it('reads no owner in “the share of imported equipment in the Russian market”', () => {
    const text = 'The share of imported equipment in the Russian machine-tool market fell to 63% in 2026.';
    expect(read(text).map((o) => o.reporter)).not.toContain('RUS');
  });
});

describe('the source behind “Based on”, “participating states” and “Citing X, the paper said”', () => {
  it('credits the figures compiled by a body, not the words leading to them', () => {
    const text = 'Based on figures compiled by the Vienna Institute, Austria’s exports of lathes to Armenia rose 45% in 2025.';
    expect(credited(text)).toEqual([['45%', 'figures compiled by the Vienna Institute']]);
  });

  it('reads “participating states” as a noun, no verb of saying', () => {
    const text =
      'Based on information provided by participating states, the DPRK shipped at least 9,000 containers of munitions to Russia in 2025.';
    expect(read(text).every((o) => o.attributed_to === null)).toBe(true);
  });

  it('credits the body an outlet cites, not “the paper”', () => {
    const text =
      'Citing the Federal Customs Service, the paper said Russia’s imports of chips from China reached $2.2 billion in January-June.';
    expect(credited(text)).toEqual([['$2.2 billion', 'the Federal Customs Service']]);
  });

  it('keeps the outlet that cites unnamed documents', () => {
    const text =
      'Citing documents from a state arms company, the newspaper said a plant in China shipped at least 40 drones to Russia in 2024.';
    expect(credited(text)).toEqual([['at least 40', 'the newspaper']]);
  });
});

describe('a colon before the speaker, “By X figures,” and an address by an office holder', () => {
  it('credits the body named after a colon', () => {
    const text =
      'Kazakhstan’s re-exports to Russia fell sharply after the introduction of new controls in June: the State Revenue Committee reports that re-exports of electronics to Russia dropped by 43% in the third quarter.';
    expect(credited(text)).toEqual([['43%', 'the State Revenue Committee']]);
  });

  it('credits the figures a sentence opens “By”', () => {
    const text = 'By Chinese customs figures, China’s exports of drone parts to Russia fell 37% in January-October.';
    expect(credited(text)).toEqual([['37%', 'Chinese customs figures']]);
  });

  it('gives an address’s figures to the office holder its heading names', () => {
    const text =
      'Address by the President of Moldova on the results of the week\n\nGood evening.\n\nWe see that trade between Armenia and Russia grew by 30% this year.';
    expect(credited(text)).toEqual([['30%', 'President of Moldova']]);
  });
});
