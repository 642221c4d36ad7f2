/**
 * A number YAML reads as NaN or Infinity (.nan, .inf, 1e400) is named as such in the schema
 * message (issue 14, finding 14): it said "null must be a number or null".
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { A, applyEdits, asRecord, baseFiles } from '../errors/fixtures.js';

describe('non-finite numbers in an override', () => {
  it.each([
    ['.nan', 'NaN'],
    ['.inf', 'Infinity'],
    ['-.inf', '-Infinity'],
    ['1e400', 'Infinity'],
  ])('value: %s is reported as written (read as %s), not null', (yaml, shown) => {
    const files = applyEdits(baseFiles(), [
      {
        file: `raw/annotations/${A}.yaml`,
        replace: '    quote: $12 million\n',
        with: `    quote: $12 million\n    override:\n      value: ${yaml}\n      reason: test\n`,
      },
    ]);
    const p = check(memoryFS(asRecord(files))).problems.find((x) => x.code === 'schema')!;
    expect(p.message).toContain(`: ${yaml} (read as ${shown}) must be a number or null (a finite one`);
    expect(p.message).not.toContain('null must be');
    // The problem's value too: NaN and Infinity would be null in JSON output.
    expect(p.value).toBe(yaml);
  });
});
