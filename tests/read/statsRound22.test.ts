/**
 * Rules of session 20's second statistics round (docs/reading-history.md "Session 20: stats22"),
 * each read on a small text written for the test (not one of the dev texts, the tuning or validation
 * sets or the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;

describe('values in the currencies of Nordic, Central European and Caucasian statistics offices', () => {
  it('drafts Norwegian kroner written "NOK 1.2 billion" with their currency', () => {
    const obs = read('Norway’s exports to Russia fell to NOK 1.2 billion in 2025, according to Statistics Norway.');
    expect(obs.map((o) => [o.quote, o.unit, o.indicator, o.reporter, o.partner])).toEqual([
      ['NOK 1.2 billion', 'NOK', 'export-value', 'NOR', 'RUS'],
    ]);
  });

  it('drafts Czech crowns and Armenian drams', () => {
    expect(read('Czech exports to Kazakhstan reached CZK 7.5 billion in 2024.').map((o) => [o.unit, o.indicator])).toEqual([
      ['CZK', 'export-value'],
    ]);
    expect(read('Armenia’s exports to Russia were 900 billion drams in 2024.').map((o) => [o.unit, o.indicator])).toEqual([
      ['AMD', 'export-value'],
    ]);
  });
});

describe('a figure with no flow word of its own continues only a statistic of its own paragraph', () => {
  it('does not carry a supply over a paragraph break to a budget line', () => {
    const text =
      'Belarus has supplied thousands of trucks to Russia since 2022.\n\nThe Government will train more border guards and has allocated EUR 20 million in 2027 to export control.';
    expect(read(text).map((o) => o.quote)).toEqual(['thousands']);
  });

  it('carries it over to the next sentence that points back at it', () => {
    const text =
      'Hong Kong’s exports of chips to Russia fell to $200 million in 2024.\n\nThe decline followed a record $450 million in 2023.';
    expect(read(text).map((o) => [o.quote, o.reporter, o.partner, o.period])).toEqual([
      ['$200 million', 'HKG', 'RUS', '2024'],
      ['$450 million', 'HKG', 'RUS', '2023'],
    ]);
  });

  it('still continues it inside the paragraph', () => {
    const text =
      'Hong Kong’s exports of chips to Russia fell to $200 million in 2024. A year earlier they had reached a record $450 million.';
    expect(read(text).map((o) => [o.quote, o.reporter, o.partner])).toEqual([
      ['$200 million', 'HKG', 'RUS'],
      ['$450 million', 'HKG', 'RUS'],
    ]);
  });
});

describe('counts of goods whose noun is a kind of equipment (the noun read by measure.ts, the quote the extractor’s)', () => {
  it('drafts "more than 100 long-range artillery systems" and "2,000 cameras" as counts', () => {
    expect(
      read('North Korea delivered more than 100 long-range artillery systems to Russia in 2024.').map((o) => [o.quote, o.measure]),
    ).toEqual([['more than 100', 'count']]);
    expect(read('Kyrgyz firms delivered 2,000 cameras to Russia in 2025.').map((o) => [o.quote, o.measure, o.partner])).toEqual([
      ['2,000', 'count', 'RUS'],
    ]);
  });
});

describe('a share of the exports of the country the text speaks of', () => {
  it('reads "Russia’s share in our total exports" and "The share of Russia in the country’s total exports" as the partner’s share', () => {
    const ours = 'Türkiye’s exports to the world reached $210 billion in 2025. Russia’s share in our total exports fell to 3.1 percent.';
    expect(read(ours).map((o) => [o.quote, o.indicator, o.reporter, o.partner])).toContainEqual([
      '3.1 percent',
      'export-share',
      'TUR',
      'RUS',
    ]);
    const country = 'Kyrgyzstan’s exports reached $2.9 billion in 2025. The share of Russia in the country’s total exports rose to 38%.';
    expect(read(country).map((o) => [o.quote, o.indicator, o.reporter, o.partner])).toContainEqual(['38%', 'export-share', 'KGZ', 'RUS']);
  });

  it('reads "Russia accounts for about 60% of Belarusian exports" as Belarus’s exports to Russia', () => {
    expect(read('Russia accounts for about 60% of Belarusian exports.').map((o) => [o.indicator, o.reporter, o.partner])).toEqual([
      ['export-share', 'BLR', 'RUS'],
    ]);
  });
});
