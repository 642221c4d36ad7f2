/**
 * An entity that fails its schema (a draft of `suggest` with a TODO left, say) is one error at the
 * entity: the claims that name it are not reported again as foreign-key errors with a misleading
 * "Did you mean …?", while a claim naming an id no entity has still is.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const ANNOTATION = `raw/annotations/${SECOND_ID}.yaml`;
const codes = (fs: ReturnType<typeof secondSource>) =>
  check(fs)
    .problems.filter((p) => p.severity !== 'warning')
    .map((p) => p.code);

describe('an entity that fails its schema', () => {
  it('is reported once, at the entity, and the claims naming it raise no foreign-key error', () => {
    const fs = secondSource((f) => {
      // freedonia is the supplier of both claims and the claimant of one.
      f[ANNOTATION] = f[ANNOTATION]!.replace('    type: country\n    country: QFR', '    type: TODO(country)\n    country: QFR');
    });
    expect(codes(fs)).toEqual(['draft-value']);
  });
  it('whose id is still TODO(x) is one error too, when the claims already name it x', () => {
    const fs = secondSource((f) => {
      f[ANNOTATION] = f[ANNOTATION]!.replace('  - id: freedonia\n', '  - id: TODO(freedonia)\n');
    });
    expect(codes(fs)).toEqual(['draft-value']);
  });
  it('still leaves a reference to an id that no entity has a foreign-key error', () => {
    const fs = secondSource((f) => {
      f[ANNOTATION] = f[ANNOTATION]!.replace('    type: country\n    country: QFR', '    type: TODO(country)\n    country: QFR').replace(
        'claimant: trade-watch-institute',
        'claimant: trade-watch',
      );
    });
    expect(codes(fs).sort()).toEqual(['draft-value', 'foreign-key']);
  });
});
