/**
 * Rules of session 13's statistics round (docs/reading-history.md "Session 13: stats14"), each read
 * on a small text written for the test (not one of the dev texts, the opened held-out sets or the
 * curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { statisticsAsRead } from './asRead.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const periods = (text: string) => statisticsAsRead(readText(text, lexicon)).map((o) => [o.quote, o.period]);

describe('a report’s lead names the year of its figures', () => {
  it('dates "the January-March period" by the lead’s year, not by the base of its change', () => {
    const text =
      'Armenia’s chip exports to Russia shrink\n\nArmenian exports of chips to Russia shrank in the first three months of 2024, official data showed.\n\nChip exports to Russia came to $14 million in the January-March period, down 40% from the same months of 2023.';
    expect(periods(text)).toEqual([
      ['$14 million', '2024-Q1'],
      ['40%', '2024-Q1'],
    ]);
  });

  it('dates "in the first half" by the lead’s year', () => {
    const text =
      'Kazakhstan sold more machine tools to Russia in 2023, according to trade data.\n\nIn the first half, Kazakh exports of machine tools to Russia reached $31 million.';
    expect(periods(text)).toEqual([['$31 million', '2023-H1']]);
  });

  it('takes no year from a lead that names two', () => {
    const text =
      'Exports of bearings from Georgia to Russia grew in 2022 and again in 2023.\n\nIn the first half, Georgian exports of bearings to Russia reached $9 million.';
    expect(periods(text)).toEqual([['$9 million', null]]);
  });
});

describe('a figure told beside the account does not become "the same period"', () => {
  it('reads "over the same period" after "In May alone …" as the account’s months', () => {
    const text =
      'Exports of microelectronics from Armenia to Russia reached $60 million in January-May 2024. In May alone they came to $15 million. Exports of bearings rose 12% to $8 million over the same period.';
    expect(periods(text)).toEqual([
      ['$60 million', '2024-01/2024-05'],
      ['$15 million', '2024-05'],
      ['12%', '2024-01/2024-05'],
      ['$8 million', '2024-01/2024-05'],
    ]);
  });

  it('reads "over the same period" after a figure in the past perfect as the account’s months', () => {
    const text =
      'Georgian exports of machine tools to Russia fell 30% to $20 million in January-June 2025. In 2022 such exports had peaked at $90 million. Over the same period, Georgian exports of bearings to Russia doubled.';
    expect(periods(text)).toEqual([
      ['30%', '2025-H1'],
      ['$20 million', '2025-H1'],
      ['$90 million', '2022'],
      ['doubled', '2025-H1'],
    ]);
  });

  it('still reads "over the same period" after a figure of its own as that figure’s', () => {
    const text =
      'Exports of chips from Armenia to Russia reached $60 million in 2024. In May 2025 they came to $15 million. Exports of bearings rose to $8 million over the same period.';
    expect(periods(text)[2]).toEqual(['$8 million', '2025-05']);
  });
});

describe('"in the eight months" is the account’s eight months', () => {
  it('reads "in the nine months" after "in the first nine months of 2024 alone" as those months, not the account since the war', () => {
    const text =
      'Georgian exports to Russia have totalled $5 billion since the start of the war. In the first nine months of 2024 alone they reached $1.5 billion. Cars made up 40% of Georgia’s exports to Russia in the nine months.';
    expect(periods(text)[2]).toEqual(['40%', '2024-01/2024-09']);
  });

  it('dates a figure far from the statistic before by the months it counts', () => {
    const text =
      'Exports of bearings from Turkey to Russia fell 20% to $40 million in January-August 2025.\n\nOfficials said the figures showed that controls worked. They said banks had turned away payments. Traders disagreed.\n\nTurkey’s overall exports to Russia fell 9% to $6 billion in the eight months.';
    expect(periods(text).slice(2)).toEqual([
      ['9%', '2025-01/2025-08'],
      ['$6 billion', '2025-01/2025-08'],
    ]);
  });

  it('gives no period when the months counted are not the account’s', () => {
    const text =
      'Exports of bearings from Turkey to Russia fell 20% to $40 million in January-June 2025.\n\nOfficials said the figures showed that controls worked. They said banks had turned away payments. Traders disagreed.\n\nTurkey’s overall exports to Russia fell 9% to $6 billion in the eight months.';
    expect(periods(text).slice(2)).toEqual([
      ['9%', null],
      ['$6 billion', null],
    ]);
  });
});

describe('a sentence with no figure and no time between two figures keeps the account’s period', () => {
  it('continues the year of a release over "X remained the largest partner."', () => {
    const text =
      'The foreign trade turnover of Armenia in 2024 amounted to $20 billion. Imports amounted to $8 billion.\n\nRussia remained Armenia’s largest trading partner. Imports from Russia amounted to $3 billion.';
    expect(periods(text)).toContainEqual(['$3 billion', '2024']);
  });

  it('does not continue it into a new paragraph over the last sentence of the one before', () => {
    const text =
      'Armenia’s imports of machine tools from China rose to $90 million in 2024. Officials welcomed the news.\n\nArmenia’s imports of bearings from China reached $5 million.';
    expect(periods(text)).toContainEqual(['$5 million', null]);
  });

  it('does not continue it over a sentence that names a time of its own', () => {
    const text =
      'The foreign trade turnover of Armenia in 2024 amounted to $20 billion. Imports amounted to $8 billion.\n\nLast year Russia remained Armenia’s largest trading partner. Imports from Russia amounted to $3 billion.';
    expect(periods(text)).toContainEqual(['$3 billion', null]);
  });
});

const read = (text: string) => statisticsAsRead(readText(text, lexicon));
const sidesOf = (text: string) => read(text).map((o) => [o.quote, o.flow, o.reporter, o.partner]);

describe('a sentence that only gives a base is told beside the account', () => {
  it('continues the period before "That compares with N% in 2021." into the sentence after it', () => {
    const text =
      'Kazakhstan supplied about 60% of the bearings Russia imported in 2024, the institute estimates. That compares with 10% in 2021. Kazakhstan’s share of Russia’s machine tool imports rose to 12%, the institute estimates.';
    expect(periods(text)).toEqual([
      ['about 60%', '2024'],
      ['10%', '2021'],
      ['12%', '2024'],
    ]);
  });
});

describe('sides', () => {
  it('reads "X’s own share of Y’s imports" as a share of Y’s imports from X', () => {
    expect(sidesOf('Armenia’s own share of Russia’s chip imports fell to 3% in 2024.')).toEqual([['3%', 'import', 'RUS', 'ARM']]);
  });

  it('reads firms of a country that buy as its importers ("Kyrgyz traders bought … Chinese trucks")', () => {
    expect(sidesOf('Kazakh traders bought at least 2,000 Chinese trucks in 2024.')).toEqual([['at least 2,000', 'import', 'KAZ', 'CHN']]);
  });

  it('still reads firms of a country that sell as its exporters', () => {
    expect(sidesOf('Chinese traders sold at least 2,000 trucks to Russia in 2024.')[0]?.slice(2)).toEqual(['CHN', 'RUS']);
  });

  it('ends the figure’s clause at ", even as": a country there owns no flow of the figure', () => {
    expect(sidesOf('Exports of U.S.-origin chips to Georgia rose 30% in 2024, even as Georgia’s own chip industry shrank.')).toEqual([
      ['30%', 'export', 'USA', 'GEO'],
    ]);
  });
});

describe('attribution', () => {
  it('reads the body after an inverted "estimates" as the source', () => {
    const text =
      'Together, China and Hong Kong supplied about 80% of the chips Russia imported in 2024, estimates the Riga-based Institute for Trade Studies, which tracks customs declarations.';
    expect(read(text)[0]?.attributed_to).toBe('the Riga-based Institute for Trade Studies');
  });

  it('reads who counted shipments as their source', () => {
    const text = 'The institute counted 900 shipments of chips from Armenia to Russia in 2024.';
    expect(read(text)[0]?.attributed_to).toBe('The institute');
  });
});

describe('goods that are not a total’s own', () => {
  const products = (text: string) => read(text).map((o) => [o.quote, o.product]);

  it('gives a pair’s whole trade no goods of the statistic before', () => {
    const text =
      'Kazakhstan sold 9,000 trucks to Russia in 2024, up from 5,000 a year earlier. Trade between the two countries reached $28 billion in 2024.';
    expect(products(text)[2]).toEqual(['$28 billion', null]);
  });

  it('gives a total no goods named in a later clause of another flow', () => {
    expect(products('Armenia’s exports to Russia fell 5% to $4 billion in 2024, while imports of Russian oil rose.')).toEqual([
      ['5%', null],
      ['$4 billion', null],
    ]);
  });

  it('gives a total no goods named as its contents ("and most of it is …")', () => {
    expect(products('Georgia-Russia trade was $2.5 billion in 2024, and most of it is wine, cars and fuel.')).toEqual([
      ['$2.5 billion', null],
    ]);
  });

  it('still reads goods named in the figure’s own clause', () => {
    expect(products('Armenia’s exports of cars to Russia fell 5% to $400 million in 2024, while imports of Russian gas rose.')[1]).toEqual([
      '$400 million',
      'vehicles',
    ]);
  });
});

describe('periods named by their relation to the figures before', () => {
  it('reads "more than double the volume of 2023" as a base that dates nothing', () => {
    expect(periods('Russia’s imports of bearings from China reached 900 tonnes in 2024, more than double the volume of 2023.')).toEqual([
      ['900', '2024'],
      ['more than double', '2024'],
    ]);
  });

  it('reads "in the quarter" after a figure of March as the first quarter', () => {
    const text =
      'In the first quarter of 2025, Armenia’s exports of chips to Russia fell 10%, to $40 million. They recovered to $16 million in March.\n\nArmenia’s imports of machine tools from China, by contrast, rose 20% in the quarter.';
    expect(periods(text).at(-1)).toEqual(['20%', '2025-Q1']);
  });
});

describe('a Commons record’s labels', () => {
  const text =
    'Trade: Sanctions Evasion\n\n1. Ms Jane Hollis (Ludlow) (Con): What recent assessment has been made of exports to Russia?\n\nThe Minister for Trade (Peter Lowe): HMRC data show that UK exports to Russia fell by 70% in 2024. UK exports of bearings to Georgia rose to £12 million in 2024.\n\nMs Hollis: I thank the Minister.\n\nPeter Lowe: We keep this under review.';

  it('gives a figure no words credit to the member in brackets after the office, not to a title line', () => {
    expect(read(text).map((o) => [o.quote, o.attributed_to])).toEqual([
      ['70%', 'HMRC data'],
      ['£12 million', 'Peter Lowe'],
    ]);
  });
});
