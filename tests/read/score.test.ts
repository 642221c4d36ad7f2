import { describe, expect, it } from 'vitest';
import { missesRefused } from './score.js';

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
