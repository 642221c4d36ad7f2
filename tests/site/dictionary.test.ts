import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../pipeline/site/dictionary.js';
import type { JsonSchema } from '../../pipeline/model/schemas.js';
import { REPO } from './helpers.js';

const schema = (name: string): JsonSchema => JSON.parse(readFileSync(`${REPO}schemas/${name}.schema.json`, 'utf8'));

describe('describeColumns', () => {
  const observations = describeColumns(schema('observations'));
  const col = (name: string) => observations.find((c) => c.name === name)!;

  it('has one entry per column of the schema, in schema order', () => {
    expect(observations.map((c) => c.name)).toEqual(Object.keys(schema('observations').properties!));
  });
  it('reads type, nullability, description, constraints and example from the schema', () => {
    expect(col('value_low')).toMatchObject({ type: 'number', nullable: true, unit: 'as in column unit', example: '85' });
    expect(col('observation_id').constraints).toContain('pattern ^[a-z0-9][a-z0-9-]*$');
    expect(col('observation_id').constraints).toContain('required');
    expect(col('hedge').type).toMatch(/^one of: exact, approximately, at_most/);
    expect(col('period_start')).toMatchObject({ type: 'date (string)', unit: 'ISO 8601 date' });
    expect(col('quote').description).toBe(schema('observations').properties!.quote!.description);
  });
  it('describes list columns and their item constraints', () => {
    const supplier = describeColumns(schema('claims')).find((c) => c.name === 'supplier')!;
    expect(supplier.type).toBe('list of string');
    expect(supplier.constraints.some((c) => c.startsWith('each item: pattern'))).toBe(true);
  });
  it('takes a unit stated with x-unit', () => {
    const [c] = describeColumns({ properties: { weight: { type: 'number', 'x-unit': 'kg' } } });
    expect(c!.unit).toBe('kg');
  });
});

describe('examples', () => {
  it('shows the first example as the CSV writes it: lists with |, booleans as words', () => {
    const cols = describeColumns({
      properties: {
        aliases: { type: 'array', items: { type: 'string' }, examples: [['a', 'b']] },
        excerpt: { type: 'boolean', examples: [false] },
      },
    });
    expect(cols.map((c) => c.example)).toEqual(['a|b', 'false']);
  });
});
