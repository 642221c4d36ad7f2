/**
 * The committed dist/ keeps the promises docs/citing.md makes: a valid CITATION.cff and an
 * anchor for every observation. (That dist/ is what a fresh build makes is `verify`'s job.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

describe('the committed dist/', () => {
  it('has a CITATION.cff that the CFF 1.2.0 schema accepts', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(resolve('..', 'shared', 'specs', 'cff', 'schema.json'), 'utf8')));
    validate(parse(readFileSync('dist/CITATION.cff', 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has an anchor tables/observations.html#<observation_id> for every observation', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('dist/data/observations.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const { document } = parseHTML(readFileSync('dist/site/tables/observations.html', 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.observation_id).filter((id) => !document.getElementById(id!))).toEqual([]);
  });
});
