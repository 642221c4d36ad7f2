/**
 * The things of the FtM export: every entity as a legal entity of its FtM schema, every source
 * as a Document or Article. docs/ftm.md has the mapping table and the reasons.
 */
import countries from 'i18n-iso-countries';
import type { EntitiesRow, SourcesRow } from '../../model/index.js';
import { entityId, sourceId } from './ids.js';
import type { FtmEntity, FtmProperties } from './types.js';

/**
 * Our entity types → FtM schemata. A country is the state acting as one (it supplies, receives,
 * denies), so a PublicBody whose jurisdiction is itself; a group ("Chinese companies") is no
 * single organization, so the generic LegalEntity.
 */
export const SCHEMA_OF: Record<EntitiesRow['type'], string> = {
  company: 'Company',
  organization: 'Organization',
  government_body: 'PublicBody',
  person: 'Person',
  country: 'PublicBody',
  group: 'LegalEntity',
};

/** FtM's country type: ISO 3166-1 alpha-2, lower case; none for codes without one (WLD, user-assigned). */
export function ftmCountry(alpha3: string | null): string[] {
  const alpha2 = alpha3 === null ? undefined : countries.alpha3ToAlpha2(alpha3);
  return alpha2 ? [alpha2.toLowerCase()] : [];
}

/** The date a source is dated by: as stated, else as inferred (docs/ftm.md). */
export const sourceDate = (s: SourcesRow): string | null => s.published ?? s.published_inferred;

export function legalEntity(e: EntitiesRow, source: SourcesRow | undefined): FtmEntity {
  const country = ftmCountry(e.country);
  const properties: FtmProperties = {
    name: [e.name],
    alias: e.aliases,
    country,
    summary: [e.role],
    notes: e.note ? [e.note] : [],
    proof: [sourceId(e.source_id)],
    sourceUrl: source?.url ? [source.url] : [],
  };
  // The state and its bodies act within their country's jurisdiction; for a company we do not know where it is registered.
  if (e.type === 'country' || e.type === 'government_body') properties.jurisdiction = country;
  return { id: entityId(e.entity_id), schema: SCHEMA_OF[e.type], properties };
}

/** A source with a dateline or a byline is a news article; any other is a document. */
export const documentSchema = (s: SourcesRow): 'Article' | 'Document' => (s.dateline || s.byline ? 'Article' : 'Document');

export function document(s: SourcesRow): FtmEntity {
  const date = sourceDate(s);
  const notes = [`SHA-256 of the normalized text (UTF-8, LF, NFC), to which every offset in the data package refers: ${s.sha256}`];
  if (s.published === null && s.published_inferred !== null) notes.push(`Publication date inferred: ${s.published_basis ?? ''}`.trim());
  if (s.note) notes.push(s.note);
  return {
    id: sourceId(s.source_id),
    schema: documentSchema(s),
    properties: {
      name: [s.title],
      title: [s.title],
      fileName: [`${s.source_id}.txt`],
      mimeType: ['text/plain'],
      publisher: s.publisher ? [s.publisher] : [],
      author: s.byline ? [s.byline] : [],
      publishedAt: date ? [date] : [],
      retrievedAt: [s.retrieved],
      sourceUrl: s.url ? [s.url] : [],
      notes,
    },
  };
}
