/**
 * One bad vocabulary entry is one error (issue 13, item 6): the references to it are not
 * reported again as unknown-vocabulary, while a reference to an id no entry names still is.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { secondSource } from '../fixtures/rawTree.js';

const GOODS = 'raw/vocab/goods.yaml';
const codes = (fs: ReturnType<typeof secondSource>) =>
  check(fs)
    .problems.filter((p) => p.severity !== 'warning')
    .map((p) => `${p.code} ${p.location.file}`);

describe('a vocabulary entry that fails its schema', () => {
  it('is reported once, at the entry, and its references are not reported as unknown-vocabulary', () => {
    const fs = secondSource((f) => {
      f[GOODS] = f[GOODS]!.replace('basis: judgment', 'basis: hunch');
    });
    const problems = codes(fs);
    expect(problems.filter((p) => p.includes('unknown-vocabulary'))).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(` ${GOODS}$`));
  });
  it('leaves the other entries of the file usable, and a reference to an id no entry names still an error', () => {
    const fs = secondSource((f) => {
      f[GOODS] =
        f[GOODS]! + '- id: broken-entry\n  label: Broken\n  hs_codes: []\n  chpl_tier: null\n  basis: hunch\n  basis_note: invalid basis\n';
      const a = 'raw/annotations/test-2025-01-15-freedonia-drone-engines.yaml';
      f[a] = f[a]!.replace('goods: drone-engines', 'goods: drone-engine');
    });
    const problems = codes(fs);
    expect(problems.filter((p) => p.startsWith('unknown-vocabulary'))).toHaveLength(1);
    expect(problems.filter((p) => !p.startsWith('unknown-vocabulary'))).toHaveLength(1);
  });
  it('a vocabulary file that cannot be parsed is one error, not one per reference', () => {
    const fs = secondSource((f) => {
      f[GOODS] = '- id: [unclosed\n';
    });
    const problems = codes(fs);
    expect(problems.filter((p) => p.includes('unknown-vocabulary'))).toEqual([]);
    expect(problems.length).toBe(1);
  });
});
