import { describe, expect, it } from 'vitest';
import { count } from '../../pipeline/core/count.js';

describe('count', () => {
  it('gives the singular noun for one', () => expect(count(1, 'document')).toBe('1 document'));
  it('adds an s for none and for many', () => {
    expect(count(0, 'mention')).toBe('0 mentions');
    expect(count(2, 'draft claim')).toBe('2 draft claims');
  });
  it('takes an irregular plural', () => expect(count(3, 'entity', 'entities')).toBe('3 entities'));
});
