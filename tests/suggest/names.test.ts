import { describe, expect, it } from 'vitest';
import { COUNTRY_ALIASES, DEMONYMS } from '../../pipeline/suggest/countries.js';
import { findNames } from '../../pipeline/suggest/names.js';

const names = (t: string, singleWords = true) => findNames(t, { countries: { ...COUNTRY_ALIASES, ...DEMONYMS }, singleWords });

describe('findNames', () => {
  it('strips titles and demonyms in front of a person, and keeps them as hints', () => {
    const [p] = names('He met U.S. Secretary of State Antony Blinken today.');
    expect(p).toMatchObject({ name: 'Antony Blinken', type: 'person', country: 'USA', title: 'U.S. Secretary of State' });
    expect(names('Talks with Russian Foreign Minister Sergey Lavrov ended.')[0]).toMatchObject({ name: 'Sergey Lavrov', country: 'RUS' });
  });
  it('joins "of" and "of the" inside a name, but not "and" between names', () => {
    expect(
      names('Orders went to iRay Technology and North China Research Institute of Electro-Optics and the Department of the Treasury.').map(
        (c) => c.name,
      ),
    ).toEqual(['iRay Technology', 'North China Research Institute of Electro-Optics', 'Department of the Treasury']);
  });
  it('folds a bracketed acronym and a surname used alone into aliases', () => {
    const cs = names('The People’s Republic of China (PRC) grew. U.S. President Joe Biden spoke; later Biden left.');
    expect(cs.find((c) => c.name === 'People’s Republic of China')?.aliases).toEqual(['PRC']);
    expect(cs.find((c) => c.name === 'Joe Biden')?.aliases).toEqual(['Biden']);
    expect(cs.map((c) => c.name)).not.toContain('Biden');
  });
  it('takes a month abbreviated before a day for a date, not a name, and keeps a name that only looks like one', () => {
    expect(names('TBILISI, Sept. 9, 2024 (Caucasus Wire) — officials met again on Feb. 3 with Meridian Tools.').map((c) => c.name)).toEqual(
      ['Caucasus Wire', 'Meridian Tools'],
    );
    expect(names('The minister, Jan Novak, spoke in Prague. Novak said more.').map((c) => c.name)).toContain('Jan Novak');
  });
  it('drops sentence-initial function words, weekdays, demonyms and hyphenated adjectives', () => {
    expect(names('The officials met on Friday. Chinese firms and China-based companies. While Hikvision grew.').map((c) => c.name)).toEqual(
      ['Hikvision'],
    );
  });
  it('drafts no lone demonym the suffix rule misses, but keeps a name it opens', () => {
    expect(names('The Kyrgyz side agreed. Kazakh, Uzbek and Emirati traders met Thai buyers.').map((c) => c.name)).toEqual([]);
    expect(names('The Kyrgyz Republic and Kyrgyz Railways replied.').map((c) => c.name)).toEqual(['Kyrgyz Republic', 'Kyrgyz Railways']);
  });
  it('drops a sentence-initial common word the text also uses in lower case', () => {
    expect(names('Firms iRay Technology and Hikvision grew; other firms did not.').map((c) => c.name)).toEqual([
      'iRay Technology',
      'Hikvision',
    ]);
  });
  it('drops a lone capitalized word at a sentence start unless it recurs', () => {
    expect(names('Nearly all came. Garpiya flew. The Garpiya landed.').map((c) => c.name)).toEqual(['Garpiya']);
  });
  it('types companies, government bodies and organizations by their last words', () => {
    const cs = names('Orders from Wuhan Global Sensor Technology Company, the White House and the Free Russia Foundation.');
    expect(cs.map((c) => [c.name, c.type])).toEqual([
      ['Wuhan Global Sensor Technology Company', 'company'],
      ['White House', 'government_body'],
      ['Free Russia Foundation', 'organization'],
    ]);
  });
  it('drafts no person from a title with its office, nor names from the office’s words', () => {
    expect(
      names(
        'The Secretary of State for Foreign, Commonwealth and Development Affairs (Priya Nandakumar) replied. Later the Minister for Europe spoke with Ambassador Aldous Ferrante.',
      ).map((c) => [c.name, c.type]),
    ).toEqual([
      ['Priya Nandakumar', null],
      ['Aldous Ferrante', 'person'],
    ]);
    expect(names('To ask the Secretary of State for Energy and Net Zero what the Halvorsen Group paid.').map((c) => c.name)).toEqual([
      'Halvorsen Group',
    ]);
  });
  it('reads the letters of a currency sign as no name', () => {
    expect(names('Sales of US$ 4.8 billion and HK$2 million went to Corvane Logistics.').map((c) => c.name)).toEqual(['Corvane Logistics']);
  });
  it('can be limited to multi-word names', () => {
    expect(names('Hikvision and the White House.', false).map((c) => c.name)).toEqual(['White House']);
  });
});
