/**
 * How one row of the sources table is cited in CITATION.cff and .zenodo.json: the same
 * reading of the row for both, so the two files cannot describe a source differently.
 */
import type { SourcesRow } from '../model/index.js';

export interface SourceCitation {
  /** CFF reference type. */
  type: 'newspaper-article' | 'generic';
  title: string;
  /** Who to name as author: the byline, else the publisher (an organization's own statement), else "anonymous" (CFF's convention). */
  author: string;
  publisher: string | null;
  /** The date the document states, else the inferred one; null if neither. */
  date: string | null;
  dateInferred: boolean;
  url: string | null;
  accessed: string;
  notes: string | null;
}

/** Source ids start with their kind (docs/adding-a-source.md); only `news-` has a CFF type of its own. */
const TYPE_BY_PREFIX: ReadonlyArray<[string, SourceCitation['type']]> = [['news-', 'newspaper-article']];

export function sourceCitation(row: SourcesRow): SourceCitation {
  const type = TYPE_BY_PREFIX.find(([prefix]) => row.source_id.startsWith(prefix))?.[1] ?? 'generic';
  const byline = row.byline?.replace(/^by\s+/i, '').trim() || null;
  const date = row.published ?? row.published_inferred ?? null;
  const dateInferred = row.published === null && row.published_inferred !== null;
  // Short pointers, not the full reasoning: that stays in the sources table (title_basis,
  // published_basis), which the package publishes beside this file.
  const notes = [
    row.title_basis ? 'Title supplied by the curators, not printed in the text (see title_basis in the sources table).' : null,
    row.note,
    dateInferred ? 'Publication date inferred, not stated in the text (see published_basis in the sources table).' : null,
  ]
    .filter((s): s is string => Boolean(s))
    .join(' ');
  return {
    type,
    title: row.title,
    author: byline ?? row.publisher ?? 'anonymous',
    publisher: row.publisher,
    date,
    dateInferred,
    url: row.url,
    accessed: row.retrieved,
    notes: notes || null,
  };
}

/** One line, for Zenodo's free-text `references`: author, (date), title, publisher, URL. */
export function sourceReferenceLine(row: SourcesRow): string {
  const s = sourceCitation(row);
  const parts = [
    `${s.author} (${s.date ? (s.dateInferred ? `${s.date}, inferred` : s.date) : 'n.d.'}).`,
    `${s.title}.`,
    s.publisher && s.publisher !== s.author ? `${s.publisher}.` : null,
    s.url ? `${s.url} (retrieved ${s.accessed})` : `Copy retrieved ${s.accessed}; address unknown.`,
  ];
  return parts.filter(Boolean).join(' ');
}
