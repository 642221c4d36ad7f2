import { describe, expect, it } from 'vitest';
import { goodsMatcher, nearestGoods } from '../../pipeline/suggest/goods.js';

const match = goodsMatcher([
  { id: 'machine-tools', label: 'Machine tools' },
  { id: 'uav-engines', label: 'UAV engines' },
  { id: 'semiconductors', label: 'Semiconductors', aliases: ['chips'] },
]);

describe('goods words', () => {
  it('matches labels and ids, singular or plural, any case', () => {
    expect(match('machine tool imports, UAV engine parts, Semiconductor sales, chips').map((h) => h.id)).toEqual([
      'machine-tools',
      'uav-engines',
      'semiconductors',
      'semiconductors',
    ]);
  });
  it('does not match inside a longer word', () => {
    expect(match('chipset')).toEqual([]);
  });
  it('picks the goods word nearest to a figure', () => {
    const t = 'semiconductors rose, and 70% of machine tools came from China';
    expect(nearestGoods(match(t), t.indexOf('70%'), t.indexOf('70%') + 3)?.id).toBe('machine-tools');
  });
});
