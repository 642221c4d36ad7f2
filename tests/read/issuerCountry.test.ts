/**
 * A national statistics or customs body's release reports its own country's trade
 * (pipeline/read/paragraphCountry.ts issuerCountry; roles.ts "turnover of the Republic of X"), read
 * on small texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const sides = (text: string) => readText(text, lexicon).observations.map((o) => [o.quote, o.flow, o.reporter, o.partner]);

describe('a statistics office’s release reports its own country’s trade', () => {
  it('gives a figure with no reporter of its own the issuing body’s country, not the country the text names most', () => {
    const text =
      "National Statistics Office of the Republic of Moldova\nPress release: foreign trade, January–June 2026\n\nExports to the Russian Federation amounted to US$310.2 million. The Russian Federation remained a main partner.\n\nImports from the People's Republic of China were US$402.7 million.";
    expect(sides(text)).toEqual([
      ['US$310.2 million', 'export', 'MDA', 'RUS'],
      ['US$402.7 million', 'import', 'MDA', 'CHN'],
    ]);
  });

  it('reads a body named in capitals', () => {
    const text =
      "STATISTICAL OFFICE OF THE REPUBLIC OF SERBIA\n\nForeign trade, 2025\n\nExports to the Russian Federation fell 12%. The Russian Federation was the fifth partner.\n\nImports from the People's Republic of China rose 8%.";
    expect(sides(text).map((r) => r[2])).toEqual(['SRB', 'SRB']);
  });

  it('leaves a body that is no statistics, customs or revenue office to the other rules', () => {
    const text =
      "Ministry of Foreign Affairs of the Republic of Moldova\nStatement, 2026\n\nExports to the Russian Federation amounted to US$310.2 million. The Russian Federation remained a main partner.\n\nImports from the People's Republic of China were US$402.7 million.";
    expect(sides(text).map((r) => r[2])).not.toEqual(['MDA', 'MDA']);
  });
});

describe('"the foreign trade turnover of the Republic of X" is X’s trade', () => {
  it('reads the state’s style between the flow and the country', () => {
    const text = 'The foreign trade turnover of the Republic of Moldova amounted to US$9,210.4 million in 2025.';
    expect(sides(text)).toEqual([['US$9,210.4 million', 'trade', 'MDA', 'WLD']]);
  });
});
