/**
 * The observation rules of the reader's second observation round (docs/reading.md): change
 * verbs, bases of a change, counts repeated without their noun, periods a year earlier, product
 * shares of "the total", asides that list a total's contents, transit and origin countries,
 * anaphora that continue the goods before, and attributions without their release date.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { yearEarlier } from '../../pipeline/read/noOwnPeriod.js';
import { ROOT } from './score.js';
import { statisticAsRead, statisticsAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
/** Drafted, or left aside as out of scope (goods from Russia) with its reading. */
const obs = (text: string, quote: string): ReadObservation | undefined => statisticAsRead(readText(text, lexicon), quote);

describe('measure and flow', () => {
  it('reads "decreased by 58%" as a fall, dated by its sentence and not by the base year', () => {
    const o = obs('EU imports from Russia in 2024 were 89% lower than in 2021, while EU exports to Russia decreased by 58%.', '58%');
    expect(o).toMatchObject({ indicator: 'export-growth-percent', value: -58, reporter: 'EUU', partner: 'RUS', period: '2024' });
  });

  it('does not read "export controls" as a flow of goods', () => {
    const r = readText(
      'Sanctions and export controls against Russia are imposed by a coalition of countries that represent more than 50% of the global economy.',
      lexicon,
    );
    expect(r.observations).toEqual([]);
    expect(r.ignored.find((i) => i.quote === 'more than 50%')?.reason).toBe('no-trade-context');
  });
});

describe('bases and repeated counts', () => {
  const text =
    "China's exports to Russia rose to $110.97 billion in 2023 from $76.12 billion in 2022, according to customs data. Cars and trucks made up about 21% of the total.";

  it('reads the figure after "from" as the level of its own year', () => {
    expect(obs(text, '$76.12 billion')).toMatchObject({ indicator: 'export-value', period: '2022' });
  });

  it('continues the main statistic, not its base, in the sentence after', () => {
    expect(obs(text, 'about 21%')).toMatchObject({
      indicator: 'export-product-share',
      reporter: 'CHN',
      partner: 'RUS',
      product: 'vehicles',
      period: '2023',
    });
  });

  it('reads a bare number after "up from" as the count before it, a year earlier', () => {
    const o = obs(
      "Armenia's re-exports of cars to Russia reached 23,000 units in the first half of 2024, up from 9,400 a year earlier.",
      '9,400',
    );
    expect(o).toMatchObject({ indicator: 'export-count', unit: 'units', reporter: 'ARM', partner: 'RUS', period: '2023-H1' });
  });

  it('moves every year of a period back by one for "a year earlier"', () => {
    expect(yearEarlier('2024-01/2024-05')).toBe('2023-01/2023-05');
    expect(yearEarlier('2024-Q3')).toBe('2023-Q3');
  });
});

describe('periods', () => {
  const text =
    "Russia's imports of machine tools from China amounted to roughly $1 billion in the fourth quarter of 2023, about 2.5 times the pre-war level, the group said. That put China's share of the market at almost 75%, against some 30% before the war.";

  it('dates a multiple of "the pre-war level" by its sentence', () => {
    expect(obs(text, 'about 2.5 times')).toMatchObject({ indicator: 'import-growth', period: '2023-Q4' });
  });

  it('leaves "before the war" to the figure it follows, and carries the goods and period into "That put … the market"', () => {
    expect(obs(text, 'almost 75%')).toMatchObject({ product: 'machine-tools', period: '2023-Q4', reporter: 'RUS', partner: 'CHN' });
    expect(obs(text, 'some 30%')).toMatchObject({ product: 'machine-tools', period: null });
  });
});

describe('goods', () => {
  it('leaves out goods named in an aside that lists what a total holds', () => {
    const text =
      "China's exports to Russia fell 2% in 2024, customs data showed. Imports from Russia, mostly oil and gas, edged up 1.4% over the same period.";
    expect(obs(text, '1.4%')).toMatchObject({ indicator: 'import-growth-percent', product: null, period: '2024' });
  });

  it('reads a singular goods word before a flow noun ("bearing imports")', () => {
    expect(obs("The UAE's share of Russia's bearing imports rose to 11% in 2023.", '11%')).toMatchObject({
      product: 'ball-bearings',
      product_label: 'bearing',
    });
  });
});

