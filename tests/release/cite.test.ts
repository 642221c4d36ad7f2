import { describe, expect, it } from 'vitest';
import { citationKey, citationStrings } from '../../pipeline/release/cite.js';
import { meta } from './fixtures/meta.js';

describe('citationStrings', () => {
  it('formats APA 7 for a data set: authors, year, title, version, [Data set], URL', () => {
    expect(citationStrings(meta).apa).toBe(
      'China–Russia Figures project contributors, & Müller, J. (2026). China–Russia dual-use supply figures (Version 1.2.3) [Data set]. https://github.com/china-russia-figures/china-russia-dual-use-figures',
    );
  });

  it('formats BibTeX as a @dataset entry with year and version and no month', () => {
    const bib = citationStrings(meta).bibtex;
    expect(bib.startsWith('@dataset{china_russia_dual_use_figures_v1_2_3,\n')).toBe(true);
    expect(bib).toMatch(/\tyear = \{2026\},/);
    expect(bib).toMatch(/\tversion = \{1\.2\.3\},/);
    expect(bib).not.toMatch(/month/);
    expect(bib).not.toMatch(/howpublished/);
    expect(bib).toMatch(/\turl = \{https:\/\/github\.com\/china-russia-figures\/china-russia-dual-use-figures\},/);
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('escapes non-ASCII in BibTeX names, including the dash in an organization name', () => {
    const author = citationStrings(meta)
      .bibtex.split('\n')
      .find((l) => l.includes('author = '))!;
    expect(author).toBe('\tauthor = {{China--Russia Figures project contributors} and M{\\" u}ller, J{\\" u}rgen},');
  });

  it('cites the DOI instead of the homepage once one is minted', () => {
    const withDoi = { ...meta, doi: '10.5281/zenodo.1234567' };
    expect(citationStrings(withDoi).apa).toMatch(/ https:\/\/doi\.org\/10\.5281\/zenodo\.1234567$/);
    expect(citationStrings(withDoi).bibtex).toMatch(/\tdoi = \{10\.5281\/zenodo\.1234567\},/);
  });

  it('gives each version its own BibTeX key made of safe characters', () => {
    expect(citationKey({ name: 'a-b', version: '10.0.1' })).toBe('a_b_v10_0_1');
  });
});
