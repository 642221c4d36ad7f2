import { describe, expect, it } from 'vitest';
import { isCurrencyUnit } from '../../pipeline/model/units.js';

describe('isCurrencyUnit', () => {
  it('is true for an ISO 4217 code only', () => {
    expect(['USD', 'EUR', 'CNY'].map(isCurrencyUnit)).toEqual([true, true, true]);
    expect(['percent', 'ratio', 'usd', 'US$', 'USDT', '', null, undefined].map(isCurrencyUnit)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
