import { describe, expect, it } from 'vitest';
import { comparableGroups, memberId, seriesOf } from '../../../pipeline/site/charts/groups.js';
import type { ClaimsRow, CorroborationsRow, ObservationsRow } from '../../../pipeline/model/index.js';
import { fixtureSitePackage } from '../helpers.js';

const { tables } = fixtureSitePackage();
const base = tables.observations.find((o) => o.observation_id === 'ru-semiconductors-imports-cn-2021')!;
const claim = tables.claims[0]!;

/** An observation like the fixture's 2021 semiconductor imports, with fields changed. */
const obs = (id: string, over: Partial<ObservationsRow> = {}): ObservationsRow => ({ ...base, observation_id: id, ...over });
const year = (y: string) => ({ period: y, period_start: `${y}-01-01`, period_end: `${y}-12-31` });

const link = (
  a: [CorroborationsRow['subject_table'], string],
  b: [CorroborationsRow['support_table'], string],
  comparison: CorroborationsRow['comparison'],
  agreement: CorroborationsRow['agreement'] = 'agree',
): CorroborationsRow => ({
  ...tables.corroborations[0]!,
  corroboration_id: `${a[1]}--${b[1]}`,
  subject_table: a[0],
  subject_id: a[1],
  support_table: b[0],
  support_id: b[1],
  comparison,
  agreement,
});

describe('seriesOf', () => {
  it('makes one series of the same indicator, reporter, partner, product and unit over two or more periods', () => {
    const rows = [obs('b-2022', year('2022')), obs('a-2021', year('2021')), obs('c-2023', year('2023'))];
    const series = seriesOf(rows);
    expect(series).toHaveLength(1);
    expect(series[0]!.rows.map((o) => o.observation_id)).toEqual(['a-2021', 'b-2022', 'c-2023']);
  });

  it('leaves out a figure with one period only, however many sources give it', () => {
    const rows = [obs('a', { source_id: 's1' }), obs('b', { source_id: 's2' })];
    expect(seriesOf(rows)).toEqual([]);
  });

  it('splits series by partner, product and unit', () => {
    const rows = [
      obs('a-2021'),
      obs('a-2022', year('2022')),
      obs('w-2021', { partner: 'WLD' }),
      obs('w-2022', { partner: 'WLD', ...year('2022') }),
      obs('e-2022', { unit: 'EUR', ...year('2022') }),
    ];
    const series = seriesOf(rows);
    expect(series.map((s) => s.rows.map((o) => o.observation_id))).toEqual([
      ['a-2021', 'a-2022'],
      ['w-2021', 'w-2022'],
    ]);
  });

  it('finds the fixture’s one series: semiconductor imports in 2021 and 2022', () => {
    expect(seriesOf(tables.observations).map((s) => s.rows.map((o) => o.observation_id))).toEqual([
      ['ru-semiconductors-imports-cn-2021', 'ru-semiconductors-imports-cn-2022'],
    ]);
  });
});

describe('comparableGroups', () => {
  it('groups what the corroborations compare by quantity, across sources', () => {
    const groups = comparableGroups(tables);
    expect(groups.map((g) => g.members.map(memberId))).toEqual([['ru-microelectronics-share-cn-2023', 'cn-microelectronics-nearly-all']]);
    expect(groups[0]!.disagree).toBe(false);
  });

  it('ignores supply-only comparisons: they set no quantities side by side', () => {
    const c2: ClaimsRow = { ...claim, claim_id: 'c2', source_id: 'other' };
    const groups = comparableGroups({
      observations: [],
      claims: [claim, c2],
      corroborations: [link(['claims', claim.claim_id], ['claims', 'c2'], 'supply')],
    });
    expect(groups).toEqual([]);
  });

  it('joins observations of the same thing and period from different sources, even uncompared', () => {
    const groups = comparableGroups({
      observations: [obs('x', { source_id: 's1' }), obs('y', { source_id: 's2' }), obs('z', { source_id: 's3', ...year('2022') })],
      claims: [],
      corroborations: [],
    });
    expect(groups.map((g) => g.members.map(memberId))).toEqual([['x', 'y']]);
  });

  it('keeps no group whose figures all come from one source', () => {
    const groups = comparableGroups({ observations: [obs('x'), obs('y')], claims: [], corroborations: [] });
    expect(groups).toEqual([]);
  });

  it('merges chains of pairs into one group and marks a group with a disagreeing pair', () => {
    const observations = [obs('a', { source_id: 's1' }), obs('b', { source_id: 's2', ...year('2022') }), obs('c', { source_id: 's3' })];
    const groups = comparableGroups({
      observations,
      claims: [],
      corroborations: [link(['observations', 'a'], ['observations', 'b'], 'interval', 'disagree')],
    });
    expect(groups.map((g) => g.members.map(memberId))).toEqual([['a', 'b', 'c']]);
    expect(groups[0]!.disagree).toBe(true);
  });

  it('skips a pair naming a row it does not have', () => {
    const groups = comparableGroups({
      observations: [obs('a', { source_id: 's1' })],
      claims: [],
      corroborations: [link(['observations', 'a'], ['observations', 'gone'], 'interval')],
    });
    expect(groups).toEqual([]);
  });
});
