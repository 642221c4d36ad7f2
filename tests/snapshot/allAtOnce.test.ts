/**
 * `validate` lists every problem at once (issue 13, item 7): a draft's sidecar errors do not
 * hide its annotation's, and the sidecar's own errors are not repeated as a cascade of
 * foreign-key errors from the rows that name the source.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const SIDECAR = `raw/sources/${SECOND_ID}.source.yaml`;
const ANNOTATION = `raw/annotations/${SECOND_ID}.yaml`;

describe('a source whose sidecar and annotation both have TODOs', () => {
  const fs = secondSource((f) => {
    f[SIDECAR] = f[SIDECAR]!.replace(/^title: .*$/m, 'title: TODO').replace(/^publisher: .*$/m, 'publisher: TODO');
    f[ANNOTATION] = f[ANNOTATION]!.replace('attributed_to: customs records compiled by the Trade Watch Institute', 'attributed_to: TODO');
  });
  const errors = check(fs).problems.filter((p) => p.severity !== 'warning');
  it('reports the sidecar and the annotation problems in one run', () => {
    const files = new Set(errors.map((p) => p.location.file));
    expect(files).toContain(SIDECAR);
    expect(files).toContain(ANNOTATION);
    expect(errors.filter((p) => p.location.file === SIDECAR).length).toBeGreaterThanOrEqual(2);
  });
  it('does not repeat the sidecar problem as foreign-key errors of the rows naming the source', () => {
    expect(errors.filter((p) => p.code === 'foreign-key')).toEqual([]);
  });
});
