/**
 * Rules of session 19's statistics round (docs/reading-history.md "Session 19: period20"), each read
 * on a small text written for the test (not one of the dev texts, the tuning or validation sets or
 * the curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { extractMentions, extractMentionsAndSentences } from '../../pipeline/extract/index.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string) => readText(text, lexicon).observations;
const periods = (text: string) => read(text).map((o) => [o.quote, o.period]);

describe('a release’s title dates its figures past a bracketed note of several words', () => {
  it('reads the title’s period before "(excerpt, unofficial translation)"', () => {
    const text =
      'State Customs Committee of the Republic of Uzbekistan\nForeign trade in goods, January-August 2026 (excerpt, unofficial translation)\n\nPublished 9 September 2026\n\nExports to Russia were 1.2 billion dollars, up 4.1%.';
    expect(periods(text)).toEqual([
      ['1.2 billion dollars', '2026-01/2026-08'],
      ['4.1%', '2026-01/2026-08'],
    ]);
  });

  it('takes no period from a title whose bracket names another period', () => {
    const text =
      'Statistics Office\nForeign trade in goods, January-August 2026 (revised from June 2026)\n\nExports to Russia were 1.2 billion dollars.';
    expect(periods(text)).toEqual([['1.2 billion dollars', null]]);
  });
});

describe('a date written with dots on a byline line dates the text, day first', () => {
  it('reads "last year" against "Baltic Wire | 05.11.2026 09:15"', () => {
    const text =
      'Customs: bearings still reach Russia\n\nBaltic Wire | 05.11.2026 09:15\n\nLatvia’s exports of bearings to Russia fell to €4 million last year.';
    expect(periods(text)).toEqual([['€4 million', '2025']]);
  });

  it('reads "this year" against a dotted date of one-digit day and month', () => {
    const text = 'Trade notes\n\n7.3.2026\n\nSo far this year, exports to Russia reached €12 million.';
    expect(periods(text)).toEqual([['€12 million', '2026-01/2026-03']]);
  });

  it('takes no dotted number inside a sentence for the text’s date', () => {
    const text = 'Trade notes\n\nThe rule of 1.2.2026 was changed. Exports to Russia reached €12 million last year.';
    expect(periods(text)).toEqual([['€12 million', null]]);
  });
});

describe('a figure right after a level keeps its flow when the next flow word heads a clause of its own', () => {
  it('reads "…, down 4%, and imports from Russia were …" as the export’s change', () => {
    const text =
      'In 2025, Kazakhstan’s exports to Russia were 9.8 billion dollars, down 4%, and imports from Russia were 11 billion dollars, up 2%.';
    const o = read(text).find((x) => x.quote === '4%')!;
    expect([o.flow, o.indicator]).toEqual(['export', 'export-growth-percent']);
  });

  it('still takes the flow word after a figure that has none before it', () => {
    const text = 'In 2025, a 12% rise in Russia’s imports from China was recorded.';
    const o = read(text).find((x) => x.quote === '12%');
    expect(o?.flow).toBe('import');
  });
});

describe('a bare "francs" after an amount is money', () => {
  it('reads "148 million francs" as Swiss francs', () => {
    const m = extractMentions('Swiss exports of machine parts to Russia reached 148 million francs in 2025.');
    const money = m.find((x) => x.text.includes('francs'));
    expect(money?.kind).toBe('money');
    expect(money?.unit).toBe('CHF');
  });

  it('drafts a statistic for a value in bare francs', () => {
    const text = 'In 2025, Swiss exports of machine tools to Russia fell to 31 million francs.';
    expect(read(text).map((o) => [o.quote, o.indicator])).toEqual([['31 million francs', 'export-value']]);
  });
});

describe('a name’s closing abbreviation before a sentence opener ends the sentence', () => {
  const starts = (t: string) => extractMentionsAndSentences(t).starts.map((s) => t.slice(s, s + 12));

  it('splits "… Co., Ltd. According to …"', () => {
    const t = 'The parts were sold by Ningbo Gear Co., Ltd. According to customs data, exports rose.';
    expect(starts(t)).toEqual(['The parts we', 'According to']);
  });

  it('splits "… Inc. The firm …" and "… etc. In 2025 …"', () => {
    const t = 'The buyer was Orion Inc. The firm bought lathes, drills etc. In 2025 it bought more.';
    expect(starts(t)).toEqual(['The buyer wa', 'The firm bou', 'In 2025 it b']);
  });

  it('keeps a name that goes on after its abbreviation, and a title before a name', () => {
    const t = 'Mr. Lee said Orion Inc. Shanghai shipped the lathes.';
    expect(starts(t)).toEqual(['Mr. Lee said']);
  });
});

describe('"transit" on a route to Russia is a supply word', () => {
  const sides = (text: string) => read(text).map((o) => [o.quote, o.indicator, o.reporter, o.partner]);

  it('drafts the value of goods in transit from a named origin to Russia as Russia’s supply from it', () => {
    const text =
      'In 2025, the declared value of goods in transit from China to Russia through Mongolia amounted to USD 840 million, an increase of 12%.';
    expect(sides(text)).toEqual([
      ['USD 840 million', 'supply-value', 'RUS', 'CHN'],
      ['12%', 'supply-growth-percent', 'RUS', 'CHN'],
    ]);
  });

  it('leaves aside a share of transit by the goods’ origin', () => {
    const text = 'In 2025, goods of Chinese origin made up 44% of all transit freight bound for Russia.';
    expect(read(text)).toEqual([]);
  });

  it('leaves aside a route’s traffic from all origins, and a port’s cargo to every destination', () => {
    const text =
      'In 2025, 52,000 trucks carried transit cargo from third countries to Russia. Ports handled 3.1 million tonnes of transit cargo in 2025, of which a part went to Russia.';
    expect(read(text)).toEqual([]);
  });

  it('does not continue a supply before with a route’s traffic of all origins', () => {
    const text =
      'In 2025, Chinese-origin goods in transit to Russia were worth USD 300 million.\n\nTransit of motor vehicles of all origins reached 21,000 units.';
    expect(read(text).map((o) => o.quote)).toEqual(['USD 300 million']);
  });
});
