import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../../pipeline/build.js';
import { diskFS } from '../../pipeline/core/fs.js';
import type { ClaimsRow, EntitiesRow, IndicatorsRow, ObservationsRow, SourcesRow } from '../../pipeline/model/index.js';
import {
  QUALITATIVE_SHARES,
  boundsText,
  corroborate,
  overlaps,
  type Bounds,
  type CorroborationInput,
} from '../../pipeline/normalize/corroborate.js';

const indicators = [
  { indicator_id: 'import-share', measure: 'share', unit: 'percent' },
  { indicator_id: 'supply-share', measure: 'share', unit: 'percent' },
  { indicator_id: 'import-value', measure: 'level', unit: 'currency' },
] as IndicatorsRow[];
const entities = [
  { entity_id: 'china', country: 'CHN' },
  { entity_id: 'russia', country: 'RUS' },
  { entity_id: 'iran', country: 'IRN' },
  { entity_id: 'unnamed-targets', country: null },
] as EntitiesRow[];
const sources = [
  { source_id: 'a', published: null, published_inferred: '2024-04-12' },
  { source_id: 'b', published: '2024-05-15', published_inferred: null },
  { source_id: 'c', published: null, published_inferred: null },
] as SourcesRow[];

function obs(id: string, source: string, over: Partial<ObservationsRow> = {}): ObservationsRow {
  return {
    observation_id: id,
    source_id: source,
    indicator: 'import-share',
    reporter: 'RUS',
    partner: 'CHN',
    product: 'machine-tools',
    period: '2023-Q4',
    period_start: '2023-10-01',
    period_end: '2023-12-31',
    value: 70,
    unit: 'percent',
    hedge: 'at_most',
    value_low: 65,
    value_high: 70,
    low_inclusive: true,
    high_inclusive: true,
    method: 'curated',
    quote: 'Nearly 70%',
    ...over,
  } as ObservationsRow;
}
function claim(id: string, source: string, over: Partial<ClaimsRow> = {}): ClaimsRow {
  return {
    claim_id: id,
    source_id: source,
    supplier: ['china'],
    recipient: 'russia',
    goods: 'machine-tools',
    certainty: 'asserted',
    share: null,
    ...over,
  } as ClaimsRow;
}
const run = (observations: ObservationsRow[], claims: ClaimsRow[] = []) =>
  corroborate({ observations, claims, entities, indicators, sources } as CorroborationInput);

