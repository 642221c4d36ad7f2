/**
 * Rules of session 20's statistics round (docs/reading-history.md "Session 20: stats21"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { annotationProduct, buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const fields = (text: string) => read(text).map((o) => [o.quote, o.indicator, o.reporter, o.partner, o.product, o.value]);

describe('a change read past the words between its verb and its figure', () => {
  it('reads "falling only 3%" as a fall', () => {
    const text = 'Georgia’s exports of machinery to Russia held up in 2025, falling only 3%.';
    expect(fields(text)).toEqual([['3%', 'export-growth-percent', 'GEO', 'RUS', 'machinery', -3]]);
  });

  it('reads "the decline was about 5%" as a fall and "grew by a cumulative 59%" as a rise', () => {
    expect(read('Armenia’s exports to Russia shrank in 2025: the decline was about 5%.').map((o) => [o.indicator, o.value])).toEqual([
      ['export-growth-percent', -5],
    ]);
    expect(
      read('Between 2022 and 2024, Mongolia’s imports from China grew by a cumulative 59%.').map((o) => [o.indicator, o.value]),
    ).toEqual([['import-growth-percent', 59]]);
  });

  it('keeps a share a share where no change word stands before it', () => {
    expect(read('China’s share of Russia’s imports of machine tools was only 3% in 2021.').map((o) => o.indicator)).toEqual([
      'import-share',
    ]);
  });
});

describe('a second owner whose noun and change verb are left out takes the change before', () => {
  it('reads "and Kyrgyzstan’s by as much as 30%" as Kyrgyzstan’s fall', () => {
    const text = 'Kazakhstan’s exports to Russia were down by 6% in January-September, and Kyrgyzstan’s by as much as 30%.';
    expect(fields(text)).toEqual([
      ['6%', 'export-growth-percent', 'KAZ', 'RUS', null, -6],
      ['as much as 30%', 'export-growth-percent', 'KGZ', 'RUS', null, -30],
    ]);
  });

  it('reads a rise the same way, its hedge on the first figure', () => {
    const text = 'Kazakhstan’s imports of Chinese trucks rose by about 35% in 2025, and Uzbekistan’s by 22%.';
    expect(fields(text).map(([q, i, r, , , v]) => [q, i, r, v])).toEqual([
      ['about 35%', 'import-growth-percent', 'KAZ', 35],
      ['22%', 'import-growth-percent', 'UZB', 22],
    ]);
  });

  it('reads no change where the clause before has none', () => {
    expect(read('Kazakhstan’s share of Russia’s imports was 3% in 2025, and Uzbekistan’s 2%.').map((o) => o.indicator)).not.toContain(
      'import-growth-percent',
    );
  });
});

describe('a share whose part is goods', () => {
  it('reads "The share of <goods> in exports to Russia" as a product share', () => {
    const text = 'The share of machinery and electrical equipment in Georgia’s exports to Russia was 18.6% in 2025.';
    expect(fields(text)).toEqual([['18.6%', 'export-product-share', 'GEO', 'RUS', 'machinery', 18.6]]);
  });

  it('keeps "the share of China in Russia’s imports" a partner share', () => {
    expect(read('The share of China in Russia’s imports of machinery was 46% in 2025.').map((o) => o.indicator)).toEqual(['import-share']);
  });

  it('reads goods that "accounted for a quarter of imports from China" as a product share', () => {
    const text =
      'Uzbekistan’s imports from China reached $9 billion in 2025. Electrical machinery and equipment accounted for about a quarter of imports from China.';
    expect(read(text).map((o) => [o.quote, o.indicator, o.product])).toEqual([
      ['$9 billion', 'import-value', null],
      ['about a quarter', 'import-product-share', 'machinery'],
    ]);
  });
});

describe('the customs’ commodity group "machinery, equipment and vehicles"', () => {
  it('is machinery and transport equipment, not vehicles', () => {
    const text = 'Machinery, equipment and vehicles accounted for 51% of Russia’s imports from China in 2025.';
    expect(fields(text)).toEqual([['51%', 'import-product-share', 'RUS', 'CHN', 'machinery-and-transport-equipment', 51]]);
  });

  it('leaves a list with other words between its commas to its own goods', () => {
    expect(read('Exports of machinery, chips and vehicles to Russia rose 12% in 2025.').map((o) => o.product)).not.toContain(
      'machinery-and-transport-equipment',
    );
  });
});

describe('a change of a figure over its base is dated by the figure', () => {
  it('reads "compared with EUR 19 million in the same period of 2021, roughly a threefold increase" as of the figure’s months', () => {
    const text =
      'In the first nine months of 2026, Italy’s exports of machinery to Armenia amounted to EUR 58 million, compared with EUR 19 million in the same period of 2021, roughly a threefold increase. Exports of machinery to Kazakhstan rose by 14.8% year on year.';
    expect(read(text).map((o) => [o.quote, o.period])).toEqual([
      ['EUR 58 million', '2026-01/2026-09'],
      ['EUR 19 million', '2021-01/2021-09'],
      ['threefold', '2026-01/2026-09'],
      ['14.8%', '2026-01/2026-09'],
    ]);
  });
});

describe('a part named before a relative clause', () => {
  it('reads "Machinery, which made up 24% …, now accounts for less than 9%" as two shares of machinery', () => {
    const text =
      'Italy’s exports to Russia amounted to EUR 2.9 billion in 2025. Machinery, which made up 24% of exports to Russia in 2021, now accounts for less than 9%.';
    expect(read(text).map((o) => [o.quote, o.indicator, o.product])).toEqual([
      ['EUR 2.9 billion', 'export-value', null],
      ['24%', 'export-product-share', 'machinery'],
      ['less than 9%', 'export-product-share', 'machinery'],
    ]);
  });
});

describe('goods an aside says the figure’s goods are used for', () => {
  it('keeps nitrocellulose past ", a key input for propellants," and ", which is used for gunpowder,"', () => {
    expect(
      read('Chinese exports of nitrocellulose to Russia, a key input for propellants, reached 1,700 tonnes in 2025.').map((o) => o.product),
    ).toEqual(['nitrocellulose']);
    expect(
      read('China’s exports of nitrocellulose to Russia, which is used for gunpowder, amounted to 1,100 tonnes in 2025.').map(
        (o) => o.product,
      ),
    ).toEqual(['nitrocellulose']);
  });
});

describe('the goods of a count’s own noun', () => {
  it('reads "12 million rounds of artillery and rocket ammunition" as ammunition', () => {
    expect(
      read('In 2025 the DPRK shipped an estimated 12 million rounds of artillery and rocket ammunition to Russia.').map((o) => o.product),
    ).toEqual(['ammunition']);
  });

  it('reads drone engines named with the other parts as the parts', () => {
    expect(read('Russia imported drone engines and parts from China worth about $290 million in 2025.').map((o) => o.product)).toEqual([
      'uav-components',
    ]);
    expect(read('Russia imported drone engines from China worth about $290 million in 2025.').map((o) => o.product)).toEqual([
      'uav-engines',
    ]);
  });
});

describe('a scene’s period past the numbers and years of the resolutions it cites', () => {
  it('dates "over that period" by "between August 2023 and August 2026", not by "resolutions 1718 (2006), 1874 (2009)"', () => {
    const text =
      'The Panel found that the DPRK transferred arms to the Russian Federation between August 2023 and August 2026, in violation of resolutions 1718 (2006), 1874 (2009) and 2270 (2016). The DPRK shipped at least 28,000 containers of munitions to Russia over that period.';
    expect(read(text).map((o) => [o.quote, o.period])).toEqual([['at least 28,000', '2023-08/2026-08']]);
  });
});

describe('"all goods" in the reading', () => {
  it('leaves a country’s whole trade without a product, and proposes all-goods for the annotation', () => {
    const o = read('EU exports to Russia of all goods fell to EUR 31.5 billion in 2025.')[0]!;
    expect([o.product, o.product_label]).toEqual([null, null]);
    expect(annotationProduct(o)).toBe('all-goods');
  });
});

describe('engines for drones (docs/curation.md, convention 9)', () => {
  it('reads "drone motors and engines" and "the engines for its Geran attack drones" as drone engines', () => {
    expect(read('Russia imported drone motors and engines worth $312 million from China in 2024.').map((o) => o.product)).toEqual([
      'uav-engines',
    ]);
    expect(
      read('Russia imported the engines for its Geran attack drones worth $40 million from China in 2024.').map((o) => o.product),
    ).toEqual(['uav-engines']);
  });

  it('keeps engines named for no drones engines', () => {
    expect(read('China exported aircraft engines worth $5 million to Russia in 2025.').map((o) => o.product)).toEqual(['engines']);
  });
});
