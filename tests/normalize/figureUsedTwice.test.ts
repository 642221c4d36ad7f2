/**
 * One stated figure backing two observations is flagged (issue 14, finding 17): a second
 * observation quoting "$12 million" with another period was published without a word.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { A, applyEdits, asRecord, baseFiles } from '../errors/fixtures.js';

const SECOND = `  - id: qsy-drone-engines-imports-qfr-2022
    quote: $12 million
    indicator: import-value
    reporter: QSY
    partner: QFR
    product: drone-engines
    period: "2022"
    attributed_to: customs records compiled by the Trade Watch Institute
derived:`;

describe('a figure used by two observations', () => {
  it('is a figure-used-twice warning at the second, naming the first, and the build still passes', () => {
    const files = applyEdits(baseFiles(), [{ file: `raw/annotations/${A}.yaml`, replace: 'derived:', with: SECOND }]);
    const { problems } = check(memoryFS(asRecord(files)));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const w = problems.filter((p) => p.code === 'figure-used-twice');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', value: '$12 million', location: { file: `raw/annotations/${A}.yaml`, line: 20 } });
    expect(w[0]!.message).toContain('already backs the observation at line 11');
  });
  it('is not raised by the base project, where each figure backs one observation', () => {
    expect(check(memoryFS(asRecord(baseFiles()))).problems.filter((p) => p.code === 'figure-used-twice')).toEqual([]);
  });
});
