/**
 * Source ids and entity ids are slugs (^[a-z0-9][a-z0-9-]*$, the build's rule). A source id names
 * files (raw/sources/<id>.txt, raw/annotations/<id>.yaml), so it is checked, never trusted.
 */
import { SLUG } from '../snapshot/layout.js';

/** Longest id we accept: file names stay well under every file system's limit. */
export const MAX_ID_LENGTH = 120;

export { slugify } from '../core/slug.js';

/** Whether `id` can be used as a source id (and so as part of a file name). */
export function isSafeId(id: string): boolean {
  return SLUG.test(id) && id.length <= MAX_ID_LENGTH && !id.endsWith('-');
}

/**
 * The source id a file name implies: its base name without the extension, *unchanged*.
 * Deriving is not slugifying: a name like "My Article.txt" is refused rather than silently
 * renamed, so the id the curator sees is the file name they chose.
 */
export function idFromFileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.txt$/i, '');
}
