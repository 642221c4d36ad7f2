/**
 * Rules of session 11's second statistics round (docs/reading-history.md "Session 11, second statistics round: drone parts and
 * numbered headings"), each read on a small text written for the test (not one of the dev texts
 * or curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { sentenceSpans } from '../../pipeline/read/sentences.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const observations = (text: string): ReadObservation[] => readText(text, lexicon).observations;
const field = <K extends keyof ReadObservation>(text: string, k: K) => observations(text).map((o) => o[k]);
const goodsOf = (text: string): (string | null)[] => readText(text, lexicon).claims.map((c) => c.goods);

describe('parts of drones apart from whole drones', () => {
  it('reads the parts of drones, in every wording, as uav-components', () => {
    const products = ['drone parts', 'drone components', 'UAV parts', 'parts for unmanned aerial vehicles'].map(
      (g) => field(`Georgia's imports of ${g} from China reached $7 million in 2023.`, 'product')[0],
    );
    expect(products).toEqual(['uav-components', 'uav-components', 'uav-components', 'uav-components']);
  });

  it('keeps whole drones and drone engines as their own goods', () => {
    const products = ['quadcopters', 'drone engines'].map(
      (g) => field(`Georgia's imports of ${g} from China reached $7 million in 2023.`, 'product')[0],
    );
    expect(products).toEqual(['uavs', 'uav-engines']);
  });

  it('reads drones named with their parts as the one category of both', () => {
    expect(field('Armenia’s exports of drones and drone parts to Russia came to $9 million in 2024.', 'product')).toEqual([
      'drones-and-drone-components',
    ]);
  });

  it('reads a claim of supplying drone parts as uav-components', () => {
    expect(goodsOf('Two trading firms in Almaty have sold drone parts to Russian arms makers, the ministry said.')).toEqual([
      'uav-components',
    ]);
  });
});

describe('a numbered point’s label is no sentence of its own', () => {
  it('reads a point’s number and run-in heading with the sentence after them', () => {
    const spans = sentenceSpans(
      '1. Volume. Kazakhstan exported 4,000 tonnes of bearings to Russia in 2024.\n\n(b) Origin. Most came from China.',
    );
    expect(spans.length).toBe(2);
  });

  it('keeps a heading line apart from the sentence on the next line', () => {
    expect(sentenceSpans('2. Main points\nExports rose.').length).toBe(2);
  });

  it('lets a numbered point continue the statistic of the point before', () => {
    const text =
      'Kazakh bearing exports, 2024: a summary\n\n1. Volume. Kazakhstan exported 4,000 tonnes of bearings to Russia in 2024.\n\n2. Value. The value of those exports was $60 million.';
    const o = observations(text).find((x) => x.quote === '$60 million');
    expect([o?.indicator, o?.reporter, o?.partner, o?.product, o?.period]).toEqual(['export-value', 'KAZ', 'RUS', 'ball-bearings', '2024']);
  });
});

describe('a total and its part after “of which”', () => {
  const text = 'Georgia imported $500 million of cars in 2024, of which Chinese suppliers accounted for $320 million.';

  it('gives the part’s country to the part, not to the total', () => {
    expect(field(text, 'partner')).toEqual(['WLD', 'CHN']);
  });

  it('reads the part in the total’s flow, its suppliers naming its side', () => {
    expect(field(text, 'indicator')).toEqual(['import-value', 'import-value']);
  });

  it('leaves a country before “of which” to the total', () => {
    expect(field('Georgia imported $500 million of cars from China in 2024, of which $320 million were electric.', 'partner')[0]).toBe(
      'CHN',
    );
  });
});

describe('half of a year after “the same”', () => {
  const text = 'Turkey supplied 48% of the bearings Armenia imported in the first half of 2024, up from 21% in the same half of 2022.';

  it('dates the figure before it by that half of the year named', () => {
    expect(field(text, 'period')).toEqual(['2024-H1', '2022-H1']);
  });

  it('drafts no share from the “half”', () => {
    expect(field(text, 'quote')).toEqual(['48%', '21%']);
  });

  it('still reads a half that is a share', () => {
    expect(field('Turkey supplied half of the bearings Armenia imported in 2024.', 'quote')).toEqual(['half']);
  });

  it('reads “the same quarter of 2023” as that quarter, not the period before', () => {
    expect(field('Exports to Russia rose 12% in the second quarter of 2024, against 9% in the same quarter of 2023.', 'period')).toEqual([
      '2024-Q2',
      '2023-Q2',
    ]);
  });
});

describe('an amount a relative clause says is still being supplied', () => {
  it('runs from the full-scale invasion to the text’s date', () => {
    const text =
      'Statement by the Permanent Representative\n\nMarch 4, 2025\n\nWe have tracked the hundreds of millions of dollars’ worth of shells that Russia continues to import from the DPRK.';
    expect(field(text, 'period')).toEqual(['2022-02/2025-03']);
  });

  it('leaves a figure with no such clause undated', () => {
    const text =
      'Statement by the Permanent Representative\n\nMarch 4, 2025\n\nWe have tracked hundreds of millions of dollars’ worth of shells sent from the DPRK to Russia.';
    expect(field(text, 'period')).not.toEqual(['2022-02/2025-03']);
  });
});

describe('the same part of a relative year', () => {
  it('dates “the same period of last year” by the sentence’s months in last year', () => {
    const text =
      'TBILISI, August 20, 2024 (Wire) — Georgia imported $90 million of cars from China in the first half of this year, up from $60 million in the same period of last year.';
    expect(field(text, 'period')).toEqual(['2024-H1', '2023-H1']);
  });

  it('keeps “last year” a whole year where the sentence names no part of a year', () => {
    const text = 'TBILISI, August 20, 2024 (Wire) — Georgia imported $60 million of cars from China last year.';
    expect(field(text, 'period')).toEqual(['2023']);
  });
});

describe('goods in a clause giving a reason', () => {
  it('are not the goods of the figure before the clause', () => {
    expect(
      field('Belarus’s imports from Iran were worth $4 million in 2023, because drone deliveries are not declared.', 'product'),
    ).toEqual([null]);
  });

  it('leave the figure’s own goods to it', () => {
    expect(
      field('Belarus’s imports of drones from Iran were worth $4 million in 2023, although most shells came by rail.', 'product'),
    ).toEqual(['uavs']);
  });
});

describe('a wire dateline names where the text was written', () => {
  const obs = (text: string) => readText(text, lexicon).observations[0];
  it('takes no side of a figure from the dateline’s city, in any of its wire forms', () => {
    for (const text of [
      'WASHINGTON (AP) — Chinese customs data show that exports of ball bearings to Russia jumped 45% in 2023.',
      'WASHINGTON, May 3 (Reuters) - Chinese customs data show that exports of ball bearings to Russia jumped 45% in 2023.',
    ])
      expect(obs(text)).toMatchObject({ reporter: 'CHN', partner: 'RUS', attributed_to: 'Chinese customs data' });
  });

  it('keeps the dateline out of the speaker before a verb of saying', () => {
    expect(obs('LONDON (Reuters) - Customs data released by Beijing show exports to Russia rose 12% in 2024.')?.attributed_to).not.toMatch(
      /LONDON/,
    );
  });
});
