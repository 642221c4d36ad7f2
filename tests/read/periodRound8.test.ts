/**
 * Rules of session 8's periods round (docs/reading-history.md "Session 8: periods round"): each read on a
 * small text written for the test, with wording other than the p8- development texts'.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { cumulativeMonth } from '../../pipeline/read/cumulativeMonths.js';
import { ROOT } from './score.js';
import { statisticsAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
/** Drafted, or left aside as out of scope (goods from Russia) with their reading. */
const observations = (text: string): ReadObservation[] => statisticsAsRead(readText(text, lexicon));
const periodOf = (text: string, quote: string) => observations(text).find((o) => o.quote === quote)?.period;

describe('running totals up to a month (session 8)', () => {
  it('reads "through August" without a year as January to August of the year the text was written', () => {
    const text =
      'ALMATY, 10 October 2024 (Wire) — Kazakhstan’s exports to Russia reached $5.8 billion through August, the statistics bureau said.';
    expect(periodOf(text, '$5.8 billion')).toBe('2024-01/2024-08');
  });

  it('reads "as of May … this year" as January to May, not January to the text’s month', () => {
    const text =
      'Media Note\n\nSeptember 3, 2024\n\nAs of May, China supplied some 70% of Russia’s imports of machine tools this year, U.S. officials said.';
    expect(periodOf(text, 'some 70%')).toBe('2024-01/2024-05');
  });

  it('dates a change by the running total, not by the base year after it', () => {
    const text =
      'Published 20 November 2024\n\nGeorgia’s exports to Russia totalled $610 million through October, down 8% from the same months of 2023, the statistics office said.';
    expect(periodOf(text, '$610 million')).toBe('2024-01/2024-10');
    expect(periodOf(text, '8%')).toBe('2024-01/2024-10');
  });

  it('leaves a window ("the 12 months through June") and a span ("January through March") to their own rules', () => {
    expect(cumulativeMonth('in the 12 months through June')).toBeUndefined();
    expect(cumulativeMonth('from January through March')).toBeUndefined();
    expect(cumulativeMonth('exports through September 2024')).toBeUndefined();
    expect(cumulativeMonth('exports through September')?.last).toBe(9);
  });
});

describe('windows relative to the text’s date (session 8)', () => {
  it('reads "over the last 12 months" as the twelve months up to the text’s month', () => {
    const text =
      'TBILISI, 14 March 2025 (Wire) — Over the last 12 months, Georgia’s imports of cars from China totalled $1.4 billion, the customs service said.';
    expect(periodOf(text, '$1.4 billion')).toBe('2024-04/2025-03');
  });

  it('reads "the year ended June 30, 2024" as the twelve months to June 2024', () => {
    const text = 'India’s imports of Russian fertiliser rose 40% in the year ended June 30, 2024, the commerce ministry said.';
    expect(periodOf(text, '40%')).toBe('2023-07/2024-06');
  });

  it('reads "the first three months of the year" with the year of the text', () => {
    const text =
      'SEOUL, 12 May 2024 (Wire) — In the first three months of the year, South Korea’s exports to Russia were $610 million, trade data show.';
    expect(periodOf(text, '$610 million')).toBe('2024-Q1');
  });
});

describe('months without a year (session 8)', () => {
  it('reads "the October-December period" with the year of the figures before', () => {
    const text =
      'Turkish exports to Russia fell 20% in 2023, the institute said. In the October-December period, such exports were $2.1 billion, the institute said.';
    expect(periodOf(text, '$2.1 billion')).toBe('2023-Q4');
  });

  it('keeps "from January to May" as the change’s period when it is compared with the same months a year before', () => {
    const text =
      'YEREVAN, 20 June 2024 (Wire) — Armenia’s imports from China grew 33% from January to May compared with the same period a year earlier, the committee said.';
    expect(periodOf(text, '33%')).toBe('2024-01/2024-05');
  });

  it('dates "over the same months a year earlier" a year before the statistic before', () => {
    const text =
      'HANOI, 9 April 2024 (Wire) — In the first quarter of 2024, Vietnam’s exports to Russia were $380 million, customs data show. Over the same months a year earlier they had been $290 million, the data show.';
    expect(periodOf(text, '$290 million')).toBe('2023-Q1');
  });

  it('reads "over those two years" after a change between two years as both years', () => {
    const text =
      'Between 2022 and 2023, Armenia’s imports of chips from China rose 90%, the data show. Over those two years, such imports came to $310 million, the data show.';
    expect(periodOf(text, '$310 million')).toBe('2022-01/2023-12');
  });

  it('reads "over the whole year" after figures of one year’s halves as that year', () => {
    const text =
      'China’s exports of bearings to Russia were $300 million in the first half of 2023, our tracker shows. Over the whole year, Russia took 35% of China’s bearing exports, our tracker shows.';
    expect(periodOf(text, '35%')).toBe('2023');
  });
});

describe('periods of bases (session 8)', () => {
  it('keeps the period of a level that follows a change over the pre-war level', () => {
    const text =
      'Published 2 February 2025\n\nRussia’s imports of lathes from Taiwan rose 55% last year over the pre-war level, to $48 million, our review shows.';
    expect(periodOf(text, '$48 million')).toBe('2024');
  });

  it('takes no year for a half without one from a figure in an aside of its sentence', () => {
    const text =
      'TOKYO, 5 September 2024 (Wire) — Japan’s exports of machinery to Russia, which had made up 40% of the total in 2021, fell 30% in the first half, the ministry said.';
    expect(periodOf(text, '30%')).toBe('2024-H1');
  });

  it('still gives no period to a level said to be before the war', () => {
    const text = 'Russia imported lathes worth $20 million before the war, our review shows.';
    expect(periodOf(text, '$20 million')).toBeNull();
  });
});
