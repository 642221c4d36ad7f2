import { describe, expect, it } from 'vitest';
import type { ObservationsRow } from '../../pipeline/model/index.js';
import { keyFigures, MAX_CARDS } from '../../pipeline/site/keyFigures.js';
import { fixtureSitePackage } from './helpers.js';

const { tables } = fixtureSitePackage();
const base = tables.observations.find((o) => o.observation_id === 'ru-semiconductors-imports-cn-2021')!;
const obs = (id: string, over: Partial<ObservationsRow> = {}): ObservationsRow => ({ ...base, observation_id: id, ...over });
const year = (y: string) => ({ period: y, period_start: `${y}-01-01`, period_end: `${y}-12-31` });

describe('keyFigures', () => {
  it('shows each series’ latest period only, China’s figures first, newest first, curated figures only', () => {
    expect(keyFigures(tables.observations).map((o) => o.observation_id)).toEqual([
      'ru-machine-tools-share-cn-2023q4',
      'ru-bearings-share-cn-2023',
      'ru-microelectronics-share-cn-2023',
      'ru-semiconductors-imports-cn-2022',
      'ru-machine-tools-imports-wld-2023q4',
    ]);
  });

  it('puts China’s and Hong Kong’s figures before newer figures of other suppliers', () => {
    const rows = [
      obs('prk-2024', { ...year('2024'), partner: 'PRK', product: 'ammunition' }),
      obs('hk-2022', { ...year('2022'), partner: 'HKG' }),
      obs('cn-reporter-2021', { ...year('2021'), reporter: 'CHN', partner: 'RUS', product: 'all-goods' }),
    ];
    expect(keyFigures(rows).map((o) => o.observation_id)).toEqual(['hk-2022', 'cn-reporter-2021', 'prk-2024']);
  });

  it('keeps every source’s figure for a series’ latest period', () => {
    const rows = [
      obs('old', year('2021')),
      obs('new-a', { ...year('2022'), source_id: 'a' }),
      obs('new-b', { ...year('2022'), source_id: 'b' }),
    ];
    expect(keyFigures(rows).map((o) => o.observation_id)).toEqual(['new-a', 'new-b']);
  });

  it('never shows a derived figure, even a series’ latest', () => {
    const rows = [obs('stated', year('2021')), obs('derived', { ...year('2022'), method: 'derived' })];
    expect(keyFigures(rows).map((o) => o.observation_id)).toEqual(['stated']);
  });

  it('stops at MAX_CARDS', () => {
    const rows = Array.from({ length: MAX_CARDS + 3 }, (_, i) => obs(`p${String(i).padStart(2, '0')}`, { product: `goods-${i}` }));
    expect(keyFigures(rows)).toHaveLength(MAX_CARDS);
  });
});
