import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { sha256 } from '../../pipeline/core/hash.js';
import { tableSchema } from '../../pipeline/publish/tableSchema.js';
import { TABLES, columns, tableSpec } from '../../pipeline/model/schemas.js';
import { secondSource } from '../fixtures/rawTree.js';

// In CI, ../shared sits beside the clone; the spec is read at test time, never copied in.
const PROFILE = resolve('..', 'shared', 'specs', 'datapackage', 'datapackage.json');
// draft-07 profile: plain ajv (not the 2020 build); CJS default export under NodeNext.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

const tree = build(secondSource());
const descriptor = JSON.parse(new TextDecoder().decode(tree.get('datapackage.json')));

describe.skipIf(!existsSync(PROFILE))(`datapackage.json against the Data Package v2.0 profile (${PROFILE})`, () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')));
  it('the package built from a fixture is valid', () => {
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
  it('the committed dist/datapackage.json is valid', () => {
    const committed = JSON.parse(readFileSync('dist/datapackage.json', 'utf8'));
    expect(validate(committed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});
if (!existsSync(PROFILE)) console.warn(`skipped: the Data Package profile is not at ${PROFILE} (../shared beside the clone)`);

describe('datapackage.json', () => {
  it('declares v2, the metadata of dataset.yaml, and the release date as created (no clock)', () => {
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'test-package',
      version: '1.0.0',
      created: '2025-02-01T00:00:00Z',
      licenses: [{ name: 'CC0-1.0' }],
      contributors: [{ title: 'Test Curator', givenName: 'Test', familyName: 'Curator', roles: ['creator'] }],
    });
    expect(descriptor.sources).toEqual([
      {
        title: 'Freedonia sold drone engines to Sylvania (invented test text) (Test Wire, 2025-01-15)',
        path: 'https://example.org/freedonia-drone-engines',
      },
    ]);
  });
  it('lists every data file once, with its true size and SHA-256', () => {
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    expect(paths).toEqual(TABLES.flatMap((t) => ['csv', 'arrow', 'parquet'].map((ext) => `data/${t.name}.${ext}`)));
    for (const r of descriptor.resources) {
      const bytes = tree.get(r.path)!;
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${sha256(bytes)}`);
    }
  });
  it('gives each CSV a Table Schema with its columns, primary key and foreign keys', () => {
    const obs = descriptor.resources.find((r: { name: string }) => r.name === 'observations');
    expect(obs.schema.fields.map((f: { name: string }) => f.name)).toEqual(columns(tableSpec('observations').schema));
    expect(obs.schema.primaryKey).toEqual(['observation_id']);
    expect(obs.schema.foreignKeys).toContainEqual({ fields: ['product'], reference: { resource: 'goods', fields: ['goods_id'] } });
    expect(obs.mediatype).toBe('text/csv');
    expect(descriptor.resources.find((r: { name: string }) => r.name === 'observations-parquet')).not.toHaveProperty('schema');
  });
});

describe('tableSchema', () => {
  const ts = tableSchema(tableSpec('claims'));
  const field = (name: string) => (ts.fields as Record<string, unknown>[]).find((f) => f.name === name)!;
  it('derives types, descriptions, examples and constraints from the JSON Schema', () => {
    expect(field('claim_id')).toMatchObject({
      type: 'string',
      constraints: { required: true, unique: true, pattern: '^[a-z0-9][a-z0-9-]*$' },
      example: 'cn-nitrocellulose-likely',
    });
    expect(field('certainty')).toMatchObject({
      type: 'string',
      constraints: { required: true, enum: ['asserted', 'likely', 'determined', 'denied'] },
    });
    expect(field('start')).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 } });
    expect(field('goods')).not.toHaveProperty('constraints.required');
  });
  it("declares a list column as a '|'-separated string, and leaves its foreign key to the build", () => {
    expect(field('supplier')).toMatchObject({ type: 'string', example: 'chinese-companies' });
    expect(String(field('supplier').description)).toContain("items separated by '|'");
    expect((ts.foreignKeys as { fields: string[] }[]).map((f) => f.fields[0])).toEqual(['source_id', 'recipient', 'goods', 'claimant']);
  });
  it('types dates as date and booleans as boolean', () => {
    const obs = tableSchema(tableSpec('observations'));
    const f = (n: string) => (obs.fields as Record<string, unknown>[]).find((x) => x.name === n)!;
    expect(f('period_start')).toMatchObject({ type: 'date', format: 'default' });
    expect(f('low_inclusive')).toMatchObject({ type: 'boolean' });
    expect(f('value')).toMatchObject({ type: 'number' });
  });
});
