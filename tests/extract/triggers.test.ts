import { describe, expect, it } from 'vitest';
import { triggerRegex } from '../../pipeline/extract/triggers.js';

const hits = (s: string) => [...s.matchAll(triggerRegex())].map((m) => m[0]);

describe('triggerRegex', () => {
  it('fires on digits, currency signs and listed words (any case), never inside words', () => {
    expect(hits('Two of 3 cost $5, a third, doubled; often tenant weighed')).toEqual(['Two', '3', '$', '5', 'third', 'doubled']);
    expect(hits('€ £ ₽ ¥ March may DOZENS fivefold')).toEqual(['€', '£', '₽', '¥', 'March', 'may', 'DOZENS', 'fivefold']);
  });
  it('is a fresh regex each time (no shared lastIndex)', () => expect(triggerRegex()).not.toBe(triggerRegex()));
});
