/**
 * dist/CITATION.cff (Citation File Format 1.2.0, `type: dataset`).
 *
 * Emitted with the `yaml` package from an object we build ourselves rather than through
 * citation-js's CFF output: that output has no `license`, no `date-released` for datasets and
 * no `references`, so post-processing would rewrite most of it anyway. citation-js still reads
 * the file back in a test (an independent reader). Key order is fixed by construction, dates
 * are quoted (YAML 1.1 readers such as GitHub's would otherwise turn them into timestamps, see
 * the `$comment` on `date` in the CFF schema), and lines are never folded.
 */
import { Document, isScalar, visit } from 'yaml';
import type { DatasetMeta, SourcesRow } from '../model/index.js';
import { sourceCitation } from './sourceCitation.js';

type CffAuthor = { name: string } | { 'family-names': string; 'given-names'?: string; orcid?: string; affiliation?: string };

function cffAuthor(c: DatasetMeta['creators'][number]): CffAuthor {
  if (c.type === 'person' && c.family_names) {
    return {
      'family-names': c.family_names,
      ...(c.given_names ? { 'given-names': c.given_names } : {}),
      ...(c.orcid ? { orcid: c.orcid } : {}),
      ...(c.affiliation ? { affiliation: c.affiliation } : {}),
    };
  }
  return { name: c.name };
}

function cffReference(row: SourcesRow): Record<string, unknown> {
  const s = sourceCitation(row);
  return {
    type: s.type,
    title: s.title,
    authors: [{ name: s.author }],
    ...(s.publisher ? { publisher: { name: s.publisher } } : {}),
    ...(s.date ? { 'date-published': s.date, year: Number(s.date.slice(0, 4)) } : {}),
    ...(s.url ? { url: s.url } : {}),
    'date-accessed': s.accessed,
    ...(s.notes ? { notes: s.notes } : {}),
  };
}

/** The CFF document as a plain object (keys in output order). */
export function cffObject(meta: DatasetMeta, sources: readonly SourcesRow[]): Record<string, unknown> {
  const licenses = meta.licenses.map((l) => l.name);
  return {
    'cff-version': '1.2.0',
    message: 'If you use this dataset, please cite it using the metadata from this file.',
    type: 'dataset',
    title: meta.title,
    version: meta.version,
    'date-released': meta.released,
    ...(meta.doi ? { doi: meta.doi } : {}),
    abstract: meta.description,
    authors: meta.creators.map(cffAuthor),
    license: licenses.length === 1 ? licenses[0] : licenses,
    url: meta.homepage,
    'repository-code': meta.repository,
    keywords: meta.keywords,
    references: [...sources].sort((a, b) => (a.source_id < b.source_id ? -1 : 1)).map(cffReference),
  };
}

export function renderCff(meta: DatasetMeta, sources: readonly SourcesRow[]): string {
  const doc = new Document(cffObject(meta, sources));
  doc.commentBefore = ' Generated from raw/dataset.yaml and the sources table by the build. Do not edit.';
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