describe('countries', () => {
  it('reads the country goods passed through as the partner of a share', () => {
    const o = obs('Some 40% of the chips Russia imported from all sources in 2023 passed through Hong Kong.', 'Some 40%');
    expect(o).toMatchObject({ indicator: 'import-share', reporter: 'RUS', partner: 'HKG' });
  });

  it('reads "entering X" as the destination and "through X" as the origin', () => {
    const o = obs(
      'Almost 90% of the chips entering Russia in 2023 were shipped through China or Hong Kong, the institute found.',
      'Almost 90%',
    );
    expect(o).toMatchObject({ reporter: 'RUS', partner: 'CHN' });
    expect(o?.evidence.reporter?.text).toBe('entering Russia');
    expect(o?.evidence.partner?.text).toBe('through China');
  });

  it('reads "U.S.-origin" as the origin of the goods', () => {
    const text =
      'Roughly half of the high priority items Russia acquired in 2023 came from the PRC. BIS estimates that U.S.-origin components account for less than 5 percent of those items.';
    expect(obs(text, 'less than 5 percent')).toMatchObject({ reporter: 'RUS', partner: 'USA', period: '2023' });
  });

  it('reads a subject set apart by an aside, and "the imports" as the goods before', () => {
    const text =
      "Russia's imports of Chinese machine tools totalled 1.8 billion dollars in January-April 2024, the customs service said. Germany, once the main supplier, accounted for just 4% of the imports in January-April 2024.";
    expect(obs(text, '4%')).toMatchObject({ indicator: 'import-share', reporter: 'RUS', partner: 'DEU', product: 'machine-tools' });
  });
});

describe('periods of months', () => {
  it('reads "the twelve months to March 2024" as the year ending that month', () => {
    const o = obs('UK exports of goods to Russia fell by 77% in the twelve months to March 2024, the statistics office said.', '77%');
    expect(o).toMatchObject({ indicator: 'export-growth-percent', period: '2023-04/2024-03' });
  });

  it('reads the months before a year ("the April–June quarter of 2024") rather than the year', () => {
    const o = obs(
      'India imported 1.96 million barrels per day of Russian oil in the April–June quarter of 2024, up 8% from the previous quarter.',
      '8%',
    );
    expect(o).toMatchObject({ indicator: 'import-growth-percent', period: '2024-Q2' });
  });

  it('reads "since 2021" after a change as its base: no period', () => {
    const o = obs('Exports of dual-use goods from Kyrgyzstan to Russia had risen about 12-fold since 2021.', 'about 12-fold');
    expect(o).toMatchObject({ indicator: 'export-growth', period: null });
  });
});

describe('figures that measure no supply', () => {
  const ignored = (text: string, quote: string) => readText(text, lexicon).ignored.find((i) => i.quote === quote);

  it('leaves aside a rate, inflation, a currency and the economy', () => {
    const text =
      "China's exports to Russia fell 2% in 2024. Russia's central bank kept its key rate at 18% on Friday, and inflation stood at 9.1% in August. The rupee fell 0.3% against the dollar.";
    for (const q of ['18%', '9.1%', '0.3%']) expect(ignored(text, q)?.reason).toBe('no-trade-context');
  });

  it('leaves aside aid and payments', () => {
    expect(
      ignored('The United States has provided more than $50 billion in security assistance to Ukraine.', 'more than $50 billion'),
    ).toBeDefined();
    expect(
      ignored('Trade with China grew, and more than 90% of our mutual settlements with China are made in yuan.', 'more than 90%'),
    ).toBeDefined();
  });

  it('leaves aside weapons lost and a share of goods by their maker', () => {
    const text =
      'Turkish exports of chips to Russia reached $85 million in 2023. Roughly a third of the chips were made in the United States. The Russian army lost at least 3,000 tanks over the same period.';
    expect(ignored(text, 'Roughly a third')?.note).toMatch(/made them/);
    expect(ignored(text, 'at least 3,000')?.note).toMatch(/lost or used/);
  });
});

