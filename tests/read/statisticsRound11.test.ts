/**
 * Rules of session 11's statistics round (docs/reading-history.md "Session 11: statistics in
 * official texts"), each read on a small text written for the test (not one of the dev texts or
 * curated sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const observations = (text: string): ReadObservation[] => readText(text, lexicon).observations;
const field = <K extends keyof ReadObservation>(text: string, k: K) => observations(text).map((o) => o[k]);

describe('a credit line naming what the figures were made from', () => {
  it('credits the body before “from …”', () => {
    expect(
      field(
        'Kyrgyz machine-tool imports: a note\nCompiled by the Bishkek Trade Desk from national customs declarations\n\nKyrgyzstan imported $40 million of machine tools from China in 2023.',
        'attributed_to',
      ),
    ).toEqual(['the Bishkek Trade Desk']);
  });

  it('credits the body before “using …”', () => {
    expect(
      field(
        'Prepared by Caspian Data Works using Kazakh customs records\n\nKazakhstan exported $12 million of ball bearings to Russia in 2024.',
        'attributed_to',
      ),
    ).toEqual(['Caspian Data Works']);
  });
});

describe('a headline’s period over a credit line', () => {
  it('dates the figures of a text whose headline names the period and whose next line is a credit', () => {
    expect(
      field(
        'Georgian car exports, January–June 2024: summary\nPrepared by Tbilisi Trade Monitor\n\nGeorgia exported $310 million of cars to Russia.',
        'period',
      ),
    ).toEqual(['2024-H1']);
  });

  it('does not take the headline’s period when a line under it holds a figure (no byline)', () => {
    expect(
      field(
        'Georgian car exports, January–June 2024: summary\nTable 4 of 12\n\nGeorgia exported $310 million of cars to Russia.',
        'period',
      ),
    ).toEqual([null]);
  });
});

describe('a level reached by a change against a year', () => {
  it('dates the level by the change’s year, not the year it is compared with', () => {
    const periods = field('UK exports to Georgia rose by 150% in 2023 compared with 2021, to £60 million.', 'period');
    expect(periods).toEqual(['2023', '2023']);
  });

  it('still dates a level by a year after “in” when the comparison names a figure', () => {
    const periods = field('UK exports to Georgia reached £60 million in 2023, compared with £24 million in 2021.', 'period');
    expect(periods).toEqual(['2023', '2021']);
  });
});

describe('a date in brackets closing a heading', () => {
  it('dates the text, so months without a year are read against it', () => {
    expect(
      field(
        'Ministry of Commerce Weekly Briefing (April 10, 2025)\n\nIn January and February, China’s exports to Russia reached $15 billion.',
        'period',
      ),
    ).toEqual(['2025-01/2025-02']);
  });
});

describe('imports and exports together', () => {
  it('reads “imports and exports” as trade, not the nearer of its two words', () => {
    const [o] = observations('In 2024, Kazakhstan’s total imports and exports of goods reached $140 billion.');
    expect([o!.indicator, o!.reporter, o!.partner]).toEqual(['trade-value', 'KAZ', 'WLD']);
  });

  it('reads “exports and imports” with a partner as the trade of the pair', () => {
    const [o] = observations('In 2024, Armenia’s exports and imports with Russia reached $7 billion.');
    expect(o!.indicator).toBe('trade-value');
  });

  it('still reads exports alone as exports', () => {
    const [o] = observations('In 2024, Armenia’s exports to Russia reached $3 billion.');
    expect(o!.indicator).toBe('export-value');
  });
});

describe('a country’s possessions no flow measures', () => {
  it('does not read “X’s people” as the owner of a flow', () => {
    const [o] = observations('Russia has procured thousands of drones from Iran for use against Ukraine and Ukraine’s people.');
    expect([o!.reporter, o!.partner]).toEqual(['RUS', 'IRN']);
  });

  it('still reads “X’s imports” as the owner of the flow', () => {
    const [o] = observations('Belarus’s imports of machine tools from China reached $90 million in 2023.');
    expect([o!.reporter, o!.partner]).toEqual(['BLR', 'CHN']);
  });
});

describe('“X is Y’s trading partner” with a trade figure', () => {
  it('reads the pair from the subject’s side when no statistic came before', () => {
    const [o] = observations('India is Russia’s second-largest trading partner, with bilateral trade reaching $65 billion in 2024.');
    expect([o!.reporter, o!.partner]).toEqual(['IND', 'RUS']);
  });

  it('reads it from the side of the text’s reporter when all its statistics so far were that country’s', () => {
    const read = observations(
      'Russia’s foreign trade turnover reached $700 billion in 2024. India remained Russia’s second trading partner: mutual trade reached $65 billion.',
    );
    expect([read[1]!.reporter, read[1]!.partner]).toEqual(['RUS', 'IND']);
  });
});

describe('a level passed by a percent', () => {
  it('reads “surpassing their 2022 volume by 15 percent” as growth', () => {
    const read = observations(
      'Bilateral trade between India and Russia reached $65 billion in 2024, surpassing their record 2023 volume by 12 percent.',
    );
    expect(read.map((o) => o.measure)).toEqual(['level', 'growth']);
  });
});

describe('an aside that places the subject in a flow', () => {
  it('takes the flow of the subject’s own words, not of “part of the trade”', () => {
    const [o] = observations(
      'Sales of Turkish cars to Russia, once the fastest-growing part of the trade, fell by 40% in the second quarter of 2024.',
    );
    expect(o!.indicator).toBe('export-growth-percent');
  });
});

describe('a change between two periods written apart', () => {
  it('dates the change by the later period', () => {
    const [o] = observations(
      'The value of Finnish exports to Russia fell by 70 % between the second quarter of 2022 and the second quarter of 2024.',
    );
    expect(o!.period).toBe('2024-Q2');
  });

  it('dates it by the later period after “from … to …”', () => {
    const [o] = observations('Finnish exports to Russia fell by 70% from 2021 to 2024.');
    expect(o!.period).toBe('2024');
  });
});

describe('a level beside a comparison', () => {
  it('is not dated by the period a comparison names in an earlier clause', () => {
    const read = observations(
      'Imports of goods from Russia fell to £20 million in March 2023, a decrease of 95% compared with the monthly average of the 12 months to February 2022, and exports of goods to Russia fell to £60 million.',
    );
    expect(read.find((o) => o.quote === '£60 million')!.period).toBe('2023-03');
  });
});

describe('the reporter of a text’s lead in a list of points', () => {
  it('gives an export to Russia that names no exporter the reporter of the first point', () => {
    const read = observations(
      '1. Main points\n  • Since the invasion, Dutch trade with Russia has fallen sharply.\n  • Imports of goods from Russia fell to €20 million in May 2023, and exports of goods to Russia fell to €90 million, a fall of 60%.',
    );
    const exports = read.filter((o) => o.flow === 'export');
    expect(exports.map((o) => o.reporter)).toEqual(['NLD', 'NLD']);
  });
});

describe('counts of supplies in the present perfect', () => {
  it('dates a count a dated statement says has been sent from the invasion to the text’s month', () => {
    const [o] = observations(
      'Remarks at the Security Council\nMarch 3, 2024\n\nThank you, Madam President. We know that Iran has sent hundreds of drones to Russia.',
    );
    expect(o!.period).toBe('2022-02/2024-03');
  });

  it('gives no such period to a text with no date', () => {
    const [o] = observations('We know that Iran has sent hundreds of drones to Russia.');
    expect(o!.period).toBeNull();
  });

  it('reads “UAVs” as the goods a count counts', () => {
    const [o] = observations('Russia has procured hundreds of UAVs from Iran.');
    expect([o!.measure, o!.product]).toEqual(['count', 'uavs']);
  });

  it('reads “send” as a supply verb', () => {
    const [o] = observations('Their deals have seen the regime in Tehran send hundreds of drones to Moscow.');
    expect(o!.flow).toBe('supply');
  });
});

describe('a dateline without its year', () => {
  it('does not date the text, so months take the year of the figures before', () => {
    const read = observations(
      'ANKARA, Feb 3 — Türkiye’s exports to Russia fell to $9 billion in 2024.\n\nShipments to Russia climbed to $900 million in December.',
    );
    expect(read.map((o) => o.period)).toEqual(['2024', '2024-12']);
  });
});

describe('a change against the same period a year earlier', () => {
  it('keeps the period of the level before, not the base’s', () => {
    const read = observations(
      'Exports of machinery from Georgia to Russia fell to $80 million in the third quarter of 2024, a 20% decline from the same quarter a year earlier.',
    );
    expect(read.map((o) => o.period)).toEqual(['2024-Q3', '2024-Q3']);
  });
});

describe('a total flow after a pair', () => {
  it('reads “total exports” as to all partners, not the pair before', () => {
    const read = observations('Georgia’s exports to Russia fell to $80 million in 2024. Georgia’s total exports rose 5% in the year.');
    expect(read[1]!.partner).toBe('WLD');
  });
});

describe('“the year before” after a relative period', () => {
  it('dates the second figure a year before “last year”', () => {
    const read = observations(
      'ASTANA, 10 March 2025 — Exports of bearings to Russia totalled $60 million last year, up from $35 million the year before.',
    );
    expect(read.map((o) => o.period)).toEqual(['2024', '2023']);
  });
});

describe('since a month without a year', () => {
  it('opens the period at the last such month before the text’s date', () => {
    const [o] = observations(
      'SEOUL, 10 March 2024 — North Korea has shipped about 5,000 containers of munitions to Russia since last September.',
    );
    expect(o!.period).toBe('2023-09/..');
  });
});

describe('shipments counted by their verb', () => {
  it('drafts “Shipments of … numbered about 300” as a count of shipments', () => {
    const [o] = observations('Shipments of bearings from Armenia to Russia numbered about 300 in May 2024.');
    expect([o!.indicator, o!.reporter, o!.partner]).toEqual(['shipment-count', 'ARM', 'RUS']);
  });
});

describe('“the country’s” beside a flow’s other side', () => {
  it('stands for the sentence’s own country, not the one after “from”', () => {
    const read = observations(
      'Georgia’s imports of chips from China rose to $90 million in 2023, while the country’s exports of chips to Russia reached $60 million.',
    );
    expect(read[1]!.reporter).toBe('GEO');
  });
});

describe('a base before the war after the figure', () => {
  it('dates a level “up from almost nothing before the war” by its sentence', () => {
    const [o] = observations('In 2023 Georgia’s exports of chips to Russia reached $60 million, up from almost nothing before the war.');
    expect(o!.period).toBe('2023');
  });

  it('still leaves a figure “before the war” undated', () => {
    const [o] = observations('Georgia’s exports of chips to Russia were $5 million before the war.');
    expect(o!.period).toBeNull();
  });

  it('does not take the pre-war words of an aside closed before the figure', () => {
    const [o] = observations('Georgia’s chip exports to Russia, negligible before the war, reached $60 million in 2023.');
    expect(o!.period).toBe('2023');
  });
});

describe('“its” after a colon', () => {
  it('stands for the country opening the sentence', () => {
    const read = observations(
      'Kazakhstan’s exports of bearings to Russia grew by 40% in 2023. Armenia showed a similar pattern: its purchases of Chinese chips doubled in 2024.',
    );
    expect(read[1]!.reporter).toBe('ARM');
  });
});

describe('“continues to import”', () => {
  it('reads the subject of “continues to import” as the importer', () => {
    const [o] = observations(
      'The United States thanks the monitors who counted the millions of shells that Russia continues to import from North Korea.',
    );
    expect([o!.reporter, o!.partner]).toEqual(['RUS', 'PRK']);
  });
});

describe('a figure the extractor dated by the dateline', () => {
  it('takes the period its own sentence names', () => {
    const [o] = observations('ATHENS, November 2, 2024 (Wire) — Greek exports to Russia fell 18% in the twelve months to September 2024.');
    expect(o!.period).toBe('2023-10/2024-09');
  });
});

describe('“by X’s count”', () => {
  it('credits the body whose count it is', () => {
    const [o] = observations('Armenian imports of chips from China rose to $70 million in 2023, by the observatory’s count.');
    expect(o!.attributed_to).toBe('the observatory’s count');
  });

  it('credits no one for the text’s own estimate', () => {
    const [o] = observations('By our estimate, China supplied 80% of the chips Russia imported in 2023.');
    expect(o!.attributed_to).toBeNull();
  });
});

describe('product shares and a figure’s own goods', () => {
  it('reads a part “of those exports” as a product share', () => {
    const read = observations(
      'Chinese exports to Russia fell 5% to $40 billion in January–May 2025. Machinery made up roughly 40% of those exports.',
    );
    expect(read[2]!.indicator).toBe('export-product-share');
  });

  it('reads “up from 29% a year earlier” after a product share as the same part', () => {
    const read = observations('Machinery accounted for 34% of Russia’s imports from China in 2024, up from 29% a year earlier.');
    expect(read.map((o) => o.indicator)).toEqual(['import-product-share', 'import-product-share']);
  });

  it('takes the goods right after the figure’s “of” over nearer goods before it', () => {
    const read = observations(
      'In 2024, China accounted for about 90% of Russia’s imports of microelectronics and 70% of its machine tool imports.',
    );
    expect(read.map((o) => o.product)).toEqual(['microelectronics', 'machine-tools']);
  });

  it('reads “CHPL imports” as the list’s goods', () => {
    const [o] = observations('Türkiye’s share of Russia’s CHPL imports slipped to about 6% in the second half of 2024.');
    expect(o!.product).toBe('high-priority-items');
  });
});

describe('a total beside a later clause’s own figure', () => {
  it('reads “N% fewer than a year earlier” as a fall, dated by its sentence', () => {
    const read = observations('Russia imported 150,000 cars in 2024, about 6% fewer than a year earlier.');
    expect([read[1]!.measure, read[1]!.value, read[1]!.period]).toEqual(['growth', -6, '2024']);
  });

  it('gives a total all partners though a later clause with its own figure names one', () => {
    const read = observations('Russia imported 150,000 cars in 2024, and Chinese makers accounted for 80% of them.');
    expect(read[0]!.partner).toBe('WLD');
  });
});

describe('places, buyers and times before a date', () => {
  it('does not read “X’s Y region” as the owner of a flow', () => {
    const [o] = observations('A factory in China’s Xinjiang region had shipped at least 30 drones to Russia in May 2024.');
    // Session 13 convention: shipped by the factory, China's export.
    expect([o!.reporter, o!.partner]).toEqual(['CHN', 'RUS']);
  });

  it('reads “to Russian arms factories” as the destination', () => {
    const [o] = observations('Iranian firms have supplied more than 300 tonnes of propellant to Russian arms factories in 2024.');
    expect(o!.reporter).toBe('RUS');
  });

  it('leaves a figure “before February 2022” undated', () => {
    const read = observations('Hong Kong accounted for 25% of Russia’s chip imports in 2024, against less than 4% before February 2022.');
    expect(read.map((o) => o.period)).toEqual(['2024', null]);
  });

  it('leaves a figure “before 2022” undated', () => {
    expect(observations('Before 2022, Chinese firms held less than a tenth of Russia’s bearing market.')[0]!.period).toBeNull();
  });
});
