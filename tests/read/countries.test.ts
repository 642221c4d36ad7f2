/**
 * Country words (pipeline/read/countries.ts, otherCountries.ts): names, demonyms and capitals of
 * the countries trade reporting on Russia names, read as reporter and partner.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { countryMatcher, readerCountryCodes } from '../../pipeline/read/countries.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const match = countryMatcher();
const codes = (text: string) => match(text).map((h) => `${h.code}${h.demonym ? ' (demonym)' : ''}`);

describe('country words', () => {
  it('draws every code it can draft from the countries vocabulary, so a draft always validates', () => {
    const known = new Set(loadReaderVocab(diskFS(ROOT)).countries.map((c) => c.code));
    expect(readerCountryCodes().filter((code) => !known.has(code))).toEqual([]);
  });

  it('reads a European transit country as the reporter of its exports to Russia', () => {
    const [o] = readText('Lithuania’s exports of machine tools to Russia rose 40% in 2023.', lexicon).observations;
    expect(o).toMatchObject({ reporter: 'LTU', partner: 'RUS' });
  });

  it('reads a demonym before customs as the reporter', () => {
    const [o] = readText('Polish customs data show imports of bearings from China rose 25% in 2023.', lexicon).observations;
    expect(o).toMatchObject({ reporter: 'POL', partner: 'CHN' });
  });

  it('knows the names, demonyms and capitals of countries beyond the first texts', () => {
    expect(codes('Israel, Swiss firms, Czechia and the Netherlands')).toEqual(['ISR', 'CHE (demonym)', 'CZE', 'NLD']);
    expect(match('Warsaw said')[0]).toMatchObject({ code: 'POL', metonym: true });
  });

  it('matches a demonym that is an ordinary word only as written', () => {
    expect(codes('Polish exporters')).toEqual(['POL (demonym)']);
    expect(codes('to polish the lenses and finish the danish')).toEqual([]);
  });

  it('leaves out names that are also people’s names', () => {
    expect(codes('Jordan and Chad met in Sofia')).toEqual([]);
  });
});
