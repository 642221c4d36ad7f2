/**
 * A count with a unit noun ("nearly 11,000 containers of munitions") becomes an observation with
 * no code change: the annotation names the noun, the indicator's unit is that noun (issue 13,
 * item 5). Without the noun the error is located at the observation, names the field, and says
 * what to add.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { sha256 } from '../../pipeline/core/hash.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const TEXT = `raw/sources/${SECOND_ID}.txt`;
const SIDECAR = `raw/sources/${SECOND_ID}.source.yaml`;
const ANNOTATION = `raw/annotations/${SECOND_ID}.yaml`;
const SENTENCE = ' Sylvania also received nearly 11,000 containers of munitions in 2024.';

function withCount(unitLine: string, indicatorUnit = 'containers', measure = 'level') {
  return secondSource((f) => {
    const text = f[TEXT]!.replace(/\n*$/, '') + SENTENCE + '\n';
    f[TEXT] = text;
    f[SIDECAR] = f[SIDECAR]!.replace(/^sha256: .*$/m, `sha256: ${sha256(text)}`).replace(/^characters: .*$/m, `characters: ${text.length}`);
    f['raw/vocab/indicators.yaml'] +=
      `- id: munitions-shipments\n  label: Munitions shipped\n  measure: ${measure}\n  unit: ${indicatorUnit}\n  description: Containers of munitions shipped to the reporter.\n`;
    f[ANNOTATION] = f[ANNOTATION]!.replace(
      'derived:\n',
      `  - id: qsy-munitions-containers-qfr-2024
    quote: nearly 11,000 containers
    indicator: munitions-shipments
    reporter: QSY
    partner: QFR
    product: drone-engines
    period: "2024"
${unitLine}derived:\n`,
    );
  });
}

describe('a count with a unit noun', () => {
  it('is an observation in the unit the annotation names, checked against its indicator', () => {
    const { problems, tables } = check(withCount('    unit: containers\n'));
    expect(problems.filter((p) => p.severity !== 'warning').map((p) => p.message)).toEqual([]);
    const row = tables.observations.find((o) => o.observation_id === 'qsy-munitions-containers-qfr-2024');
    expect(row).toMatchObject({ value: 11000, unit: 'containers', hedge: 'at_most' });
  });
  it('without its noun is one located error on the unit field, with a hint that says what to add', () => {
    const errors = check(withCount('')).problems.filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => p.code)).toEqual(['observation-no-unit']);
    const [p] = errors;
    expect(p!.location).toMatchObject({ file: ANNOTATION, field: 'unit' });
    expect(p!.location.line).toBeGreaterThan(0);
    expect(p!.message).toContain('"nearly 11,000"');
    expect(p!.hint).toContain('unit: containers');
  });
  it('fits an indicator whose unit is count, which takes the text’s noun (as raw/vocab/indicators.yaml’s supply-count says)', () => {
    const { problems, tables } = check(withCount('    unit: containers\n', 'count', 'count'));
    expect(problems.filter((p) => p.severity !== 'warning').map((p) => p.message)).toEqual([]);
    expect(tables.observations.find((o) => o.observation_id === 'qsy-munitions-containers-qfr-2024')).toMatchObject({ unit: 'containers' });
  });
  it('does not fit an indicator of unit count with a unit that is no noun', () => {
    for (const unit of ['percent', 'count']) {
      const codes = check(withCount(`    unit: ${unit}\n`, 'count', 'count'))
        .problems.filter((p) => p.severity !== 'warning')
        .map((p) => p.code);
      expect(codes, unit).toContain('unit-mismatch');
    }
  });
  it('in another unit than its indicator is a unit mismatch', () => {
    const codes = check(withCount('    unit: tonnes\n'))
      .problems.filter((p) => p.severity !== 'warning')
      .map((p) => p.code);
    expect(codes).toEqual(['unit-mismatch']);
  });
  it('under an indicator whose unit is count, refuses a unit that is not a noun, with a hint that asks for one', () => {
    const errors = check(withCount('    unit: percent\n', 'count')).problems.filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => p.code)).toEqual(['unit-mismatch']);
    expect(errors[0]!.hint).toContain('plural noun');
  });
});
