import { describe, expect, it } from 'vitest';
import { diffPackages } from '../../../pipeline/release/diff/index.js';
import { formatDiff, keyText } from '../../../pipeline/release/diff/format.js';
import { expectGolden } from '../golden.js';
import { fixture } from './fixtures.js';

describe('formatDiff', () => {
  it('prints the bump, its reasons and every changed row (golden files)', () => {
    expectGolden('diff-minor.txt', formatDiff(diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.1.0-minor'))));
    expectGolden('diff-major.txt', formatDiff(diffPackages(fixture('pkg-1.0.0'), fixture('pkg-2.0.0-major'))));
    expectGolden('diff-patch.txt', formatDiff(diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.1-patch'))));
  });

  it('says "no changes" for identical packages', () => {
    expect(formatDiff(diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.0.0'))).split('\n')[0]).toMatch(/: no changes$/);
  });

  it('shows a single key as its value and a composite key as a tuple', () => {
    expect(keyText({ id: 'a' })).toBe('a');
    expect(keyText({ id: 'a', n: null })).toBe('("a", null)');
  });
});

describe('reading CSV cells', () => {
  it('keeps a quoted comma inside one cell', () => {
    const d = diffPackages(fixture('pkg-1.0.0'), fixture('pkg-1.1.0-minor'));
    expect(d.tables.indicators!.rows.added).toEqual([{ indicator_id: 'import-share', label: 'Share of imports, from partner' }]);
    expect(d.warnings).toEqual([]);
  });
});
