/**
 * Citation strings for the README and the site. PLACEHOLDER until the releases issue lands
 * (citation-js generates them from raw/dataset.yaml).
 */
import type { DatasetMeta } from '../model.js';

export interface CitationStrings {
  apa: string;
  bibtex: string;
}

export function citationStrings(meta: DatasetMeta): CitationStrings {
  return { apa: `${meta.title} (Version ${meta.version}) [Dataset].`, bibtex: '' };
}
