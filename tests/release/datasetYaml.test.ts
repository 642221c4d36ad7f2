import { describe, expect, it } from 'vitest';
import { readDatasetMeta, setDatasetVersion } from '../../pipeline/release/datasetYaml.js';

describe('setDatasetVersion', () => {
  it('changes only the two values, keeping comments, quoting, folding and flow lists', () => {
    const text = [
      '# the one version',
      'name: x',
      'description: >-',
      '  a long folded',
      '  description',
      "version: '0.1.0'   # bumped by release",
      'released: "2024-06-01"',
      'keywords: [a, b]',
      '',
    ].join('\n');
    expect(setDatasetVersion(text, '1.0.0', '2026-11-28')).toBe(text.replace("'0.1.0'", "'1.0.0'").replace('"2024-06-01"', '"2026-11-28"'));
  });

  it('writes plain values where the file had plain ones, and they read back as strings', () => {
    const out = setDatasetVersion('version: 0.1.0\nreleased: 2024-06-01\n', '10.2.3', '2026-11-28');
    expect(out).toBe('version: 10.2.3\nreleased: 2026-11-28\n');
    expect(readDatasetMeta(out)).toEqual({ version: '10.2.3', released: '2026-11-28' });
  });

  it('refuses a file without a version', () => {
    expect(() => setDatasetVersion('released: 2024-06-01\n', '1.0.0', '2026-11-28')).toThrow(/version/);
  });
});
