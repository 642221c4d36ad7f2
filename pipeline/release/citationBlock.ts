/**
 * The "How to cite" block of README.md and docs/citing.md: the APA and BibTeX strings of the
 * current version, between two HTML comment markers. `release` (and `release --sync`)
 * rewrites the block; the version-agreement check fails when it is stale, so hand-written
 * pages never cite an old version.
 */
import type { DatasetMeta } from '../model/index.js';
import { citationStrings } from './cite.js';

export const CITATION_BLOCK_FILES = ['README.md', 'docs/citing.md'] as const;

const START = '<!-- citation: generated from raw/dataset.yaml by `npm run figures -- release`; do not edit -->';
const END = '<!-- /citation -->';

export function renderCitationBlock(meta: DatasetMeta): string {
  const { apa, bibtex } = citationStrings(meta);
  return [START, '', 'APA:', '', `> ${apa}`, '', 'BibTeX:', '', '```bibtex', bibtex, '```', '', END].join('\n');
}

/** The text of the block in `text` (markers included), or undefined when it has none. */
export function findCitationBlock(text: string): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  return start < 0 || end < 0 ? undefined : text.slice(start, end + END.length);
}

/** `text` with its block replaced by the current one; unchanged when it has no block. */
export function updateCitationBlock(text: string, meta: DatasetMeta): string {
  const old = findCitationBlock(text);
  return old === undefined ? text : text.replace(old, () => renderCitationBlock(meta));
}
