/**
 * Session 13's curation conventions (docs/curation.md): the rules that bring gold and curated
 * items to them (conventionRules13.ts, conventions13.ts), and the reader's goods words that
 * encoded the old side of two of them (pipeline/read/goods.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { chipsGoods, dualUseGoods, exportIndicator, quoteAt, sendingVerb, thirdCountryTrade } from './conventionRules13.js';
import { conventionChanges, reviewAfter, setField } from './conventions13.js';
import { ROOT } from './score.js';

const at = (text: string, quote: string) => quoteAt(text, quote)!;

describe('convention 1: a value the supplier sent is its export', () => {
  it('finds an active verb of sending before the figure', () => {
    const t = 'Officials said Belarus has delivered about 300 trucks of shells to Russia since May.';
    expect(sendingVerb(t, at(t, 'about 300'))).toEqual({ verb: 'delivered', settled: true });
  });

  it('leaves a passive, a figure in another clause and a verb the convention does not name', () => {
    const passive = 'About 40% of the lathes were shipped from Taiwan last year.';
    expect(sendingVerb(passive, at(passive, 'About 40%'))).toBeNull();
    const other = 'Goods shipped through Georgia rose 30% in 2023.';
    expect(sendingVerb(other, at(other, '30%'))).toBeNull();
    const sold = 'Serbian dealers sold $20 million of optics to Russia.';
    expect(sendingVerb(sold, at(sold, '$20 million'))).toEqual({ verb: 'sold', settled: false });
  });

  it('turns a supply figure the supplier sent into its export, reporter the supplier', () => {
    const t = 'Mongolian traders shipped 500 tonnes of gunpowder to Russia in 2024.';
    const o = {
      quote: '500 tonnes',
      indicator: 'supply-volume',
      flow: 'supply',
      reporter: 'RUS',
      partner: 'MNG',
      product: 'propellant-powders',
    };
    const { changes } = conventionChanges(t, [o], [], [], false);
    expect(changes.map((c) => c.set)).toEqual([{ indicator: 'export-volume', reporter: 'MNG', partner: 'RUS', flow: 'export' }]);
  });

  it('keeps a figure worded "supplied" and a share', () => {
    const t = 'Mongolian traders supplied 500 tonnes of gunpowder to Russia in 2024.';
    const o = { quote: '500 tonnes', indicator: 'supply-volume', flow: 'supply', reporter: 'RUS', partner: 'MNG' };
    expect(conventionChanges(t, [o], [], [], false).changes).toEqual([]);
    expect(exportIndicator('supply-share')).toBeNull();
    expect(exportIndicator('import-growth-percent')).toBe('export-growth-percent');
  });
});

describe('convention 2: chips are microelectronics', () => {
  it('decides a claim by its own words', () => {
    const t = 'Dealers in Dubai sent microchips to Russian arms plants.';
    expect(chipsGoods(t, at(t, 'Dealers in Dubai sent microchips'), true)).toBe('microelectronics');
    const s = 'Dealers in Dubai sent semiconductors to Russian arms plants.';
    expect(chipsGoods(s, at(s, 'Dealers in Dubai sent semiconductors'), true)).toBe('semiconductors');
  });

  it('decides a figure by the nearest goods word before a sentence that names none, and leaves both named', () => {
    const t = 'Russia bought integrated circuits worth $2 billion. Malaysia added a further $90 million.';
    expect(chipsGoods(t, at(t, '$90 million'), false)).toBe('microelectronics');
    const capital = 'Russia’s imports fell. Chips alone made up roughly 7% of the total.';
    expect(chipsGoods(capital, at(capital, 'roughly 7%'), false)).toBe('microelectronics');
    const both = 'Imports of chips and semiconductors rose 15%.';
    expect(chipsGoods(both, at(both, '15%'), false)).toBe('unclear');
  });
});

describe('convention 3: dual-use goods and items named by their control', () => {
  it('reads plain dual-use words as dual-use-goods and controlled ones as dual-use-items', () => {
    const plain = 'Firms in Baku sold other dual-use products to Russia.';
    expect(dualUseGoods(plain, at(plain, 'Firms in Baku sold other dual-use products'), true)).toBe('dual-use-goods');
    const controlled = 'Firms in Baku sold export-controlled items to Russia.';
    expect(dualUseGoods(controlled, at(controlled, 'Firms in Baku sold export-controlled items'), true)).toBe('dual-use-items');
    const restricted = 'About 60% of the restricted dual-use goods came from Asia.';
    expect(dualUseGoods(restricted, at(restricted, 'About 60%'), false)).toBe('dual-use-items');
  });

  it('leaves words that name both kinds', () => {
    const t = 'Firms in Baku sold dual-use goods and technologies to Russia.';
    expect(dualUseGoods(t, at(t, 'Firms in Baku sold dual-use goods and technologies'), true)).toBe('unclear');
  });
});

describe('convention 4: a third country’s whole trade is a statistic', () => {
  it('finds an ignored mention of a third country’s exports to Russia', () => {
    const t = 'Uzbekistan’s exports to Russia rose 18% in 2024, the statistics agency said.';
    expect(thirdCountryTrade(t, at(t, '18%'))).toBe(true);
  });

  it('does not take goods from Russia, goods named or a target', () => {
    const from = 'Uzbekistan’s imports from Russia rose 18% in 2024.';
    expect(thirdCountryTrade(from, at(from, '18%'))).toBe(false);
    const goods = 'Uzbekistan’s exports to Russia of listed items fell 40%.';
    expect(thirdCountryTrade(goods, at(goods, '40%'))).toBe(false);
    const target = 'Trade between Uzbekistan and Russia reached $9 billion, and Tashkent aims to double it to $18 billion.';
    expect(thirdCountryTrade(target, at(target, '$18 billion'))).toBe(false);
  });
});

describe('bringing items to the conventions', () => {
  it('sets one field of one item, leaving the rest of the file as it was', () => {
    const y =
      '# a comment\nobservations:\n  - quote: "5%"\n    product: semiconductors\n  - quote: "6%"\n    product: semiconductors\nclaims: []\n';
    expect(setField(y, 'observations', 1, 'product', 'microelectronics')).toBe(
      y.replace(/semiconductors\nclaims/, 'microelectronics\nclaims'),
    );
  });

  it('keeps a review block true to its item: edited lists the fields that now differ from the proposal', () => {
    const proposal = { indicator: 'supply-count', reporter: 'RUS', partner: 'PRK', product: 'ammunition' };
    expect(reviewAfter({ decision: 'accepted', proposal }, { indicator: 'export-count', reporter: 'PRK', partner: 'RUS' })).toEqual({
      decision: 'edited',
      edited: ['indicator', 'reporter', 'partner'],
    });
    expect(
      reviewAfter({ decision: 'edited', edited: ['goods'], proposal: { goods: 'microelectronics' } }, { goods: 'microelectronics' }),
    ).toEqual({
      decision: 'accepted',
      edited: [],
    });
  });
});

describe('the reader’s goods words follow conventions 2 and 3', () => {
  const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
  const productOf = (goods: string) =>
    readText(`Russia's imports of ${goods} from China reached $5 million in 2023.`, lexicon).observations[0]?.product;

  it('reads chips as microelectronics and semiconductors as semiconductors', () => {
    expect(['chips', 'computer chips', 'microchips', 'semiconductors'].map(productOf)).toEqual([
      'microelectronics',
      'microelectronics',
      'microelectronics',
      'semiconductors',
    ]);
  });

  it('reads goods named by their control as dual-use-items and plain dual-use goods as dual-use-goods', () => {
    const goodsOf = (goods: string) => readText(`Firms in Dubai sold ${goods} to Russia.`, lexicon).claims.map((c) => c.goods);
    expect(['controlled dual-use items', 'export-controlled items', 'sensitive items', 'dual-use goods'].map(goodsOf)).toEqual([
      ['dual-use-items'],
      ['dual-use-items'],
      ['dual-use-items'],
      ['dual-use-goods'],
    ]);
  });

  it('reads a value the sender shipped as its export, a passive as Russia’s supply', () => {
    const [sent] = readText('Belarus has delivered about 300 trucks of ammunition to Russia since May 2024.', lexicon).observations;
    expect([sent?.indicator, sent?.reporter, sent?.partner]).toEqual(['export-count', 'BLR', 'RUS']);
    const [passive] = readText('Belarusian ammunition worth $40 million was delivered to Russia in 2024.', lexicon).observations;
    expect([passive?.indicator, passive?.reporter, passive?.partner]).toEqual(['supply-value', 'RUS', 'BLR']);
    const [supplied] = readText('Kazakh traders supplied $40 million of bearings to Russia in 2024.', lexicon).observations;
    expect(supplied?.indicator).toBe('supply-value');
  });
});