describe('context from other figures and sentences', () => {
  it('gives a base in the same sentence the roles of the countries before it', () => {
    const o = obs(
      'China and Hong Kong supplied 89% of the high priority battlefield items Russia imported in the second half of 2023, up from 32% in the second half of 2021.',
      '32%',
    );
    expect(o).toMatchObject({ reporter: 'RUS', partner: 'CHN', product: 'high-priority-items', period: '2021-H2' });
  });

  it('continues a lead sentence that states no figure', () => {
    const text =
      "China's shipments of construction machinery to Russia slumped in the third quarter of 2024. Exports of bulldozers fell 38% to 1,450 units, according to an industry group.";
    expect(obs(text, '38%')).toMatchObject({ reporter: 'CHN', partner: 'RUS', product: 'machinery', period: '2024-Q3', value: -38 });
  });

  it('does not take a document heading for a speaker', () => {
    const text =
      "FACT SHEET: Countering support for Russia's war\n\nIn 2023, about 90 percent of Russia's imports of microelectronics came from the PRC.";
    expect(obs(text, 'about 90 percent')?.attributed_to).toBeNull();
  });
});

describe('third round of rules', () => {
  it('dates a change "between 2021 and 2023" by its end and keeps a name with "and" in "according to"', () => {
    const o = obs(
      'UK exports to Kyrgyzstan rose by 1,200 per cent between 2021 and 2023, according to HM Revenue and Customs.',
      '1,200 per cent',
    );
    expect(o).toMatchObject({ period: '2023', attributed_to: 'HM Revenue and Customs' });
  });

  it('reads "the country\u2019s imports" as the country the text speaks of, and a year before "value" as a base', () => {
    const text =
      "Kazakhstan's role as a transit hub has grown. In 2023, the country's imports of machine tools from China were 4.5 times their 2021 value, at $310 million, while exports from Kazakhstan to Russia tripled.";
    expect(obs(text, '4.5 times')).toMatchObject({ reporter: 'KAZ', partner: 'CHN', period: '2023' });
    expect(obs(text, '$310 million')).toMatchObject({ reporter: 'KAZ', period: '2023' });
  });

  it('reads "the companies" as the companies the sentence before placed in a country', () => {
    const text =
      'Commerce added 37 entities in China to the Entity List. The companies shipped more than 2,000 drone engines to Russian end users in 2023.';
    // Session 13 convention: what the companies shipped to Russia is their country's export.
    expect(obs(text, 'more than 2,000')).toMatchObject({
      indicator: 'export-count',
      reporter: 'CHN',
      partner: 'RUS',
      product: 'uav-engines',
    });
  });

  it('gives a count of things the vocabulary lacks no product named elsewhere', () => {
    // Session 6: navigation modules joined the vocabulary; servo motors are still outside it.
    const o = obs('Chinese firms shipped 2,000 drone engines and at least 15,000 servo motors to Russia in 2023.', 'at least 15,000');
    expect(o).toMatchObject({ unit: 'motors', product: null });
  });

  it('reads a total with no partner named as from all partners, and "12% below" as a fall', () => {
    const text = "Across all high priority goods, Russia's imports reached €28 billion in 2023, about 12% below their 2021 level.";
    expect(obs(text, '€28 billion')).toMatchObject({ partner: 'WLD', product: 'high-priority-items' });
    expect(obs(text, 'about 12%')).toMatchObject({ indicator: 'import-growth-percent', value: -12, period: '2023' });
  });

  it('reads "y/y" as a change', () => {
    expect(obs("Hong Kong's exports of chips to Russia totalled $1.2 bln in H1 2024, up 17% y/y.", '17%')).toMatchObject({
      indicator: 'export-growth-percent',
      period: '2024-H1',
    });
  });

  it('leaves aside a cap and packages of sanctions', () => {
    const r = readText(
      'Pyongyang received around 1 million barrels of oil from Russia, above a U.N. cap of 500,000 barrels a year. The EU has adopted 14 packages of sanctions on Russian exports.',
      lexicon,
    );
    // The oil from Russia is read (and left aside as out of scope); the cap and the packages are no statistics.
    expect(statisticsAsRead(r).map((o) => o.quote)).toEqual(['around 1 million']);
  });
});

