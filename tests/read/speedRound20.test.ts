/**
 * What session 20's speed round must leave as it was (docs/performance.md "Session 20: reader
 * speed"): the country a text names most (paragraphCountry.ts textCountry) reads its sentences'
 * attributions only as far as the ranking needs, so each test puts the hits that decide it inside
 * an attribution, where a count of every hit would rank the countries otherwise.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const FIGURE = '\n\nExports to Russia of machine tools rose 40% in 2024.';
const reporter = (text: string) => {
  const [o] = readText(text, lexicon).observations;
  return [o?.reporter, o?.evidence.reporter?.start === undefined ? undefined : text.slice(o.evidence.reporter.start)];
};

describe('the country a text names most, its hits inside an attribution not counted', () => {
  it('shows the first of its names that lies outside an attribution', () => {
    const text =
      'Kazakhstan’s statistics committee said the hub was growing. Kazakhstan has become a hub. Kazakhstan trades with everyone.';
    const [code, from] = reporter(text + FIGURE);
    expect(code).toBe('KAZ');
    expect(from).toMatch(/^Kazakhstan has become a hub\./);
  });

  it('leaves it open when the hits outside attributions tie, though one country has more hits', () => {
    const text =
      'Kazakhstan’s statistics committee said trade was growing. Kazakhstan has become a hub. Kazakhstan trades with everyone. Georgia too. Georgia also trades.';
    expect(reporter(text + FIGURE)[0]).toBeNull();
  });

  it('takes the country named most outside attributions over one with more hits in all', () => {
    const text =
      'Georgia’s statistics office said trade was growing. Georgia’s customs service said so too. Georgia has become a hub. Georgia trades. Kazakhstan too. Kazakhstan also trades. Kazakhstan sells.';
    expect(reporter(text + FIGURE)[0]).toBe('KAZ');
  });
});
