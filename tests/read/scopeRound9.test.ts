/**
 * The dataset's scope (pipeline/read/scope.ts; docs/curation.md, "Scope of observations";
 * docs/reading.md): statistics on supplies TO Russia are drafted, those on goods FROM Russia and
 * on money earned or spent are left aside as out of scope, with their reading.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadIgnored } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { outOfScope, scopeReason } from '../../pipeline/read/scope.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const drafted = (text: string) => readText(text, lexicon).observations.map((o) => o.quote);
const aside = (text: string, quote: string): ReadIgnored | undefined => readText(text, lexicon).ignored.find((i) => i.quote === quote);

describe('figures on goods from Russia', () => {
  it.each([
    ['EU imports from Russia amounted to €8.3 billion in the first quarter of 2025.', '€8.3 billion', 'EUU', 'RUS'],
    ["Russia's share in extra-EU imports was 1.6% in the first quarter of 2025.", '1.6%', 'EUU', 'RUS'],
    ["India's imports of Russian crude oil rose 4% in 2024, according to Kpler.", '4%', 'IND', 'RUS'],
    ["China's imports from Russia slipped 1.8% in 2024, Chinese customs data showed.", '1.8%', 'CHN', 'RUS'],
    ["Russia supplied 58% of Türkiye's crude oil imports in 2024, the energy regulator said.", '58%', 'TUR', 'RUS'],
    ["Russia's exports to China reached $129.3 billion in 2024, the Federal Customs Service said.", '$129.3 billion', 'RUS', 'CHN'],
    ['Russian pipeline gas exports to Europe fell 35% in 2024, Gazprom said.', '35%', 'RUS', null],
  ])('leaves %j aside as out of scope, with its reading', (text, quote, reporter, partner) => {
    expect(drafted(text)).toEqual([]);
    const i = aside(text, quote);
    expect(i?.reason).toBe('out-of-scope');
    expect(i?.note).toMatch(/^out of scope: .*(?:Russia’s exports|imports from Russia)/);
    expect(i?.reading).toMatchObject({ quote, reporter, partner });
  });

  it('names the importer or Russia’s exports in the reason a curator reads', () => {
    expect(aside('EU imports from Russia amounted to €8.3 billion in 2024.', '€8.3 billion')?.note).toBe(
      'out of scope: EUU’s imports from Russia (goods from Russia, not supplies to Russia)',
    );
    expect(aside("Russia's exports to China reached $129.3 billion in 2024.", '$129.3 billion')?.note).toBe(
      'out of scope: Russia’s exports to CHN (goods from Russia, not supplies to Russia)',
    );
  });

  it('leaves aside what the text reports a supplier received in return', () => {
    const text =
      'North Korea has sent Russia as many as 5 million artillery rounds since August 2023, lawmakers said. In return, Pyongyang received around 1 million barrels of oil.';
    expect(drafted(text)).toEqual(['as many as 5 million']);
    expect(aside(text, 'around 1 million')?.note).toBe('out of scope: goods received in return for supplies to Russia, not supplies to it');
  });

  it('keeps a supply sent "in return" when no receiver other than Russia is read', () => {
    expect(drafted('In return, North Korea has sent 5 million artillery shells since August 2023, lawmakers said.')).toEqual(['5 million']);
    expect(drafted('In exchange for oil, North Korea has shipped 6,700 containers of munitions to Russia.')).toEqual(['6,700']);
  });

  it('leaves a part of an out-of-scope total aside with it', () => {
    const text = 'EU imports from Russia fell to €8.3 billion in the first quarter of 2025. Natural gas accounted for 41% of the total.';
    expect(aside(text, '41%')).toMatchObject({ reason: 'out-of-scope', reading: { reporter: 'EUU', partner: 'RUS' } });
  });
});

describe('figures on supplies to Russia', () => {
  it.each([
    ["China's exports to Russia rose 4.1% in 2024, Chinese customs data showed.", '4.1%'],
    ['In the first quarter of 2025, EU exports to Russia were worth €7.1 billion, Eurostat said.', '€7.1 billion'],
    ['Total UK exports of goods to Russia fell by 4.2% in the three months to June 2024.', '4.2%'],
    ["Kazakhstan's exports to Russia fell 7.3% in the first half of 2024.", '7.3%'],
    ["Russia's imports from China were $115.5 billion in 2024, according to the Federal Customs Service.", '$115.5 billion'],
    ['Trade between China and Russia reached a record $244.8 billion in 2024.', '$244.8 billion'],
    ["The EU's share of Russia's imports fell to 20% in 2023.", '20%'],
    ['North Korea has sent Russia as many as 5 million artillery rounds since August 2023.', 'as many as 5 million'],
  ])('drafts %j', (text, quote) => expect(drafted(text)).toEqual([quote]));

  it('keeps a statistic to Russia drafted after one from Russia in the text', () => {
    const text = "Türkiye's imports from Russia declined 9% in 2024. Exports to Russia rose 3% over the same period.";
    expect(readText(text, lexicon).observations).toMatchObject([{ quote: '3%', reporter: 'TUR', partner: 'RUS', period: '2024' }]);
    expect(aside(text, '9%')?.reason).toBe('out-of-scope');
  });

  it('reads "China’s revenue from exports to Russia" as the value of the exports, not as earnings', () => {
    expect(drafted("China's revenue from exports to Russia rose 20% in 2024.")).toEqual(['20%']);
  });
});

describe('money earned or spent', () => {
  it('leaves Russia’s revenues aside, even where they continue a trade statistic', () => {
    const text = "Russia's exports of oil fell 5% in 2023, and oil and gas revenues fell 24%.";
    expect(aside(text, '24%')?.note).toBe('not a supply or trade figure: revenues (money earned or spent, not goods)');
  });

  it('reads the reason from the clause before the figure', () => {
    const sides = { flow: 'export', reporter: 'CHN', partner: 'RUS' } as const;
    expect(scopeReason(sides, 'its defence spending rose to ', 'its defence spending rose to ')).toMatch(
      /^not a supply or trade figure: defence spending/,
    );
    expect(scopeReason(sides, "China's export revenues rose ", "China's export revenues rose ")).toBeUndefined();
  });
});

describe('the scope by a statistic’s sides', () => {
  it.each([
    ['export', 'RUS', 'CHN', true],
    ['export', 'RUS', null, true],
    ['import', 'EUU', 'RUS', true],
    ['supply', 'TUR', 'RUS', true],
    ['import', null, 'RUS', true],
    ['export', 'CHN', 'RUS', false],
    ['export', 'EUU', 'RUS', false],
    ['import', 'RUS', 'CHN', false],
    ['import', 'RUS', 'WLD', false],
    ['supply', 'RUS', 'PRK', false],
    ['trade', 'CHN', 'RUS', false],
    ['trade', 'RUS', 'EUU', false],
    ['import', 'KGZ', 'CHN', false],
  ] as const)('a %s of %s from or to %s is out of scope: %s', (flow, reporter, partner, out) =>
    expect(outOfScope({ flow, reporter, partner }) !== undefined).toBe(out),
  );
});

describe('goods of a later clause', () => {
  it('are the product of that clause’s own figure, not of the figure before', () => {
    const text =
      "China's exports to Russia rose 4.1% in 2024 to $115.5 billion, Chinese customs data showed, while imports from Russia slipped 1.8% as Beijing paid less for Russian crude.";
    const r = readText(text, lexicon);
    expect(r.observations.map((o) => [o.quote, o.product])).toEqual([
      ['4.1%', null],
      ['$115.5 billion', null],
    ]);
    expect(aside(text, '1.8%')?.reading?.product).toBe('crude-oil');
  });

  it('still give a figure before its subject its goods ("Worth $870 million, Korean shipments of vehicles …")', () => {
    const text =
      "South Korea's exports to Russia totalled $4.5 billion in 2024. Worth $870 million, Korean shipments of vehicles to Kazakhstan in 2024 were double their 2022 value, the association said.";
    expect(readText(text, lexicon).observations.find((o) => o.quote === '$870 million')?.product).toBe('vehicles');
  });
});

describe('China named with Hong Kong by its adjective', () => {
  it('reads "Chinese and Hong Kong exports" as China’s exports', () => {
    const text =
      'Chinese and Hong Kong exports of common high priority items to Russia were worth $9.8 billion in 2024, according to an analysis of customs data by the Kyiv School of Economics.';
    expect(readText(text, lexicon).observations[0]).toMatchObject({ reporter: 'CHN', partner: 'RUS', product: 'high-priority-items' });
  });

  it('keeps Hong Kong apart where the adjective names something else ("Chinese firms and Hong Kong")', () => {
    const text = "Chinese firms moved chips through Hong Kong. Hong Kong's exports of chips to Russia rose 20% in 2024.";
    expect(readText(text, lexicon).observations.find((o) => o.quote === '20%')?.reporter).toBe('HKG');
  });
});