describe('fourth round of rules', () => {
  it('reads "China-Russia trade" as a pair', () => {
    const o = obs('The Ministry of Commerce said that China-Russia trade turnover reached $244.8 billion in 2024.', '$244.8 billion');
    expect(o).toMatchObject({ indicator: 'trade-value', reporter: 'CHN', partner: 'RUS', period: '2024' });
  });

  it('reads the suppliers ranked with their shares ("followed by Taiwan with 12%")', () => {
    const text =
      'China was the largest supplier of machine tools to Russia in 2023, with a share of about 58%, followed by Taiwan with 12% and South Korea with 5%.';
    expect(obs(text, 'about 58%')).toMatchObject({ indicator: 'supply-share', reporter: 'RUS', partner: 'CHN' });
    expect(obs(text, '12%')).toMatchObject({ indicator: 'supply-share', reporter: 'RUS', partner: 'TWN' });
    expect(obs(text, '5%')).toMatchObject({ partner: 'KOR', product: 'machine-tools', period: '2023' });
  });

  it('reads "that year" as the period of the statistic before, and a base after it keeps its own year', () => {
    const text =
      'China supplied 58% of the machine tools Russia imported in 2023. Russian purchases of Chinese machine tools were worth some $2.6 billion that year, compared to $1.1 billion in 2021.';
    expect(obs(text, 'some $2.6 billion')?.period).toBe('2023');
    expect(obs(text, '$1.1 billion')?.period).toBe('2021');
  });

  it('does not date a present-tense share by the figures before it, and reads "dual-use imports"', () => {
    const text =
      "Exports of dual-use goods from the UAE to Russia were worth $28 million in March 2024, the group said. The UAE accounts for roughly 7% of Russia's dual-use imports, the group said.";
    expect(obs(text, 'roughly 7%')).toMatchObject({ indicator: 'import-share', product: 'dual-use-goods', period: null });
  });
});

describe('attribution', () => {
  it('keeps a number with a thousands comma inside "according to"', () => {
    const o = obs(
      "Russia's imports of optics from China reached $95 million in 2023, according to our review of 12,000 customs records.",
      '$95 million',
    );
    expect(o?.attributed_to).toBe('our review of 12,000 customs records');
  });

  it('leaves the release date out of the source', () => {
    const o = obs("China's exports to Russia rose 4% in 2024, according to Chinese customs data released on Friday.", '4%');
    expect(o?.attributed_to).toBe('Chinese customs data');
  });
});

describe('counts of weapons transferred or procured', () => {
  it('reads "transferred dozens of ballistic missiles and over 11,000 containers" as supplies to Russia', () => {
    const text =
      "The DPRK has unlawfully transferred dozens of ballistic missiles and over 11,000 containers of munitions to aid Russia's war.";
    expect(obs(text, 'dozens')).toMatchObject({ indicator: 'supply-count', reporter: 'RUS', partner: 'PRK', hedge: 'range' });
    expect(obs(text, 'over 11,000')).toMatchObject({ indicator: 'supply-count', reporter: 'RUS', partner: 'PRK', product: 'ammunition' });
  });

  it('reads "procured several dozen … from North Korea" with Russia as the receiver', () => {
    const text = 'Russia has procured several dozen ballistic missiles and millions of artillery shells from North Korea.';
    expect(obs(text, 'several dozen')).toMatchObject({ indicator: 'supply-count', reporter: 'RUS', partner: 'PRK' });
    expect(obs(text, 'millions')).toMatchObject({ product: 'ammunition', reporter: 'RUS', partner: 'PRK' });
  });

  it('does not count "one in five of the components": a part of a whole, not a count of goods', () => {
    const text = 'One in five of the Western-branded components found in Russian weapons were imported through Hong Kong in 2023.';
    expect(readText(text, lexicon).observations.some((o) => o.indicator === 'import-count')).toBe(false);
  });
});
