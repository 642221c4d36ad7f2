/**
 * Where each page lives and how pages link to each other. Paths are dist-relative
 * ("site/tables/observations.html"); every href is relative to the page it appears on, so the
 * site works from file:// and from any folder of any static host.
 */
import { posix } from 'node:path';

const SITE = 'site';

export const paths = {
  index: `${SITE}/index.html`,
  methodology: `${SITE}/methodology.html`,
  changelog: `${SITE}/changelog.html`,
  style: `${SITE}/style.css`,
  table: (table: string) => `${SITE}/tables/${table}.html`,
  source: (sourceId: string) => `${SITE}/sources/${sourceId}.html`,
};

/**
 * `url` if it may be published as a link: only http and https. The schemas refuse other
 * schemes already; this is the renderer's own guard, so no input path (a sidecar url, a licence
 * path, a link in a document) can put `javascript:` or `data:` into an href.
 */
export function webUrl(url: unknown): string | undefined {
  return typeof url === 'string' && /^https?:\/\/[^\s]/i.test(url) ? url : undefined;
}

/** Links as seen from one page. */
export interface Linker {
  readonly page: string;
  /** Any dist-relative path (a page, a data file, CITATION.cff), optionally with a fragment. */
  to(distPath: string, fragment?: string): string;
  index(fragment?: string): string;
  table(table: string, rowId?: string): string;
  source(sourceId: string, fragment?: string): string;
  methodology(fragment?: string): string;
  changelog(): string;
  style(): string;
}

export function linker(page: string): Linker {
  const from = posix.dirname(page);
  const to = (distPath: string, fragment?: string) => {
    const rel = posix.relative(from, distPath) || posix.basename(distPath);
    return fragment ? `${rel}#${encodeURIComponent(fragment)}` : rel;
  };
  return {
    page,
    to,
    index: (fragment) => to(paths.index, fragment),
    table: (table, rowId) => to(paths.table(table), rowId),
    source: (sourceId, fragment) => to(paths.source(sourceId), fragment),
    methodology: (fragment) => to(paths.methodology, fragment),
    changelog: () => to(paths.changelog),
    style: () => to(paths.style),
  };
}
