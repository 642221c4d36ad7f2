import { describe, expect, it } from 'vitest';
import { missesRefused, statisticFieldRight } from './score.js';

describe('missesRefused', () => {
  it('lets a tuning set print its misses', () => {
    expect(missesRefused('dev')).toBeNull();
    expect(missesRefused('heldout20')).toBeNull();
  });
  it('refuses a validation or test set, naming it and the way to print its totals', () => {
    expect(missesRefused('heldout21')).toMatch(/"heldout21" is not a tuning set.*without --misses/);
    expect(missesRefused('curated-heldout')).toMatch(/curated-heldout/);
    expect(missesRefused('heldout23')).not.toBeNull();
  });
});

describe('statisticFieldRight on periods', () => {
  const withPeriod = (period: string | null) => ({ period }) as never;
  it('takes an open period from a year and from its January as one reading of "since 2023"', () => {
    expect(statisticFieldRight('period', withPeriod('2023/..'), withPeriod('2023-01/..'))).toBe(true);
    expect(statisticFieldRight('period', withPeriod('2023-01/..'), withPeriod('2023/..'))).toBe(true);
  });
  it('keeps an open period from another month apart', () => {
    expect(statisticFieldRight('period', withPeriod('2023/..'), withPeriod('2023-08/..'))).toBe(false);
  });
});
