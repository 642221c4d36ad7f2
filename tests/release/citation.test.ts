import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-cff';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citationFiles } from '../../pipeline/release/citation.js';
import { renderCff } from '../../pipeline/release/cff.js';
import { zenodoMetadata } from '../../pipeline/release/zenodo.js';
import type { BuiltPackage } from '../../pipeline/model/index.js';
import { meta, sources } from './fixtures/meta.js';
import { expectGolden } from './golden.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

// The CFF 1.2.0 schema as vendored (schemas/vendor/cff/, with its provenance).
const cffSchema = JSON.parse(readFileSync('schemas/vendor/cff/schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateCff = ajv.compile(cffSchema);

const pkg = { meta, tables: { sources }, sources: [], files: new Map() } as unknown as BuiltPackage;
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('citationFiles', () => {
  it('writes CITATION.cff and .zenodo.json at the package root', () => {
    expect([...citationFiles(pkg).keys()]).toEqual(['CITATION.cff', '.zenodo.json']);
  });

  it('writes a CITATION.cff that the CFF 1.2.0 schema accepts', () => {
    const cff = parse(text(citationFiles(pkg).get('CITATION.cff')));
    const ok = validateCff(cff);
    expect(validateCff.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('uses a schema validator that rejects a CITATION.cff without authors (the check has teeth)', () => {
    const cff = parse(text(citationFiles(pkg).get('CITATION.cff')));
    delete cff.authors;
    expect(validateCff(cff)).toBe(false);
  });

  it('gives CITATION.cff the version, release date, licence and type of the dataset', () => {
    const cff = parse(text(citationFiles(pkg).get('CITATION.cff')));
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      version: '1.2.3',
      'date-released': '2026-11-28',
      license: 'CC-BY-4.0',
      'repository-code': meta.repository,
      keywords: meta.keywords,
    });
    expect(cff.authors).toEqual([
      { name: 'China–Russia Figures project contributors' },
      { 'family-names': 'Müller', 'given-names': 'Jürgen', orcid: 'https://orcid.org/0000-0002-1825-0097' },
    ]);
  });

  it('lists every source under references, naming the publisher or else "anonymous" as author', () => {
    const cff = parse(text(citationFiles(pkg).get('CITATION.cff')));
    expect(cff.references.map((r: { title: string }) => r.title)).toEqual([sources[1]!.title, sources[0]!.title]);
    const [news, state] = cff.references;
    expect(news).toMatchObject({ type: 'newspaper-article', authors: [{ name: 'anonymous' }], 'date-published': '2024-04-12', year: 2024 });
    expect(news.url).toBeUndefined();
    expect(news.publisher).toBeUndefined();
    expect(state).toMatchObject({
      type: 'generic',
      authors: [{ name: 'U.S. Department of State' }],
      publisher: { name: 'U.S. Department of State' },
      url: sources[0]!.url,
    });
  });

  it('quotes dates so YAML 1.1 readers keep them as strings', () => {
    expect(renderCff(meta, sources)).toContain('date-released: "2026-11-28"');
  });

  it('writes CITATION.cff that citation-js reads back with the same title, version and authors', () => {
    const [item] = new Cite(renderCff(meta, sources)).data;
    expect(item).toMatchObject({ title: meta.title, version: '1.2.3' });
    expect(item!.author?.[0]).toMatchObject({ literal: 'China–Russia Figures project contributors' });
  });

  it('matches the golden CITATION.cff and .zenodo.json', () => {
    const files = citationFiles(pkg);
    expectGolden('CITATION.cff', text(files.get('CITATION.cff')));
    expectGolden('zenodo.json', text(files.get('.zenodo.json')));
  });
});

describe('zenodoMetadata', () => {
  it('describes a dataset with the same version, date and licence as CITATION.cff', () => {
    expect(zenodoMetadata(meta, sources)).toMatchObject({
      upload_type: 'dataset',
      version: '1.2.3',
      publication_date: '2026-11-28',
      license: 'cc-by-4.0',
      creators: [{ name: 'China–Russia Figures project contributors' }, { name: 'Müller, Jürgen', orcid: '0000-0002-1825-0097' }],
    });
  });

  it('relates each source with a known URL as isDerivedFrom, and lists every source under references', () => {
    const z = zenodoMetadata(meta, sources) as { related_identifiers: unknown[]; references: string[] };
    expect(z.related_identifiers).toEqual([
      { identifier: sources[0]!.url, relation: 'isDerivedFrom', scheme: 'url' },
      { identifier: meta.repository, relation: 'isSupplementedBy', scheme: 'url', resource_type: 'software' },
    ]);
    expect(z.references).toHaveLength(2);
    expect(z.references[0]).toContain('address unknown');
  });
});
