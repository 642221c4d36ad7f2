/**
 * Rules of session 14's statistics round (docs/reading-history.md "Session 14: stats15"): what the
 * reader decides when a figure's own words leave a field unsaid, each read on a small text written
 * for the test (not one of the dev texts, the tuning or validation sets or the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { statisticsAsRead } from './asRead.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const sides = (text: string) => statisticsAsRead(readText(text, lexicon)).map((o) => [o.quote, o.reporter, o.partner]);

describe('a trade figure with no reporter in its words takes the country its paragraph places it in', () => {
  it('reads a firm’s exports as those of the one country the paragraph places it in', () => {
    const text =
      'Lodestar Components is a firm based in Kazakhstan. It supplies Russian buyers with machine tools. Its exports to Russia reached $12 million in 2024.';
    expect(sides(text)).toEqual([['$12 million', 'KAZ', 'RUS']]);
  });

  it('leaves the reporter open when the paragraph names two countries besides the partner', () => {
    const text =
      'Lodestar Components has offices in Kazakhstan and in Armenia. It supplies Russian buyers with machine tools. Its exports to Russia reached $12 million in 2024.';
    expect(sides(text)).toEqual([['$12 million', null, 'RUS']]);
  });

  it('gives the figures after it no reporter to continue', () => {
    const text =
      'Moscow cannot make optical parts at home. Imports of optical components from China quadrupled in 2024, to $16 million. Shipments were worth $2 million a month in 2024.';
    const reading = readText(text, lexicon);
    expect(reading.observations.map((o) => [o.quote, o.reporter])).toEqual([
      ['quadrupled', 'RUS'],
      ['$16 million', 'RUS'],
      ['$2 million', null],
    ]);
  });

  it('does not read a country of an earlier paragraph', () => {
    const text =
      'Lodestar Components is a firm based in Kazakhstan.\n\nIt supplies Russian buyers with machine tools. Its exports to Russia reached $12 million in 2024.';
    expect(sides(text)).toEqual([['$12 million', null, 'RUS']]);
  });
});

describe('a figure no words give a reporter takes the country the text is about', () => {
  it('reads an import with its partner named as the import of the country the text names most', () => {
    const text =
      'Russia has turned east for its machine tools. Russia now buys most of them abroad.\n\nImports from China rose 40% in 2024.';
    expect(sides(text)).toEqual([['40%', 'RUS', 'CHN']]);
  });

  it('reads exports to Russia as those of the country the text names most', () => {
    const text = 'Kazakhstan has become a hub. Kazakhstan trades with everyone.\n\nExports to Russia of machine tools rose 40% in 2024.';
    expect(sides(text)).toEqual([['40%', 'KAZ', 'RUS']]);
  });

  it('leaves it open when two countries are named as often', () => {
    const text =
      'Kazakhstan has become a hub. Kazakhstan trades with everyone. Georgia too. Georgia also trades.\n\nExports to Russia of machine tools rose 40% in 2024.';
    expect(sides(text)).toEqual([['40%', null, 'RUS']]);
  });

  it('does not take a country named once, in a later clause with its own figure', () => {
    const text =
      'Sanctions have reshaped who sells machine tools to Russia. Exports to Russia of machine tools fell 30% in 2023, while shipments from Taiwan to Russia dropped by half.';
    expect(sides(text)[0]).toEqual(['30%', null, 'RUS']);
  });

  it('leaves it open after statistics of two reporters', () => {
    const text =
      'Kazakhstan is a hub. Kazakhstan’s exports to Russia rose 9% in 2023. Germany’s exports to Kazakhstan rose 20%.\n\nBuyers were wary. Traders said so. Prices rose.\n\nExports to Russia of bearings fell 3% in 2024.';
    expect(sides(text)[2]).toEqual(['3%', null, 'RUS']);
  });

  it('never makes Russia the exporter by default', () => {
    const text = 'Russia is big. Russia trades. Russia grows. Armenia grows.\n\nExports to Armenia of machine tools rose 40% in 2024.';
    expect(sides(text)).toEqual([['40%', null, 'ARM']]);
  });

  it('gives the figures after it no reporter to continue', () => {
    const text =
      'Russia has turned east for its machine tools. Russia now buys most of them abroad. China sells them.\n\nTrade with Armenia reached $2 billion in 2024. Exports rose 10%.';
    const read = sides(text);
    expect(read[0]).toEqual(['$2 billion', 'RUS', 'ARM']);
    expect(read[1]?.[1]).not.toBe('RUS');
  });
});
