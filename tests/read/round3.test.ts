/**
 * Rules of the third round (session 6, docs/reading-history.md "Session 6: a round that generalizes"):
 * each read on a small text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim, type ReadObservation } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';
import { statisticsAsRead } from './asRead.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
/** Drafted, or left aside as out of scope (goods from Russia) with their reading. */
const observations = (text: string): ReadObservation[] => statisticsAsRead(readText(text, lexicon));
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };
const periodOf = (text: string, quote: string) => observations(text).find((o) => o.quote === quote)?.period;

describe('periods relative to the text’s own date', () => {
  it('reads "last year" and "last month" against a dateline', () => {
    const text =
      'BEIJING, April 15, 2024 (Wire) — Total trade between China and Russia reached $240 billion last year, the customs administration said. Shipments of ball bearings dropped to $31 million last month from $45 million in February.';
    expect(periodOf(text, '$240 billion')).toBe('2023');
    expect(periodOf(text, '$31 million')).toBe('2024-03');
    expect(periodOf(text, '$45 million')).toBe('2024-02');
  });

  it('reads "so far this year" as January to the text’s month, not the dateline’s day', () => {
    const text =
      'ALMATY, 28 September 2024 — Kazakhstan’s exports to Russia fell to $6.9 billion so far this year, down 9% from the same period of last year, according to the Bureau of National Statistics.';
    expect(periodOf(text, '$6.9 billion')).toBe('2024-01/2024-09');
    expect(periodOf(text, '9%')).toBe('2024-01/2024-09');
  });

  it('reads "to date" from the full-scale invasion to a date on a line of its own', () => {
    const text =
      'Remarks at the Security Council\n\nMarch 12, 2024\n\nThe DPRK has sent more than 10,000 containers of munitions to Russia to date.';
    expect(periodOf(text, 'more than 10,000')).toBe('2022-02/2024-03');
  });

  it('reads a month alone in a new paragraph against the text’s date', () => {
    const text =
      'Moscow, 14 February 2025. Russia’s imports from Kyrgyzstan rose 12% last year, to $1.6 billion, the customs service said.\n\nIn January, Russia imported $95 million of goods from Kyrgyzstan.';
    expect(periodOf(text, '$1.6 billion')).toBe('2024');
    expect(periodOf(text, '$95 million')).toBe('2025-01');
  });

  it('gives no date in running text the role of the text’s date', () => {
    const text = 'On 24 February 2022, Russia invaded Ukraine. Kazakhstan’s exports to Russia rose 10% last year.';
    expect(periodOf(text, '10%')).toBeNull();
  });
});

describe('observations', () => {
  it('reads a source in brackets closing the sentence as its attribution', () => {
    const [o] = observations('Russia’s imports of machine tools from China rose 40% in 2023 (Russian customs data).');
    expect(o?.attributed_to).toBe('Russian customs data');
  });

  it('gives a country in an appositive aside no side of the figure', () => {
    const text =
      'Türkiye’s exports to Russia fell to $4.2 billion in 2023. Exports of machinery, a category Washington watches closely, dropped to $310 million.';
    expect(observations(text).find((o) => o.quote === '$310 million')).toMatchObject({ reporter: 'TUR', partner: 'RUS' });
  });

  it('dates a half without a year by the text’s date, and a figure no sentence attributes by the statement’s speaker', () => {
    const text =
      'Remarks by Ambassador Robert Wood at the Security Council\n\nJuly 4, 2024\n\nImports from Russia rose 6% in the first half.';
    expect(observations(text)[0]).toMatchObject({ period: '2024-H1', attributed_to: 'Robert Wood' });
  });
});

describe('Markdown', () => {
  it('reads a link’s words as the attribution and keeps the text’s own quote', () => {
    const text =
      'China supplied about 89% of Russia’s imports of [machine tools](https://example.org/a) in 2023, according to [data compiled by the Kyiv School of Economics](https://kse.ua/x).';
    const [o] = observations(text);
    expect(o?.attributed_to).toBe('data compiled by the Kyiv School of Economics');
    expect(o?.product).toBe('machine-tools');
    expect(text.slice(o!.start, o!.end)).toBe(o!.quote);
  });

  it('reads no figure in a link’s address', () => {
    const text =
      'BIS added 16 entities to the [Entity List](https://www.ecfr.gov/part-744/Supplement%20No.%204%20to) for supplying Russia with drones.';
    expect(observations(text)).toEqual([]);
  });
});

