/**
 * datapackage.json (Frictionless Data Package v2): package metadata from raw/dataset.yaml,
 * the source texts as `sources`, and one resource per data file with its size and SHA-256;
 * the CSV resources carry their Table Schema. `created` is the release date, never the clock.
 */
import { sha256 } from '../core/hash.js';
import type { DatasetMeta, SourcesRow } from '../model/index.js';
import type { TableSpec } from '../model/schemas.js';
import { tableSchema } from './tableSchema.js';

export interface DataFile {
  spec: TableSpec;
  format: 'csv' | 'arrow' | 'parquet';
  path: string;
  bytes: Uint8Array;
}

const MEDIATYPE = { csv: 'text/csv', arrow: 'application/vnd.apache.arrow.file', parquet: 'application/vnd.apache.parquet' } as const;

function resource(f: DataFile): Record<string, unknown> {
  const base = f.format === 'csv' ? f.spec.name : `${f.spec.name}-${f.format}`;
  const common = {
    name: base,
    type: 'table',
    path: f.path,
    format: f.format,
    mediatype: MEDIATYPE[f.format],
    ...(f.format === 'csv' ? { encoding: 'utf-8' } : {}),
    title: f.format === 'csv' ? f.spec.title : `${f.spec.title} (${f.format === 'arrow' ? 'Arrow IPC file' : 'Parquet'})`,
    description:
      f.format === 'csv'
        ? (f.spec.schema.description ?? '')
        : `The rows and columns of data/${f.spec.name}.csv as ${f.format === 'arrow' ? 'an Arrow IPC file' : 'a Parquet file'}, typed (strings, Float64 numbers, Int32 integers, Date32 dates, booleans, lists of strings).`,
    bytes: f.bytes.length,
    hash: `sha256:${sha256(f.bytes)}`,
  };
  if (f.format !== 'csv') return common;
  return {
    ...common,
    dialect: {
      $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
      delimiter: ',',
      lineTerminator: '\n',
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    },
    schema: tableSchema(f.spec),
  };
}

/** The FollowTheMoney export: not a table (no `type`, which the v2 profile allows only as "table"). */
export function ftmResource(path: string, bytes: Uint8Array): Record<string, unknown> {
  return {
    name: 'entities-ftm',
    path,
    format: 'json',
    mediatype: 'application/x-ndjson',
    encoding: 'utf-8',
    title: 'Entities, documents and claims (FollowTheMoney)',
    description:
      "The entities as Company, Organization, PublicBody, Person or LegalEntity, the sources as Document or Article, every claim as an UnknownLink from supplier to recipient, and every document's link to the entities it names (Documentation): one FollowTheMoney entity per line, for Aleph and the ftm tool (docs/ftm.md).",
    bytes: bytes.length,
    hash: `sha256:${sha256(bytes)}`,
  };
}

function sourceEntry(s: SourcesRow): Record<string, unknown> {
  const date = s.published ?? s.published_inferred;
  const by = s.publisher ?? s.dateline;
  const title = `${s.title}${by || date ? ` (${[by, date ? `${date}${s.published ? '' : ', inferred'}` : null].filter(Boolean).join(', ')})` : ''}`;
  return { title, ...(s.url ? { path: s.url } : {}) };
}

export function datapackage(
  meta: DatasetMeta,
  sources: readonly SourcesRow[],
  files: readonly DataFile[],
  others: readonly Record<string, unknown>[] = [],
): Uint8Array {
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: meta.name,
    ...(meta.doi ? { id: `https://doi.org/${meta.doi}` } : {}),
    title: meta.title,
    description: meta.description,
    version: meta.version,
    created: `${meta.released}T00:00:00Z`,
    homepage: meta.homepage,
    keywords: meta.keywords,
    licenses: meta.licenses.map((l) => ({ name: l.name, path: l.path, title: l.title })),
    contributors: meta.creators.map((c) => ({
      title: c.name,
      ...(c.given_names ? { givenName: c.given_names } : {}),
      ...(c.family_names ? { familyName: c.family_names } : {}),
      ...(c.orcid ? { path: c.orcid } : {}),
      ...(c.affiliation ? { organization: c.affiliation } : {}),
      roles: ['creator'],
    })),
    sources: sources.map(sourceEntry),
    resources: [...files.map(resource), ...others],
  };
  return new TextEncoder().encode(JSON.stringify(descriptor, null, 2) + '\n');
}
