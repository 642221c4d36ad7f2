import { describe, expect, it } from 'vitest';
import { bestOverlap } from '../../pipeline/review/match.js';

describe('bestOverlap', () => {
  const span = { start: 10, end: 40 };

  it('takes the draft overlapping the item most, and one starting where it starts before any other', () => {
    const wide = { start: 0, end: 60, id: 'wide' };
    const same = { start: 10, end: 20, id: 'same' };
    expect(bestOverlap([wide], span)?.id).toBe('wide');
    expect(bestOverlap([wide, same], span)?.id).toBe('same');
    expect(bestOverlap([{ start: 50, end: 60, id: 'apart' }], span)).toBeUndefined();
  });

  it('pairs each of two items with one quote with its own draft among drafts at that span', () => {
    const drafts = [
      { start: 10, end: 40, goods: 'arms' },
      { start: 10, end: 40, goods: 'ammunition' },
    ];
    const agreeWith = (goods: string) => (d: { goods: string }) => (d.goods === goods ? 1 : 0);
    expect(bestOverlap(drafts, span, agreeWith('arms'))?.goods).toBe('arms');
    expect(bestOverlap(drafts, span, agreeWith('ammunition'))?.goods).toBe('ammunition');
    expect(bestOverlap(drafts, span)?.goods).toBe('arms');
  });

  it('never lets agreement outweigh a larger overlap', () => {
    const drafts = [
      { start: 10, end: 40, goods: 'arms' },
      { start: 30, end: 40, goods: 'ammunition' },
    ];
    expect(bestOverlap(drafts, span, (d) => (d.goods === 'ammunition' ? 9 : 0))?.goods).toBe('arms');
  });
});
