/**
 * Rules of session 12's statistics round (docs/reading-history.md "Session 12, statistics round:
 * unseen wordings"), each read on a small text written for the test (not one of the dev texts,
 * the opened held-out sets or the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const observations = (text: string): ReadObservation[] => readText(text, lexicon).observations;
const quotes = (text: string): string[] => observations(text).map((o) => o.quote);
const reasonOf = (text: string, quote: string): string | undefined =>
  readText(text, lexicon).ignored.find((i) => i.quote.endsWith(quote))?.reason;
const sides = (text: string) => observations(text).map((o) => [o.quote, o.flow, o.reporter, o.partner]);

describe('a dollar sign after US is a currency, not the United States', () => {
  it('reads "US$ 2.1 billion" as an amount, the reporter from the statistic before', () => {
    expect(
      sides('Exports of Armenia to Russia totalled US$ 3 billion in 2024. Imports from China amounted to US$ 2.1 billion.')[1],
    ).toEqual(['US$ 2.1 billion', 'import', 'ARM', 'CHN']);
  });

  it('still reads the United States in "US exports"', () => {
    expect(sides('US exports to Russia fell to $500 million in 2023.')).toEqual([['$500 million', 'export', 'USA', 'RUS']]);
  });
});

describe('a country called the destination of exports receives them', () => {
  it('reads "Russia remained the main export destination, taking N%" as a share of the exports of the country before', () => {
    const text =
      'Exports of Mongolia to China totalled $9 billion in 2024, up 4 percent. Russia remained the second-largest export destination, taking 6 percent of total exports.';
    expect(sides(text)[2]).toEqual(['6 percent', 'export', 'MNG', 'RUS']);
  });
});

describe('a month range with its year is no month alone', () => {
  it('does not date a figure by the first month of a base range ("compared with … in January–April 2023")', () => {
    const text =
      'Statistical Committee of Armenia\n\nYerevan, 10 June 2024\n\nIn January–April 2024 exports of Armenia to Russia amounted to $1.2 billion.\n\nRe-exports of cars to Russia amounted to $40 million, compared with $20 million in January–April 2023.';
    const periods = observations(text).map((o) => [o.quote, o.period]);
    expect(periods).toContainEqual(['$40 million', '2024-01/2024-04']);
  });
});

describe('what is expected, predicted or agreed is no observation', () => {
  it.each([
    ['We expect Armenia’s exports of chips to Russia to exceed $50 million in 2026.', '$50 million'],
    ['Officials predicted that trade between Russia and India could recover to $70 billion next year.', '$70 billion'],
    ['The leaders agreed to double trade between Russia and Vietnam by 2030.', 'double'],
    ['We expect Kazakhstan’s machinery exports to Russia to slow by about 8% next year.', 'about 8%'],
  ])('leaves aside "%s"', (text, quote) => {
    expect(quotes(text)).toEqual([]);
    expect(reasonOf(text, quote)).toBe('forecast');
  });
});

describe('enforcement figures are no supplies', () => {
  it.each([
    ['Georgian exporters have paid fines of $12 million since 2023 for breaking the rules on exports to Russia.'],
    ['A Latvian exporter agreed to pay $2 million to settle violations involving shipments to Russia.'],
    ['Prosecutors have seized approximately $4 million in connection with the exports of chips to Russia.'],
    ['The regulator has imposed penalties of £900,000 on firms exporting machine tools to Russia.'],
  ])('leaves aside the money of "%s"', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    ['Customs officers inspected 800 consignments bound for Russia in May, the ministry said.'],
    ['Border guards seized 40 consignments of chips bound for Russia in the second quarter.'],
    ['Uzbekistan imposed a control on 95 items exported to Russia in 2024.'],
  ])('leaves aside the count of "%s"', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('figures of aid, fire, market size and makers near trade words', () => {
  it('leaves aside aid given per year', () => {
    expect(
      quotes('Canada will continue to provide Ukraine with $2 billion a year in military support, and will cut exports to Russia.'),
    ).toEqual([]);
  });

  it('leaves aside aid "in military support"', () => {
    expect(quotes('Norway has also provided Ukraine with around €40 billion in military support since 2022.')).toEqual([]);
  });

  it('leaves aside shells fired', () => {
    expect(quotes('Russian forces fire an estimated 15,000 shells a day, most of them supplied by North Korea.')).toEqual([]);
  });

  it('leaves aside the size of a market, keeping the imports beside it', () => {
    expect(quotes('Russia’s car market shrank by a quarter in 2024, while imports of cars from China rose 5%.')).toEqual(['5%']);
  });

  it('leaves aside a share of goods by the firms that made them', () => {
    expect(
      quotes('Hong Kong exported $400 million of chips to Russia in 2024. Nearly two-thirds of them were made by American firms.'),
    ).toEqual(['$400 million']);
  });
});

describe('goods of a later clause with its own figure are that figure’s', () => {
  it('keeps the part of "…, and machinery made up 58% of them" from the total before', () => {
    const read = observations(
      'Kazakhstan’s exports to Russia grew 2.4 times between 2021 and 2024, and machine tools made up 31% of them last year.',
    ).map((o) => [o.quote, o.product, o.indicator]);
    expect(read).toEqual([
      ['2.4 times', null, 'export-growth'],
      ['31%', 'machine-tools', 'export-product-share'],
    ]);
  });

  it('keeps the goods of "…, while imports of trucks fell by 40%" from the change before', () => {
    const read = observations(
      'In 2025 Belarus’s exports to Russia were down 6% year on year, while Russia’s imports of Belarusian trucks fell by 40%.',
    ).map((o) => [o.quote, o.product]);
    expect(read[0]).toEqual(['6%', null]);
  });
});

describe('a list of a flow’s parts in one sentence', () => {
  it('gives each share the part named before its own "for", and no product for parts the vocabulary lacks', () => {
    const read = observations(
      'Textiles accounted for 41% of Türkiye’s exports to Russia in 2024, machine tools for 12% and fruit for 9%.',
    ).map((o) => [o.quote, o.product, o.indicator]);
    expect(read).toEqual([
      ['41%', null, 'export-product-share'],
      ['12%', 'machine-tools', 'export-product-share'],
      ['9%', null, 'export-product-share'],
    ]);
  });
});

describe('periods of bases and of other clauses', () => {
  const periods = (text: string) => observations(text).map((o) => [o.quote, o.period]);

  it('dates "the first nine months of the year" by the year spoken of, not by a later base figure’s year', () => {
    const text =
      'Armenia’s exports of machine tools to Russia reached $40 million in September 2025. In the first nine months of the year they totalled $310 million, against $250 million in the same period of 2024.';
    expect(periods(text)).toContainEqual(['$310 million', '2025-01/2025-09']);
  });

  it('dates no figure by the year of "the figure for the same period of 2022"', () => {
    const text =
      'Georgia’s exports of cars to Russia were $900 million in 2025. Its imports of cars from China exceeded $1.1 billion in the first nine months of the year, more than double the figure for the same period of 2022.';
    expect(periods(text)).toContainEqual(['exceeded $1.1 billion', '2025-01/2025-09']);
  });

  it('reads "since the start of 2024" as open from January 2024', () => {
    expect(periods('Iran has sent Russia more than 300 tonnes of gunpowder since the start of 2024, officials said.')).toEqual([
      ['more than 300', '2024-01/..'],
    ]);
  });

  it('leaves a present share no period from a later "and" clause with its own figure', () => {
    const text =
      'China is now the source of about 80% of the bearings Russia imports, the minister said, and Chinese firms have sent Russia more than 500 tonnes of gunpowder since the start of 2023.';
    expect(periods(text)[0]).toEqual(['about 80%', null]);
  });

  it('reads "three times what it sold in 2021" as a base, the change continuing the statistic before', () => {
    const text =
      'In 2024, Türkiye exported $1.2 billion of machinery to Russia, customs data show. That is roughly three times what it sold in 2021.';
    expect(periods(text)).toEqual([
      ['$1.2 billion', '2024'],
      ['roughly three times', '2024'],
    ]);
  });

  it('leaves a base figure’s own year to it, for the other figures of the sentence', () => {
    const text =
      'Kazakhstan’s share of Russia’s machinery imports rose to 9% in 2024 from 4% in 2021, customs data show, while Belarus’s share shrank to 11%.';
    expect(periods(text)).toContainEqual(['11%', '2024']);
  });

  it('dates a change "over the same period" as a span of years by its end', () => {
    const text =
      'EU exports of machine tools to Russia fell by 80% between 2021 and 2024, to €300 million. Over the same period, EU exports of machine tools to Armenia more than tripled.';
    expect(periods(text)).toContainEqual(['more than tripled', '2024']);
  });
});

describe('who gives the figures, in new wordings', () => {
  const attributions = (text: string) => observations(text).map((o) => [o.quote, o.attributed_to]);

  it('gives a transcript answer’s "What I can tell you is that …" to the speaker of the label', () => {
    const text =
      "Foreign Ministry Spokesperson Zhao Ming's Regular Press Conference on May 6, 2025\n\nQ: Do you have a comment on the report?\n\nZhao Ming: I have not seen it. What I can tell you is that China-Russia trade rose 3% last year.\n\nQ: Another question?\n\nZhao Ming: I refer you to the competent authorities.";
    expect(attributions(text)).toEqual([['3%', 'Zhao Ming']]);
  });

  it('reads "he said" after a surname alone as the person named in full before', () => {
    const text =
      'Trade between Russia and India reached $65 billion in 2024, Deputy Minister Pavel Orlov said on Monday.\n\nOrlov acknowledged a slowdown. Imports of Indian medicines fell 12% in the first quarter, he said.';
    expect(attributions(text)).toContainEqual(['12%', 'Orlov']);
  });

  it('gives "Our assessment is that …" in the text’s words', () => {
    expect(attributions('Our assessment is that China now accounts for nearly 70% of Russia’s imports of machine tools.')).toEqual([
      ['nearly 70%', 'Our assessment'],
    ]);
  });
});

describe('a figure “of such goods” takes no goods named later in its sentence', () => {
  it('leaves the goods of a later claim clause to that clause', () => {
    const read = observations(
      'China accounts for nearly 80% of Russia’s imports of such goods, and Chinese firms are very likely providing Russia with machine tools.',
    ).map((o) => [o.quote, o.product]);
    expect(read).toEqual([['nearly 80%', null]]);
  });
});

describe('the source of table rows and of list items', () => {
  const attributions = (text: string) => observations(text).map((o) => [o.quote, o.attributed_to]);

  it('gives every label line of a table the source its heading names, however many rows stand between', () => {
    const text =
      'Table 2. Kazakhstan’s exports of dual-use goods to Russia, 2024 (Kazakh customs data)\nBearings: $40 million\nMachine tools: $25 million\nChips: $12 million\nEngines: $9 million';
    expect(attributions(text).map((a) => a[1])).toEqual([
      'Kazakh customs data',
      'Kazakh customs data',
      'Kazakh customs data',
      'Kazakh customs data',
    ]);
  });

  it('does not carry a bullet’s source to the next bullet', () => {
    const text =
      'Key facts:\n\n- Armenia’s exports of chips to Russia totaled $80 million in 2024, according to Armenian customs data.\n- Russia relied on Armenia for 5 percent of its imports of chips in 2024.';
    expect(attributions(text)).toEqual([
      ['$80 million', 'Armenian customs data'],
      ['5 percent', null],
    ]);
  });
});
