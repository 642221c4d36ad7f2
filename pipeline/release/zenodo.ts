/**
 * dist/.zenodo.json: the deposit metadata Zenodo's GitHub integration reads for each release
 * (https://developers.zenodo.org/#representation, legacy deposit API), from the same inputs as
 * CITATION.cff. Every source with a known address is an `isDerivedFrom` related identifier;
 * every source, with or without an address, is listed under `references`.
 */
import type { DatasetMeta, SourcesRow } from '../model/index.js';
import { sourceReferenceLine } from './sourceCitation.js';

interface ZenodoCreator {
  name: string;
  orcid?: string;
  affiliation?: string;
}

interface RelatedIdentifier {
  identifier: string;
  relation: 'isDerivedFrom' | 'isSupplementedBy';
  scheme: 'url';
  resource_type?: string;
}

function zenodoCreator(c: DatasetMeta['creators'][number]): ZenodoCreator {
  const name = c.type === 'person' && c.family_names ? [c.family_names, c.given_names].filter(Boolean).join(', ') : c.name;
  // Zenodo wants the bare ORCID iD, not its URL.
  const orcid = c.orcid?.replace(/^https?:\/\/orcid\.org\//, '');
  return { name, ...(orcid ? { orcid } : {}), ...(c.affiliation ? { affiliation: c.affiliation } : {}) };
}

export function zenodoMetadata(meta: DatasetMeta, sources: readonly SourcesRow[]): Record<string, unknown> {
  const sorted = [...sources].sort((a, b) => (a.source_id < b.source_id ? -1 : 1));
  const related: RelatedIdentifier[] = [
    ...[...new Set(sorted.map((s) => s.url).filter((u): u is string => u !== null))].map((url) => ({
      identifier: url,
      relation: 'isDerivedFrom' as const,
      scheme: 'url' as const,
    })),
    { identifier: meta.repository, relation: 'isSupplementedBy', scheme: 'url', resource_type: 'software' },
  ];
  return {
    upload_type: 'dataset',
    title: meta.title,
    version: meta.version,
    publication_date: meta.released,
    ...(meta.doi ? { doi: meta.doi } : {}),
    description: meta.description,
    creators: meta.creators.map(zenodoCreator),
    access_right: 'open',
    // Zenodo's licence ids are the SPDX ids in lower case (cc-by-4.0).
    license: meta.licenses[0]!.name.toLowerCase(),
    keywords: meta.keywords,
    related_identifiers: related,
    references: sorted.map(sourceReferenceLine),
  };
}

export function renderZenodo(meta: DatasetMeta, sources: readonly SourcesRow[]): string {
  return JSON.stringify(zenodoMetadata(meta, sources), null, 2) + '\n';
}