describe('corroborate', () => {
  it('lists a figure and a qualitative share of another source as agreeing, in both directions', () => {
    const rows = run([obs('seed-70', 'a')], [claim('overwhelming', 'b', { share: 'overwhelming-majority' })]);
    expect(rows.map((r) => r.corroboration_id)).toEqual(['overwhelming--seed-70', 'seed-70--overwhelming']);
    expect(rows[1]).toMatchObject({
      subject_table: 'observations',
      subject_source: 'a',
      support_table: 'claims',
      support_source: 'b',
      reporter: 'RUS',
      partners: ['CHN'],
      product: 'machine-tools',
      measure: 'share',
      period_relation: 'window',
      comparison: 'qualitative',
      agreement: 'agree',
    });
    expect(rows[1]!.basis).toContain('Nearly 70% (65–70%, 2023-Q4) vs the overwhelming majority (over 50%): compatible');
  });

  it('flags a number a qualitative share rules out: "overwhelming majority" vs 30%', () => {
    const [r] = run(
      [obs('thirty', 'a', { value: 30, value_low: 30, value_high: 30, quote: '30%' })],
      [claim('overwhelming', 'b', { share: 'overwhelming-majority' })],
    );
    expect(r).toMatchObject({ comparison: 'qualitative', agreement: 'disagree' });
    expect(r!.basis).toContain('incompatible');
  });

  it('flags two figures whose intervals do not overlap, and agrees when they do', () => {
    const q4 = { period: '2023', period_start: '2023-01-01', period_end: '2023-12-31' };
    const far = run([obs('x', 'a', q4), obs('y', 'b', { ...q4, value: 90, value_low: 85, value_high: 95, quote: 'about 90%' })]);
    expect(far.map((r) => [r.comparison, r.agreement, r.period_relation])).toEqual([
      ['interval', 'disagree', 'same'],
      ['interval', 'disagree', 'same'],
    ]);
    const near = run([
      obs('x', 'a'),
      obs('y', 'b', { value_low: 68, value_high: 72, period_start: '2023-11-01', period_end: '2024-01-31' }),
    ]);
    expect(near.map((r) => [r.agreement, r.period_relation])).toEqual([
      ['agree', 'overlap'],
      ['agree', 'overlap'],
    ]);
  });

  it('notes when two share figures use different indicators', () => {
    const [r] = run([obs('x', 'a'), obs('y', 'b', { indicator: 'supply-share' })]);
    expect(r!.basis).toContain('different indicators: import-share vs supply-share');
  });

  it('compares a category with the wider one it belongs to, as the wider one, and says so; never two categories side by side', () => {
    const broader = new Map([['missiles', 'arms']]);
    const input = (goods: string[]) =>
      ({
        observations: [],
        claims: goods.map((g, i) => claim(`c${i}`, i ? 'b' : 'a', { goods: g })),
        entities,
        indicators,
        sources,
        broader,
      }) as CorroborationInput;
    const nested = corroborate(input(['missiles', 'arms']));
    expect(nested.map((r) => [r.corroboration_id, r.product])).toEqual([
      ['c0--c1', 'arms'],
      ['c1--c0', 'arms'],
    ]);
    expect(nested[0]!.basis).toContain('different goods: missiles vs arms, compared as arms');
    expect(corroborate(input(['missiles', 'ammunition']))).toEqual([]);
    expect(corroborate({ ...input(['missiles', 'arms']), broader: new Map() })).toEqual([]);
  });

  it('never corroborates a row with its own source', () => {
    expect(run([obs('x', 'a')], [claim('c', 'a', { share: 'majority' })])).toEqual([]);
  });

  it.each([
    ['another product', { product: 'microelectronics' }],
    ['another importer', { reporter: 'IND' }],
    ['another partner', { partner: 'WLD' }],
    ['a period outside the claim’s window', { period: '2022', period_start: '2022-01-01', period_end: '2022-12-31' }],
    ['a level, not a share', { indicator: 'import-value', unit: 'USD', value_low: 8.5e8, value_high: 9.5e8 }],
  ])('does not match %s', (_what, over) => {
    expect(run([obs('x', 'a', over as Partial<ObservationsRow>)], [claim('c', 'b', { share: 'majority' })])).toEqual([]);
  });

  it('compares levels only over the same period and in the same unit', () => {
    const level = {
      indicator: 'import-value',
      unit: 'USD',
      value: 5e8,
      value_low: 5e8,
      value_high: null,
      low_inclusive: false,
      high_inclusive: null,
      quote: 'over $500 million',
    };
    const y2022 = { period: '2022', period_start: '2022-01-01', period_end: '2022-12-31' };
    expect(
      run([obs('x', 'a', { ...level, ...y2022 }), obs('y', 'b', { ...level, ...y2022, value_low: 4e8, value_high: 6e8 })]).map(
        (r) => r.agreement,
      ),
    ).toEqual(['agree', 'agree']);
    expect(run([obs('x', 'a', { ...level, ...y2022 }), obs('y', 'b', { ...level, ...y2022, unit: 'EUR' })])).toEqual([]);
    expect(
      run([obs('x', 'a', { ...level, ...y2022 }), obs('y', 'b', { ...level, period_start: '2022-10-01', period_end: '2022-12-31' })]),
    ).toEqual([]);
    const [r] = run([
      obs('x', 'a', { ...level, ...y2022 }),
      obs('y', 'b', { ...level, ...y2022, value_low: 3e8, value_high: 5e8, high_inclusive: true }),
    ]);
    expect(r).toMatchObject({ agreement: 'disagree' }); // "over 500 million" excludes 500 million itself
  });

  it('matches supply claims on a common supplier country and flags a denial', () => {
    const rows = run(
      [],
      [claim('says', 'a', { supplier: ['iran', 'china'], goods: 'arms' }), claim('denies', 'b', { goods: 'arms', certainty: 'denied' })],
    );
    expect(rows.map((r) => [r.corroboration_id, r.partners, r.measure, r.comparison, r.agreement])).toEqual([
      ['denies--says', ['CHN'], 'supply', 'supply', 'disagree'],
      ['says--denies', ['CHN'], 'supply', 'supply', 'disagree'],
    ]);
  });

  it('leaves out claims it cannot place: no supplier country, no goods, or a source without a date', () => {
    const seed = obs('x', 'a');
    expect(run([seed], [claim('c1', 'b', { supplier: ['unnamed-targets'] })])).toEqual([]);
    expect(run([seed], [claim('c2', 'b', { goods: null })])).toEqual([]);
    expect(run([seed], [claim('c3', 'c')])).toEqual([]);
  });

  it('compares two qualitative shares by their bounds', () => {
    const rows = run([], [claim('few', 'a', { share: 'minority' }), claim('most', 'b', { share: 'majority' })]);
    expect(rows.map((r) => r.agreement)).toEqual(['disagree', 'disagree']);
  });
});