describe('claims', () => {
  it('reads a company name with its legal form after a comma', () => {
    const [c] = claims(
      'Yantai Jinghe Precision Machinery Co., Ltd. has exported computer numerical control machines to Russian arms manufacturers.',
    );
    expect(c?.supplier).toEqual(['Yantai Jinghe Precision Machinery Co., Ltd.']);
    const [d] = claims(
      'Two Hong Kong firms, Asia Pacific Links Ltd. and Sinno Electronics Co., Limited, have exported ball bearings to Russia.',
    );
    expect(d?.supplier).toEqual(['Asia Pacific Links Ltd.', 'Sinno Electronics Co., Limited']);
  });

  it('reads the subject past an aside and a relative clause holding a speaker', () => {
    expect(claims('North Korea, for its part, has delivered ballistic missiles to Russia.')[0]?.supplier).toEqual(['north-korea']);
    expect(
      claims(
        'Three of the entities, all registered in Hong Kong, were found to have shipped integrated circuits to Russian defense firms.',
      )[0]?.supplier,
    ).toEqual(['Three of the entities']);
    expect(
      claims(
        'Among them is Shenzhen Hongyuan Electronics Co., Ltd., which the Department determined has shipped navigation modules to Russia.',
      )[0]?.supplier,
    ).toEqual(['Shenzhen Hongyuan Electronics Co., Ltd.']);
  });

  it('reads the goods the vocabulary gained', () => {
    const goods = claims(
      'Chinese suppliers continue to sell Russia engines, navigation modules, thermal cameras, gunpowder and ballistic missiles.',
    ).map((c) => c.goods);
    expect(goods).toEqual(['engines', 'navigation-equipment', 'thermal-imagers', 'propellant-powders', 'missiles']);
  });

  it('makes no claim from a headline in sentence case, a question or a negative finding', () => {
    expect(claims('Chinese firm may have shipped drone engines to Russia, documents suggest\n\nThe text follows.')).toEqual([]);
    expect(claims('Is the Chinese government supplying weapons to Russia?')).toEqual([]);
    expect(claims('We have not seen China provide lethal weapons to Russia at scale.')).toEqual([]);
  });

  it('reads a trade noun whose clause states its figure as a statistic, not a claim', () => {
    expect(claims('Hong Kong’s exports of integrated circuits to Russia reached $1.1 billion in 2023.')).toEqual([]);
  });

  it('makes no claim of reports the sentence calls false, and reads rejected accusations as the rejecter’s denial', () => {
    expect(claims('Western reports that North Korea has supplied Russia with artillery shells are another fabrication.')).toEqual([]);
    expect(
      brief(claims('The minister rejected U.S. accusations that Kyrgyz companies have been supplying Russia with microelectronics.')[0]),
    ).toEqual({
      supplier: ['Kyrgyz companies'],
      recipient: 'russia',
      goods: 'microelectronics',
      certainty: 'denied',
      claimant: 'The minister',
    });
  });

  it('reads who buys from whom, and who procures for Russia', () => {
    expect(brief(claims('According to the agency, Russian factories bought ball bearings from suppliers in Türkiye.')[0])).toEqual({
      supplier: ['suppliers in Türkiye'],
      recipient: 'russia',
      goods: 'ball-bearings',
      certainty: 'asserted',
      claimant: 'the agency',
    });
    expect(claims('In April alone the country bought 2,300 CNC machines from China.')).toEqual([]);
    const [c] = claims('The UK sanctioned a network in Central Asia that procured drone engines for Russian factories.');
    expect([c?.supplier, c?.recipient, c?.goods]).toEqual([['network in Central Asia'], 'russia', 'uav-engines']);
  });

  it('reads the listed entities, not the list, and the body by its acronym', () => {
    const text =
      'WASHINGTON, D.C., October 2, 2024 — The Bureau of Industry and Security (BIS) added 16 entities in China to the Entity List for supplying Russia with drones. According to BIS, two of the Chinese entities shipped UAV engines to Russian drone makers.';
    const [a, b] = claims(text);
    expect(brief(a)).toEqual({
      supplier: ['entities in China'],
      recipient: 'russia',
      goods: 'uavs',
      certainty: 'determined',
      claimant: 'The Bureau of Industry and Security',
    });
    expect([b?.certainty, b?.claimant]).toEqual(['determined', 'BIS']);
  });

  it('reads hedges: reportedly, is reported to, we believe', () => {
    expect(claims('Iran is reported to have sent short-range missiles to Russia.')[0]?.certainty).toBe('likely');
    expect(claims('Kupol reportedly received thermal imaging cameras from a supplier in Shenzhen.')[0]?.certainty).toBe('likely');
  });

  it('reads the statement’s speaker from a byline, "We, the …" and ordinary-case transcript labels', () => {
    expect(
      claims('How Central Asia Supplies Russia\n\nBy Temur Umarov\n\nUzbek firms ship ball bearings to Russian buyers.')[0]?.claimant,
    ).toBe('Temur Umarov');
    expect(
      claims(
        'We, the Leaders of the Group of Seven, reaffirm our support for Ukraine. Iran has transferred ballistic missiles to Russia.',
      )[0]?.claimant,
    ).toBe('the Leaders of the Group of Seven');
    const qa = claims(
      'Bloomberg: The G7 says Chinese firms have supplied Russia with drones. Comment?\n\nLin Jian: We do not sell drones to Russia.',
    );
    expect(qa.map((c) => [c.supplier, c.certainty, c.claimant])).toEqual([
      [['Chinese firms'], 'asserted', 'The G7'],
      [['We'], 'denied', 'Lin Jian'],
    ]);
  });

  it('carries the recipient of an earlier claim in the same sentence past its supplier', () => {
    const [, c] = claims(
      'We know that Iran has supplied Russia with Shahed drones, and North Korea continues to send artillery shells by rail.',
    );
    expect([c?.supplier, c?.recipient]).toEqual([['north-korea'], 'russia']);
  });
});
