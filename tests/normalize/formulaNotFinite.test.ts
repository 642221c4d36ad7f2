/**
 * A derived formula whose result overflows a double (or is NaN) is formula-not-finite naming the
 * formula, the result and its inputs (issue 14, finding 14): it reached the row as null and the
 * schema said "null must be a number or null".
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { A, applyEdits, asRecord, baseFiles } from '../errors/fixtures.js';

const GROWTH = 'formula: qsy-drone-engines-imports-qfr-2024 / qsy-drone-engines-imports-qfr-2023';

const problemsWith = (formula: string) =>
  check(memoryFS(asRecord(applyEdits(baseFiles(), [{ file: `raw/annotations/${A}.yaml`, replace: GROWTH, with: `formula: ${formula}` }]))))
    .problems;

describe('a derived formula that overflows', () => {
  it.each([
    ['a product past 1.8e308', `qsy-drone-engines-imports-qfr-2024 * 1${'0'.repeat(305)}`],
    ['a quotient by a tiny constant', `qsy-drone-engines-imports-qfr-2024 / 0.${'0'.repeat(310)}1`],
  ])('%s is formula-not-finite naming the formula, Infinity and the inputs', (_, formula) => {
    const problems = problemsWith(formula);
    expect(problems.map((p) => p.code)).toEqual(['formula-not-finite']);
    const p = problems[0]!;
    expect(p.location).toMatchObject({ file: `raw/annotations/${A}.yaml`, line: 21 });
    expect(p.message).toContain(`formula "${formula}" gives Infinity`);
    expect(p.message).toContain('its inputs: qsy-drone-engines-imports-qfr-2024 = 45000000');
    expect(p.message).not.toContain('null must be');
    expect(p.value).toEqual({ formula, result: 'Infinity', inputs: { 'qsy-drone-engines-imports-qfr-2024': 45000000 } });
  });

  it('leaves a formula with a large but finite result alone', () => {
    expect(problemsWith(`qsy-drone-engines-imports-qfr-2024 * 1${'0'.repeat(290)}`)).toEqual([]);
  });
});
