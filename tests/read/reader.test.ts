/**
 * The reader's behaviour on small texts written for these tests: every field it proposes, the
 * evidence behind it (offsets into the text), what it leaves aside and why.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type Reading } from '../../pipeline/read/index.js';
import { formatReading } from '../../pipeline/read/format.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS, memoryFS } from '../../pipeline/core/fs.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { ROOT } from './score.js';
import { statisticAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const read = (text: string): Reading => readText(text, lexicon);

function allEvidence(r: Reading) {
  return [...r.observations.flatMap((o) => Object.values(o.evidence)), ...r.claims.flatMap((c) => Object.values(c.evidence))];
}

describe('observations', () => {
  const text =
    "Nearly 70% of Russia's approximately $900 million in machine tool imports in the last quarter of 2023 came from China, two senior officials said.";
  const r = read(text);

  it('reads a share of imports with every field', () => {
    const share = r.observations.find((o) => o.quote === 'Nearly 70%')!;
    expect(share).toMatchObject({
      indicator: 'import-share',
      measure: 'share',
      flow: 'import',
      reporter: 'RUS',
      partner: 'CHN',
      product: 'machine-tools',
      period: '2023-Q4',
      hedge: 'at_most',
      attributed_to: 'two senior officials',
    });
    expect(share.hs_codes).toContain('8458');
  });

  it('reads the base of a share as a total from all partners (WLD)', () => {
    const total = r.observations.find((o) => o.quote === 'approximately $900 million')!;
    expect(total).toMatchObject({ indicator: 'import-value', reporter: 'RUS', partner: 'WLD' });
  });

  it('gives evidence whose offsets hold its words', () => {
    const ev = allEvidence(r);
    expect(ev.length).toBeGreaterThan(10);
    for (const e of ev) expect(text.slice(e!.start, e!.end)).toBe(e!.text);
  });

  it('reads growth as a percent change (negative for a fall) and as a multiple', () => {
    const g = read("China's exports to Russia fell 2.3% in the first quarter of 2024, while imports tripled.");
    const fall = g.observations.find((o) => o.quote === '2.3%')!;
    expect(fall).toMatchObject({ indicator: 'export-growth-percent', value: -2.3, period: '2024-Q1' });
    // China's imports from Russia: left aside as out of scope, read as a multiple all the same.
    expect(statisticAsRead(g, 'tripled')).toMatchObject({ indicator: 'import-growth', measure: 'growth' });
  });

  it('gives "since" an open end and a count its unit noun', () => {
    const c = read('Officials said North Korea has shipped more than 6,700 containers of munitions to Russia since August 2023.');
    // Session 13 convention: what North Korea shipped to Russia is its export.
    expect(c.observations[0]).toMatchObject({
      indicator: 'export-count',
      unit: 'containers',
      reporter: 'PRK',
      partner: 'RUS',
      period: '2023-08/..',
      product: 'ammunition',
    });
  });

  it('leaves forecasts, dates and counts of listed parties aside, with the reason', () => {
    const f = read(
      'Exports to Russia are expected to reach $120 billion in 2025, the ministry said. The Treasury sanctioned 22 entities in China.',
    );
    expect(f.observations).toEqual([]);
    const reasons = Object.fromEntries(f.ignored.map((i) => [i.quote, i.reason]));
    expect(reasons).toEqual({ '$120 billion': 'forecast', '2025': 'date', '22': 'count-of-listed-parties' });
  });
});

describe('countries', () => {
  it('matches names in lower case, but not "U.S. dollars" as the United States', () => {
    const r = read("russia's imports from china rose 40% in 2023, measured in U.S. dollars.");
    expect(r.observations[0]).toMatchObject({ reporter: 'RUS', partner: 'CHN' });
  });

  it('reads DPRK, Pyongyang and the Democratic People’s Republic of Korea as North Korea', () => {
    for (const name of ['The DPRK', 'Pyongyang', "The Democratic People's Republic of Korea"]) {
      const r = read(`${name} has sent Russia artillery shells, a Ukrainian official said.`);
      expect(r.claims[0]?.supplier).toEqual(['north-korea']);
    }
  });
});

describe('claims', () => {
  it('reads a denial by the supplier side, and no claim from the text’s own negation', () => {
    const d = read('A spokesperson said China has never supplied weapons to Russia.');
    expect(d.claims[0]).toMatchObject({
      supplier: ['china'],
      recipient: 'russia',
      goods: 'arms',
      certainty: 'denied',
      claimant: 'A spokesperson',
    });
    expect(read('While China has not provided weapons to Russia, it has backed it diplomatically.').claims).toEqual([]);
  });

  it('writes one claim per goods named together, and reads "likely" and qualitative shares', () => {
    const r = read('Chinese firms are likely supplying Russia with machine tools and ball bearings, officials said.');
    expect(r.claims.map((c) => [c.goods, c.certainty])).toEqual([
      ['machine-tools', 'likely'],
      ['ball-bearings', 'likely'],
    ]);
    const s = read('The overwhelming majority of microelectronics that Russia is getting from abroad are coming from China, Blinken said.');
    expect(s.claims[0]).toMatchObject({ supplier: ['china'], recipient: 'russia', share: 'overwhelming-majority', claimant: 'Blinken' });
  });

  it('takes no share of a whole as a claim: it is a statistic', () => {
    const r = read('Mainland China and Hong Kong supplied 76% of the semiconductors that Russia imported in 2023.');
    expect(r.claims).toEqual([]);
    expect(r.observations[0]).toMatchObject({ indicator: 'import-share', reporter: 'RUS', partner: 'CHN' });
  });
});

describe('the reading as a whole', () => {
  it('is deterministic', () => {
    const text =
      'Trade between China and Russia hit a record $240.1 billion in 2023, up 26.3% from the previous year, customs data showed.';
    expect(JSON.stringify(read(text))).toBe(JSON.stringify(read(text)));
  });

  it('prints every field with its evidence for a terminal', () => {
    const out = formatReading(read('Russia imported 130,000 trucks from China in 2023, the consultancy Autostat estimated.'));
    expect(out).toContain('indicator     import-count');
    expect(out).toContain('← "from China"');
  });

  it('reports a missing vocabulary as a coded problem naming the file', () => {
    try {
      loadReaderVocab(memoryFS({ 'raw/vocab/goods.yaml': '[]', 'raw/vocab/countries.yaml': '[]' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FiguresError);
      expect((e as FiguresError).problems.map((p) => [p.code, p.location.file])).toEqual([
        ['read-vocab-missing', 'raw/vocab/indicators.yaml'],
      ]);
    }
  });
});
