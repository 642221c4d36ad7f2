/**
 * Rules of session 7's periods round (docs/reading-history.md "Session 7: periods round"): each read on a
 * small text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';
import { statisticsAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
/** Drafted, or left aside as out of scope (goods from Russia) with their reading. */
const observations = (text: string): ReadObservation[] => statisticsAsRead(readText(text, lexicon));
const periodOf = (text: string, quote: string) => observations(text).find((o) => o.quote === quote)?.period;
const sidesOf = (text: string, quote: string) => {
  const o = observations(text).find((x) => x.quote === quote);
  return o && { reporter: o.reporter, partner: o.partner };
};

describe('periods relative to the text’s date (session 7)', () => {
  it('reads "the 12 months to June" with no year as the twelve months up to the last June before the text', () => {
    const text =
      'OSLO, 22 July 2024 (Wire) — In the 12 months to June, Russia’s imports from Norway totalled $5.2 billion, Russian customs data show.';
    expect(periodOf(text, '$5.2 billion')).toBe('2023-07/2024-06');
  });

  it('reads "the year to September" in October as the year ending that September, and in August as the one before', () => {
    const text = (date: string) =>
      `TASHKENT, ${date} (Wire) — In the year to September, Uzbekistan sold $1.2 billion of machinery to Russia, the agency said.`;
    expect(periodOf(text('28 October 2024'), '$1.2 billion')).toBe('2023-10/2024-09');
    expect(periodOf(text('28 August 2024'), '$1.2 billion')).toBe('2022-10/2023-09');
  });

  it('reads "over the past two years" as the 24 months up to the text’s month, not as a change’s base', () => {
    const text =
      'ALMATY, 5 August 2024 (Wire) — Exports of machinery from Kazakhstan to Russia rose 18% in March. Over the past two years, Kazakhstan exported $3.1 billion of machinery to Russia, the bureau said.';
    expect(periodOf(text, '$3.1 billion')).toBe('2022-09/2024-08');
  });
});

describe('open periods (session 7)', () => {
  it('reads a share "since the invasion" as from February 2022 with an open end, and a change since it as undated', () => {
    const text =
      'Since the invasion, China has supplied about 90% of the microelectronics Russia imports, our analysis finds. Since the start of the full-scale war, Russia’s imports of machine tools from China have increased by 64%.';
    expect(periodOf(text, 'about 90%')).toBe('2022-02/..');
    expect(periodOf(text, '64%')).toBeNull();
  });
});

describe('periods written without a year (session 7)', () => {
  it('does not give "January–June" the year of a base ("their 2021 level"), but the last such months before the text’s date', () => {
    const text =
      'BRUSSELS, 18 September 2024 — EU exports of machinery to Kyrgyzstan totalled €470 million in January–June, Eurostat data show, more than five times their 2021 level.';
    expect(periodOf(text, '€470 million')).toBe('2024-H1');
    expect(periodOf(text, 'more than five times')).toBe('2024-H1');
  });

  it('still gives "January–June" the year of its sentence when that year is no base', () => {
    const text =
      'BRUSSELS, 18 September 2024 — EU exports of machinery to Kyrgyzstan totalled €470 million in January–June 2023, Eurostat data show.';
    expect(periodOf(text, '€470 million')).toBe('2023-H1');
  });
});

describe('months without a year and the same months of another year (session 7)', () => {
  it('reads "in January and February" as the two months, and "the same months of 2024" as those months in 2024', () => {
    const text =
      'YEREVAN, 12 March 2025 (Wire) — Armenia’s exports to Russia made up about 40% of its exports in January and February, up from 35% in the same months of 2024.';
    expect(periodOf(text, 'about 40%')).toBe('2025-01/2025-02');
    expect(periodOf(text, '35%')).toBe('2024-01/2024-02');
  });

  it('reads "the same months of 2023" after "so far this year" as January to the text’s month of 2023', () => {
    const text =
      'HONG KONG, 30 August 2024 — Hong Kong’s exports of integrated circuits to Russia have fallen to $240 million so far this year, from $610 million in the same months of 2023, official figures show.';
    expect(periodOf(text, '$240 million')).toBe('2024-01/2024-08');
    expect(periodOf(text, '$610 million')).toBe('2023-01/2023-08');
  });
});

describe('a period in the headline only (session 7)', () => {
  it('gives the headline’s year to the figures of an undated text that name no period', () => {
    const text =
      'China-Russia trade hits record in 2023\n\nTrade between China and Russia reached $240 billion, according to Chinese customs. Russia’s exports of crude oil to China climbed to $60.6 billion.';
    expect(periodOf(text, '$240 billion')).toBe('2023');
    expect(periodOf(text, '$60.6 billion')).toBe('2023');
  });

  it('leaves the figures undated when the headline is a sentence or the year is a start ("since 2022")', () => {
    const sentence =
      'China-Russia trade hit a record in 2023.\n\nTrade between China and Russia reached $240 billion, according to Chinese customs.';
    const since =
      'China-Russia trade has grown since 2022\n\nTrade between China and Russia reached $240 billion, according to Chinese customs.';
    expect(periodOf(sentence, '$240 billion')).toBeNull();
    expect(periodOf(since, '$240 billion')).toBeNull();
  });
});

describe('countries that name a list (session 7)', () => {
  it('gives no side of the flow to the country whose list names the goods ("the EU’s common high priority list")', () => {
    const text = 'Kazakhstan exported $3.1 billion of goods on the EU’s common high priority list to Russia in 2023, analysts estimate.';
    expect(sidesOf(text, '$3.1 billion')).toEqual({ reporter: 'KAZ', partner: 'RUS' });
  });
});

describe('a share’s base names its flow (session 7)', () => {
  it('reads "Russia bought 40% of Armenia’s exports" as a share of Armenia’s exports, and "of Russia’s imports" as an import share', () => {
    const flowOf = (text: string, quote: string) => observations(text).find((o) => o.quote === quote)?.flow;
    expect(flowOf('Russia bought about 40% of Armenia’s exports in 2024, the committee said.', 'about 40%')).toBe('export');
    expect(flowOf('China sold 45% of Russia’s imports of machine tools in 2024, the institute said.', '45%')).toBe('import');
  });
});

describe('"over the same period" carries a period, not goods (session 7)', () => {
  it('gives the period of the statistic before but not its product to a figure with other countries', () => {
    const text =
      'EU exports of machine tools to Kyrgyzstan totalled €470 million in 2024, Eurostat data show. Kyrgyzstan’s imports from China rose 30% over the same period, the statistics committee said.';
    const o = observations(text).find((x) => x.quote === '30%');
    expect(o?.period).toBe('2024');
    expect(o?.product).toBeNull();
  });
});

describe('"over the period" (session 7)', () => {
  it('gives a share "over the period" the period of the statistic before, and its base figure its own year', () => {
    const text =
      'HELSINKI, 20 November 2024 (Wire) — Russia’s imports from China fell 4% year on year in January–October, BOFIT estimates. China’s share of Russia’s imports stood at 54% over the period, up from 51% in 2023.';
    expect(periodOf(text, '54%')).toBe('2024-01/2024-10');
    expect(periodOf(text, '51%')).toBe('2023');
  });
});
