/**
 * Rules of session 18's statistics round (docs/reading-history.md "Session 18: period19"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const periods = (text: string) => read(text).map((o) => [o.quote, o.period]);

describe('a change’s base worded "than in the same period last year" dates no figure', () => {
  it('keeps the running months for a change "than in the same period last year"', () => {
    const text =
      'Riga, 4 December 2026\n\nIn January–October 2026, Latvia’s exports to Russia amounted to EUR 310 million, 9.5 percent more than in the same period last year.';
    expect(periods(text)).toEqual([
      ['EUR 310 million', '2026-01/2026-10'],
      ['9.5 percent', '2026-01/2026-10'],
    ]);
  });

  it('keeps the period before for "twice as many as in the same months of last year"', () => {
    const text =
      'Almaty, 2 November 2026\n\nIn the first nine months of 2026, Kazakhstan’s imports of trucks from China reached $2.1 billion. Dealers bought 8,400 Chinese trucks, twice as many as in the same months of last year.';
    expect(periods(text)).toEqual([
      ['$2.1 billion', '2026-01/2026-09'],
      ['8,400', '2026-01/2026-09'],
      ['twice', '2026-01/2026-09'],
    ]);
  });

  it('reads "down 7% from the same period last year" as the base, without "of"', () => {
    const text =
      'Seoul, 20 October 2026\n\nKorea’s exports to Russia in January–September this year were $1.9 billion, down 7% from the same period last year.';
    expect(periods(text)).toEqual([
      ['$1.9 billion', '2026-01/2026-09'],
      ['7%', '2026-01/2026-09'],
    ]);
  });

  it('still dates a figure by "last year" where it is no base', () => {
    const text = 'Riga, 4 December 2026\n\nLatvia’s exports to Russia amounted to EUR 410 million last year.';
    expect(periods(text)).toEqual([['EUR 410 million', '2025']]);
  });
});

describe('a multiple of "the value recorded in" a month is a base', () => {
  it('continues the month before for a value and its multiple', () => {
    const text =
      'Tallinn, 25 November 2026\n\nIn September 2026, Estonia’s exports of bearings to Russia were EUR 4 million. Exports of machine tools to Russia amounted to EUR 2 million, more than twice the value recorded in September 2025.';
    expect(periods(text)).toEqual([
      ['EUR 4 million', '2026-09'],
      ['EUR 2 million', '2026-09'],
      ['more than twice', '2026-09'],
    ]);
  });
});

describe('"a year earlier" as a change’s base moves no later figure of its sentence', () => {
  it('keeps the period for a share after "4% less than a year earlier"', () => {
    const text =
      'Foreign trade of Armenia in January-September 2026\n\nYerevan, 20 October 2026\n\nArmenia’s exports to Russia amounted to USD 2,310 million in January-September 2026. Exports to China amounted to USD 412.5 million, 4.0% less than a year earlier, and accounted for 8.2% of Armenia’s total exports.';
    expect(periods(text)).toEqual([
      ['USD 2,310 million', '2026-01/2026-09'],
      ['USD 412.5 million', '2026-01/2026-09'],
      ['4.0%', '2026-01/2026-09'],
      ['8.2%', '2026-01/2026-09'],
    ]);
  });

  it('still moves the period for "The following year"', () => {
    const text = 'Turkey’s exports of machinery to Russia reached $1.2 billion in 2023. The following year they reached $1.5 billion.';
    expect(periods(text)).toEqual([
      ['$1.2 billion', '2023'],
      ['$1.5 billion', '2024'],
    ]);
  });
});

describe('a year written split over two is a fiscal year as its country counts it (curation.md, convention 8)', () => {
  it('reads a UK or Indian "2024/25" and "2023-24" as April to March', () => {
    expect(periods('HMRC data show that UK exports to Armenia were worth £95 million in 2024/25.')).toEqual([
      ['£95 million', '2024-04/2025-03'],
    ]);
    expect(periods('India’s exports of machinery to Russia were about $610 million in 2023-24.')).toEqual([
      ['about $610 million', '2023-04/2024-03'],
    ]);
  });

  it('reads an Australian "2023–24 financial year" as July to June', () => {
    expect(periods('Australia’s exports to Russia were A$12 million in the 2023–24 financial year.')).toEqual([
      ['A$12 million', '2023-07/2024-06'],
    ]);
  });

  it('leaves two calendar years written in full a span', () => {
    expect(periods('India’s exports of machinery to Russia were about $1.1 billion in 2022-2023.')).toEqual([
      ['about $1.1 billion', '2022/2023'],
    ]);
  });
});

describe('relative months: "April to September of this year", "over ten months of this year"', () => {
  it('reads months joined by "to" before "of this year"', () => {
    const text = 'New Delhi, 14 November 2026\n\nIndia’s exports to Russia in April to September of this year increased by 6 percent.';
    expect(periods(text)).toEqual([['6 percent', '2026-04/2026-09']]);
  });

  it('reads "over eight months of this year" without "first"', () => {
    const text =
      'Novosibirsk, 3 October 2026\n\nOver eight months of this year, the region’s imports from China grew by 12% to 640 million dollars.';
    expect(periods(text)).toEqual([
      ['12%', '2026-01/2026-08'],
      ['640 million dollars', '2026-01/2026-08'],
    ]);
  });
});

describe('"mechanical and electrical products" are machinery', () => {
  it('gives a value of them the machinery id', () => {
    const text = 'In 2025, China’s exports of mechanical and electrical products to Russia reached 410 billion yuan.';
    expect(read(text).map((o) => [o.quote, o.product])).toEqual([['410 billion yuan', 'machinery']]);
  });
});

describe('a target or a modal "pass" is a forecast; what a settlement covers is no share of goods', () => {
  const ignored = (text: string) => readText(text, lexicon).ignored.map((i) => [i.quote, i.reason]);

  it('leaves aside a figure a plan is "aiming to" reach and one that "could pass"', () => {
    const text =
      'In 2025, Kazakhstan’s trade with China reached $44 billion. The government adopted a plan for 2026–2030, aiming to raise trade with China to $60 billion by 2030. On current trends, China’s share of Kazakhstan’s imports could pass 40% by 2028.';
    expect(read(text).map((o) => o.quote)).toEqual(['$44 billion']);
    expect(ignored(text)).toEqual(
      expect.arrayContaining([
        ['$60 billion', 'forecast'],
        ['40%', 'forecast'],
      ]),
    );
  });

  it('leaves aside the share a settlement in local currencies covers, and keeps a share of trade', () => {
    const text =
      'In 2025, Mongolia’s exports to Russia reached $180 million, and Russia accounted for 4% of Mongolia’s exports. The banks support the settlement of trade in national currencies, which already covers more than 90% of the trade with Russia.';
    expect(read(text).map((o) => o.quote)).toEqual(['$180 million', '4%']);
  });
});

describe('a quarter the text speaks of: "Q3" without a year, a base "its 2023 quarterly average", "the figure for Q3 2025"', () => {
  it('dates "in Q3" by the year of the figures before, and passes a base qualified by "quarterly average"', () => {
    const text =
      'Posted 2 December 2026\n\nWe counted 12,100 shipments of CHPL goods from China to Russia in Q3 2026. Macau added another 300 shipments, less than half its 2024 quarterly average.\n\nShipments of CHPL goods from Uzbekistan to Russia dropped to about 410 in Q3, nearly half the figure for Q3 2025.';
    expect(periods(text)).toEqual([
      ['12,100', '2026-Q3'],
      ['300', '2026-Q3'],
      ['less than half', '2026-Q3'],
      ['about 410', '2026-Q3'],
      ['nearly half', '2026-Q3'],
    ]);
  });
});

describe('"in the quarter" after a figure is the quarter the text last named', () => {
  it('dates a later section’s figure by the quarter, past the base beside it', () => {
    const text =
      'Posted 1 December 2026\n\n1. China\n\nChina’s exports of CHPL items to Russia were worth $2.2 billion in the third quarter of 2026.\n\n2. Serbia\n\nSerbian exports of CHPL items to Russia fell to $14 million in the quarter from $52 million in the third quarter of 2023.';
    expect(periods(text)).toEqual([
      ['$2.2 billion', '2026-Q3'],
      ['$14 million', '2026-Q3'],
      ['$52 million', '2023-Q3'],
    ]);
  });
});
