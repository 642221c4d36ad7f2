/**
 * Tables and lists written in text (pipeline/read/tables.ts, tableCell.ts), each read on a small
 * text written for the test (not one of the dev texts, the tuning or validation sets or the curated
 * sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const rows = (text: string) =>
  readText(text, lexicon).observations.map((o) => [o.quote, o.indicator, o.reporter, o.partner, o.product, o.period, o.value]);

describe('a table written in text is read caption once, row by row', () => {
  it('reads a pipe table with a header line: the row’s country is the partner, each column its measure', () => {
    const text =
      'Notes from the Baltic Trade Desk\n\nRussia’s imports of machine tools by country of origin, 2025\n\nCountry | Value (USD million) | Share | Change on 2024\nChina | 1,240 | 74% | +12%\nTaiwan | 210 | 13% | -8%\nAll countries | 1,680 | 100% | +3%\n\nThe desk updates these figures every quarter.';
    expect(rows(text)).toEqual([
      ['1,240', 'import-value', 'RUS', 'CHN', 'machine-tools', '2025', 1_240_000_000],
      ['74%', 'import-share', 'RUS', 'CHN', 'machine-tools', '2025', 74],
      ['12%', 'import-growth-percent', 'RUS', 'CHN', 'machine-tools', '2025', 12],
      ['210', 'import-value', 'RUS', 'TWN', 'machine-tools', '2025', 210_000_000],
      ['13%', 'import-share', 'RUS', 'TWN', 'machine-tools', '2025', 13],
      ['-8%', 'import-growth-percent', 'RUS', 'TWN', 'machine-tools', '2025', -8],
      ['1,680', 'import-value', 'RUS', 'WLD', 'machine-tools', '2025', 1_680_000_000],
      ['3%', 'import-growth-percent', 'RUS', 'WLD', 'machine-tools', '2025', 3],
    ]);
  });

  it('reads a Markdown table, its rule under the header left out', () => {
    const text =
      'Russia’s imports of ball bearings by country of origin, 2025\n\n| Country | Share |\n|---|---|\n| China | 81% |\n| Japan | 3% |';
    expect(rows(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['81%', 'import-share', 'CHN'],
      ['3%', 'import-share', 'JPN'],
    ]);
  });

  it('leaves the total’s share of itself aside', () => {
    const text =
      'Russia’s imports of machine tools by country of origin, 2025\nCountry | Value (USD million) | Share\nChina | 1,240 | 74%\nTotal | 1,680 | 100%';
    const reading = readText(text, lexicon);
    expect(reading.observations.map((o) => o.quote)).not.toContain('100%');
    expect(reading.ignored.find((i) => i.quote === '100%')?.note).toBe('the total’s share of itself');
  });

  it('reads rows "Country: value; share; change" under a caption that lists its columns in brackets', () => {
    const text =
      'Kazakhstan’s exports of ball bearings by destination, 2025 (USD million; share of total; change on 2024)\nRussia: 88; 61%; +40%\nUzbekistan: 21; 15%; -3%';
    expect(rows(text)).toEqual([
      ['88', 'export-value', 'KAZ', 'RUS', 'ball-bearings', '2025', 88_000_000],
      ['61%', 'export-share', 'KAZ', 'RUS', 'ball-bearings', '2025', 61],
      ['40%', 'export-growth-percent', 'KAZ', 'RUS', 'ball-bearings', '2025', 40],
      ['21', 'export-value', 'KAZ', 'UZB', 'ball-bearings', '2025', 21_000_000],
      ['15%', 'export-share', 'KAZ', 'UZB', 'ball-bearings', '2025', 15],
      ['-3%', 'export-growth-percent', 'KAZ', 'UZB', 'ball-bearings', '2025', -3],
    ]);
  });

  it('reads the countries of an export table whose caption names the destination as the exporters', () => {
    const text = 'Exports of microelectronics to Russia, January–June 2026 (EUR million)\nArmenia\t42\nGeorgia\t17';
    expect(rows(text)).toEqual([
      ['42', 'export-value', 'ARM', 'RUS', 'microelectronics', '2026-H1', 42_000_000],
      ['17', 'export-value', 'GEO', 'RUS', 'microelectronics', '2026-H1', 17_000_000],
    ]);
  });

  it('reads a product table: the row’s goods are the product, a share of the total is a product share', () => {
    const text =
      'China’s exports to Russia by product, 2025\n\nProduct          Value ($ billion)   Share of total\nMachine tools    3.1                 9%\nBall bearings    0.8                 2%';
    expect(rows(text)).toEqual([
      ['3.1', 'export-value', 'CHN', 'RUS', 'machine-tools', '2025', 3_100_000_000],
      ['9%', 'export-product-share', 'CHN', 'RUS', 'machine-tools', '2025', 9],
      ['0.8', 'export-value', 'CHN', 'RUS', 'ball-bearings', '2025', 800_000_000],
      ['2%', 'export-product-share', 'CHN', 'RUS', 'ball-bearings', '2025', 2],
    ]);
  });

  it('dates each value by the year its column’s header names', () => {
    const text = 'Russia’s imports of drones from China (USD million)\nItem | 2024 | 2025\nDrone components | 640 | 910';
    expect(rows(text).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['640', 'uav-components', '2024'],
      ['910', 'uav-components', '2025'],
    ]);
  });

  it('credits the source line under the table', () => {
    const text =
      'Russia’s imports of machine tools by country of origin, 2025\nCountry | Value (USD million)\nChina | 1,240\nJapan | 30\n\nSource: Russian customs declarations.';
    expect(readText(text, lexicon).observations.map((o) => o.attributed_to)).toEqual([
      'Russian customs declarations',
      'Russian customs declarations',
    ]);
  });

  it('gives each field the words of the caption, the row’s label or the header', () => {
    const text = 'Russia’s imports of machine tools by country of origin, 2025\nCountry | Share\nChina | 74%\nJapan | 4%';
    const o = readText(text, lexicon).observations[0]!;
    expect([
      o.evidence.flow?.text,
      o.evidence.partner?.text,
      o.evidence.product?.text,
      o.evidence.period?.text,
      o.evidence.measure?.text,
    ]).toEqual(['imports', 'China', 'machine tools', '2025', 'Share']);
  });
});

describe('a list under a lead that states what its items measure', () => {
  it('reads each item "goods: value" with the lead’s flow, sides and period', () => {
    const text =
      'Our review of the declarations finds that Russia’s imports from China in 2025 were concentrated in a few goods:\n- machine tools: $1.2 billion;\n- ball bearings: $430 million, up 12% on 2024;\n- drone components: $310 million.';
    expect(rows(text)).toEqual([
      ['$1.2 billion', 'import-value', 'RUS', 'CHN', 'machine-tools', '2025', 1_200_000_000],
      ['$430 million', 'import-value', 'RUS', 'CHN', 'ball-bearings', '2025', 430_000_000],
      ['12%', 'import-growth-percent', 'RUS', 'CHN', 'ball-bearings', '2025', 12],
      ['$310 million', 'import-value', 'RUS', 'CHN', 'uav-components', '2025', 310_000_000],
    ]);
  });

  it('reads a fall written in words as a negative change', () => {
    const text =
      'Russia’s imports from Japan in 2025:\n- machine tools: $40 million, down 35% on 2024;\n- ball bearings: $12 million, down 50% on 2024.';
    expect(rows(text).map((r) => [r[0], r[6]])).toEqual([
      ['$40 million', 40_000_000],
      ['35%', -35],
      ['$12 million', 12_000_000],
      ['50%', -50],
    ]);
  });
});

describe('what is no table', () => {
  it('leaves prose with a colon and a figure to the sentence rules', () => {
    const text = 'Note: the figures are preliminary.\nUpdate: 12 firms were listed in 2025.';
    expect(readText(text, lexicon).observations).toEqual([]);
  });

  it('reads no rows under a caption that names no flow', () => {
    const text = 'Staff of the trade desk, 2025\nAnalysts | 12\nEditors | 4';
    expect(readText(text, lexicon).observations).toEqual([]);
  });

  it('reads a single line of figures with no header as no table', () => {
    const text = 'Russia’s imports of machine tools, 2025\nChina | 1,240 | 74%';
    expect(rows(text).some((r) => r[0] === '1,240')).toBe(false);
  });
});
