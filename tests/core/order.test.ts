import { describe, expect, it } from 'vitest';
import { byCodeUnit } from '../../pipeline/core/order.js';

describe('byCodeUnit', () => {
  it('orders by UTF-16 code unit, not by locale: capitals first, accented letters after z', () => {
    expect(['é', 'b', 'Z', 'a', 'b'].sort(byCodeUnit)).toEqual(['Z', 'a', 'b', 'b', 'é']);
    expect(byCodeUnit('x', 'x')).toBe(0);
  });
});
