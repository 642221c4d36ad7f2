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