describe('qualitative shares and intervals', () => {
  it('are ordered, and only "all" pins a number', () => {
    expect(QUALITATIVE_SHARES.map((s) => s.share)).toEqual(['minority', 'majority', 'overwhelming-majority', 'nearly-all', 'all']);
    expect(QUALITATIVE_SHARES.filter((s) => s.bounds.low === s.bounds.high).map((s) => s.share)).toEqual(['all']);
  });
  const b = (low: number | null, high: number | null, lowInclusive = true, highInclusive = true): Bounds => ({
    low,
    high,
    lowInclusive,
    highInclusive,
  });
  it.each([
    [b(65, 70), b(50, 100, false), true],
    [b(30, 30), b(50, 100, false), false],
    [b(50, 50), b(50, 100, false), false],
    [b(50, 50), b(0, 50, false, true), true],
    [b(500, null, false), b(null, 500), false],
    [b(500, null), b(null, 500), true],
    [b(null, null), b(1, 2), true],
  ])('overlaps(%j, %j) is %s', (x, y, expected) => {
    expect(overlaps(x, y)).toBe(expected);
    expect(overlaps(y, x)).toBe(expected);
  });
  it('writes intervals in words', () => {
    expect(boundsText(b(65, 70), 'percent')).toBe('65–70%');
    expect(boundsText(b(5e8, null, false), 'USD')).toBe('over 500 million USD');
    expect(boundsText(b(50, 100, false), 'percent')).toBe('over 50–100%');
  });
});

describe('corroboration in the dataset', () => {
  it('relates only goods of the vocabulary, each to a different, wider one', () => {
    const goods = parse(readFileSync('raw/vocab/goods.yaml', 'utf8')) as { id: string; broader?: string }[];
    const ids = new Set(goods.map((g) => g.id));
    const nested = goods.filter((g) => g.broader !== undefined);
    expect(nested.length).toBeGreaterThan(0);
    expect(nested.filter((g) => !ids.has(g.broader!) || g.broader === g.id)).toEqual([]);
  });
  it('backs the seed’s 90% and nearly 70% with Blinken’s "overwhelming majority", and disagrees only where a denial meets a stated supply', () => {
    const { tables, problems } = check(diskFS(new URL('../../', import.meta.url).pathname));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const rows = corroborate(tables);
    const supports = (id: string) => rows.filter((r) => r.subject_id === id).map((r) => [r.support_id, r.support_source, r.agreement]);
    // Later sources may back them too; Blinken's statement must be among the backers.
    expect(supports('ru-microelectronics-share-cn-2023')).toContainEqual([
      'cn-microelectronics-overwhelming-majority',
      'usdos-2024-05-15-blinken-kuleba-prc-support',
      'agree',
    ]);
    expect(supports('ru-machine-tools-share-cn-2023q4')).toContainEqual([
      'cn-machine-tools-overwhelming-majority',
      'usdos-2024-05-15-blinken-kuleba-prc-support',
      'agree',
    ]);
    // The sources added for issue 16 include China's denials (e.g. "the Chinese denied this"):
    // they must be flagged against the claims they contradict, and nothing else may disagree.
    const denied = new Set(tables.claims.filter((c) => c.certainty === 'denied').map((c) => c.claim_id));
    const disagreements = rows.filter((r) => r.agreement === 'disagree');
    expect(disagreements.filter((r) => !denied.has(r.subject_id) && !denied.has(r.support_id))).toEqual([]);
  });
});
