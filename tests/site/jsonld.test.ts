import { describe, expect, it } from 'vitest';
import { downloads } from '../../pipeline/site/downloads.js';
import { datasetJsonLd } from '../../pipeline/site/jsonld.js';
import { linker, paths } from '../../pipeline/site/links.js';
import { fixtureContext } from './helpers.js';

describe('datasetJsonLd', () => {
  const ctx = fixtureContext();
  const files = downloads(ctx.pkg.files);
  // JSON-LD is untyped JSON; the assertions below walk it freely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ld = datasetJsonLd(ctx, files, linker(paths.index)) as Record<string, any>;

  it('is a schema.org Dataset with the package metadata', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Dataset');
    expect(ld).toMatchObject({
      name: ctx.pkg.meta.title,
      description: ctx.pkg.meta.description,
      version: '0.1.0',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(ld.creator).toEqual([{ '@type': 'Organization', name: 'China–Russia Figures project contributors' }]);
    expect(ld.temporalCoverage).toBe('2021-01-01/2023-12-31');
  });
  it('has one DataDownload per file with a relative contentUrl and a media type', () => {
    expect(ld.distribution).toHaveLength(files.length);
    expect(ld.distribution).toContainEqual(
      expect.objectContaining({ '@type': 'DataDownload', contentUrl: '../data/observations.csv', encodingFormat: 'text/csv' }),
    );
  });
  it('is based on the sources, with a date only where the source states one', () => {
    const [pd, news] = ld.isBasedOn;
    expect(pd).toMatchObject({ '@type': 'CreativeWork', datePublished: '2024-05-01', publisher: { name: 'Office of Invented Examples' } });
    expect(news.datePublished).toBeUndefined();
    expect(news.publisher).toBeUndefined();
    expect(news.identifier).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
