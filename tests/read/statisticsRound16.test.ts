/**
 * Rules of session 15's statistics round (docs/reading-history.md "Session 15: stats16"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const credits = (text: string) => readText(text, lexicon).observations.map((o) => [o.quote, o.attributed_to]);

describe('an official text’s own figures credit no one, even where it names itself (curation.md, convention 6)', () => {
  it('leaves a statistics office’s figures in its own release unattributed', () => {
    const text =
      'Statistics Office of the Republic of Moldova\n\nForeign trade, January–June 2026\n\nChisinau, 14 August 2026\n\nAccording to the Statistics Office, exports of machinery to Russia fell 18% in January–June 2026.';
    expect(credits(text)).toEqual([['18%', null]]);
  });

  it('reads the head noun of the issuer ("the ministry") as the issuer', () => {
    const text =
      'Ministry of Industry of the Republic of Serbia: trade with the Russian Federation\n\nBelgrade, 3 March 2026\n\nExports of bearings to Russia rose to $40 million in 2025, the ministry said.';
    expect(credits(text)).toEqual([['$40 million', null]]);
  });

  it('reads an agency acting today in a press release, and its acronym, as the issuer', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nAgency Lists 12 Firms for Diverting Goods to Russia\n\nWASHINGTON — The Office of Trade Enforcement (OTE) today added 12 firms to its list. According to OTE analysis of trade data, exports of machine tools from China to Russia reached $900 million in 2025.';
    expect(credits(text)).toEqual([['$900 million', null]]);
  });

  it('keeps a credit to another body in the issuer’s own release', () => {
    const text =
      'Ministry of Industry of the Republic of Serbia: trade with the Russian Federation\n\nBelgrade, 3 March 2026\n\nExports of bearings to Russia rose to $40 million in 2025, according to the Statistical Office of Serbia.';
    expect(credits(text)).toEqual([['$40 million', 'the Statistical Office of Serbia']]);
  });

  it('keeps a credit to another body that names the issuer beside it', () => {
    const text =
      'Customs Board under the Ministry of Finance of Estonia\n\nTallinn, 3 March 2026\n\nExports of cars to Russia fell 40% in 2025, according to Eurostat data analysed by the Customs Board.';
    expect(credits(text)).toEqual([['40%', 'Eurostat data analysed by the Customs Board']]);
  });

  it('keeps the credit in a speech or a statement by an office holder: the speaker’s figures', () => {
    const speech =
      'Remarks by the Director of the Trade Office at the Export Forum\n\nVienna, 3 March 2026\n\nThe Trade Office estimates that exports of drones to Russia rose 30% in 2025.';
    expect(credits(speech)).toEqual([['30%', 'The Trade Office']]);
  });

  it('keeps officials who speak for the issuer', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nAgency Lists 12 Firms for Diverting Goods to Russia\n\nWASHINGTON — The Office of Trade Enforcement (OTE) today added 12 firms to its list. Exports of machine tools from China to Russia reached $900 million in 2025, OTE officials said.';
    expect(credits(text)).toEqual([['$900 million', 'OTE officials']]);
  });

  it('keeps a credit in a news report whose headline names a body', () => {
    const text =
      'Serbian Ministry Says Bearings Trade With Russia Grew\n\nBELGRADE, March 3 (Wire) - Exports of bearings to Russia rose to $40 million in 2025, the ministry said.';
    expect(credits(text)).toEqual([['$40 million', 'the ministry']]);
  });
});

const periods = (text: string) => readText(text, lexicon).observations.map((o) => [o.quote, o.period]);

describe('periods relative to the text’s date and fiscal years (convention 8)', () => {
  it('reads "the first N months of the year" as the text’s year', () => {
    const text =
      'Trade news\n\nNovember 20, 2030\n\nIn the first ten months of the year, Kazakhstan’s exports to Russia totaled $8.1 billion.';
    expect(periods(text)).toEqual([['$8.1 billion', '2030-01/2030-10']]);
  });

  it('reads them as last year’s in a text dated before that many months have passed', () => {
    const text =
      'Trade news\n\nFebruary 2, 2031\n\nIn the first eleven months of the year, Kazakhstan’s exports to Russia totaled $8.9 billion.';
    expect(periods(text)).toEqual([['$8.9 billion', '2030-01/2030-11']]);
  });

  it('takes the date of a byline written as numbers', () => {
    const text =
      'TRADE BRIEFING\n\nBy Ann Lee | 10/20/2030 07:00 AM EST\n\nArmenia’s exports to Russia rose 12% in the first nine months of this year.';
    expect(periods(text)).toEqual([['12%', '2030-01/2030-09']]);
  });

  it('does not date a figure by the base it is set against ("half of last year’s total")', () => {
    const text =
      'Trade news\n\nNovember 20, 2030\n\nIn the first ten months of this year, Georgia’s exports of cars to Russia were worth $90 million, roughly half of last year’s total.';
    expect(periods(text)[0]).toEqual(['$90 million', '2030-01/2030-10']);
  });

  it('reads Japan’s fiscal year from April and the U.S. government’s from October', () => {
    const japan = 'TOKYO — Japan’s exports of bearings to Russia fell 40% in fiscal 2029, the ministry said.';
    expect(periods(japan)).toEqual([['40%', '2029-04/2030-03']]);
    const us = 'U.S. exports of machine tools to Kazakhstan rose 25% in fiscal year 2030, Commerce Department data show.';
    expect(periods(us)).toEqual([['25%', '2029-10/2030-09']]);
  });
});

describe('the words of a credit', () => {
  it('keeps a body’s name whose last part lists its fields ("Ministry of Economy, Trade and Industry")', () => {
    const text =
      'According to the Ministry of Industry, Energy and Mines, Armenia’s exports of machinery to Russia reached $300 million in 2029.';
    expect(credits(text)).toEqual([['$300 million', 'the Ministry of Industry, Energy and Mines']]);
  });

  it('reads "states" before a verb as a noun, no speaker ("Caucasus states are the main routes")', () => {
    const text = 'Gulf states are the main routes for Western goods. The UAE’s exports of chips to Russia rose 60% in 2029.';
    expect(credits(text)).toEqual([['60%', null]]);
  });
});
