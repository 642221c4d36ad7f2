/**
 * schema.org Dataset metadata for the index page's head (what dataset search engines read):
 * name, description, version, licence, creators, one DataDownload per file and the sources
 * the figures are based on. Built from raw/dataset.yaml (via meta), so it agrees with
 * datapackage.json and CITATION.cff. URLs are relative to the page, like every link of the site.
 */
import type { SiteContext } from './context.js';
import type { Download } from './downloads.js';
import type { Linker } from './links.js';

const compact = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;

export function datasetJsonLd(ctx: SiteContext, files: readonly Download[], at: Linker): Record<string, unknown> {
  const { meta, tables } = ctx.pkg;
  const starts = tables.observations.map((o) => o.period_start).sort();
  const ends = tables.observations.map((o) => o.period_end).sort();
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.title,
    alternateName: meta.name,
    description: meta.description,
    version: meta.version,
    datePublished: meta.released,
    url: meta.homepage,
    sameAs: meta.repository,
    identifier: meta.doi ? `https://doi.org/${meta.doi}` : undefined,
    license: meta.licenses.length === 1 ? meta.licenses[0].path : meta.licenses.map((l) => l.path),
    isAccessibleForFree: true,
    keywords: meta.keywords,
    creator: meta.creators.map((c) =>
      compact({
        '@type': c.type === 'person' ? 'Person' : 'Organization',
        name: c.name,
        givenName: c.given_names,
        familyName: c.family_names,
        sameAs: c.orcid,
        affiliation: c.affiliation ? { '@type': 'Organization', name: c.affiliation } : undefined,
      }),
    ),
    temporalCoverage: starts.length > 0 ? `${starts[0]}/${ends[ends.length - 1]}` : undefined,
    variableMeasured: tables.indicators.map((i) => i.label),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.path,
      contentUrl: at.to(f.path),
      encodingFormat: f.format.mime,
      contentSize: `${f.bytes} B`,
      sha256: f.sha256,
    })),
    isBasedOn: tables.sources.map((s) =>
      compact({
        '@type': 'CreativeWork',
        name: s.title,
        publisher: s.publisher ? { '@type': 'Organization', name: s.publisher } : undefined,
        // Only a date the document states; an inferred one is ours, not the publisher's.
        datePublished: s.published ?? undefined,
        url: s.url ?? undefined,
        inLanguage: s.language,
        identifier: `sha256:${s.sha256}`,
        mainEntityOfPage: at.source(s.source_id),
      }),
    ),
  });
}
