import { describe, expect, it } from 'vitest';
import { countryMatcher, guessReporterPartner } from '../../pipeline/suggest/countries.js';

const match = countryMatcher([{ code: 'KGZ', name: 'Kyrgyzstan' }]);
const guessIn = (s: string) => guessReporterPartner(match(s), s, 0);

describe('country words', () => {
  it('finds names, aliases and demonyms, longest first, as whole words', () => {
    const hits = match('The People’s Republic of China (PRC), Chinese firms, the Russian Federation, Chinatown, Kyrgyzstan');
    expect(hits.map((h) => [h.text, h.code, h.demonym])).toEqual([
      ['People’s Republic of China', 'CHN', false],
      ['PRC', 'CHN', false],
      ['Chinese', 'CHN', true],
      ['Russian Federation', 'RUS', false],
      ['Kyrgyzstan', 'KGZ', false],
    ]);
  });
  it('notes possessives and the preposition before a name', () => {
    const [a, b] = match('Russia’s imports from China');
    expect(a!.possessive).toBe(true);
    expect(b!.preposition).toBe('from');
  });
});

describe('guessReporterPartner', () => {
  it('reads "X’s imports from Y" as reporter X, partner Y', () => {
    expect(guessIn('Russia’s semiconductor imports from China jumped.')).toMatchObject({ reporter: 'RUS', partner: 'CHN' });
  });
  it('reads "Y has surged sales to X" as reporter X (the importer), partner Y', () => {
    expect(guessIn('China has surged sales to Russia of machine tools.')).toMatchObject({ reporter: 'RUS', partner: 'CHN' });
  });
  it('reads "of X’s … came from Y"', () => {
    expect(guessIn('Nearly 70% of Russia’s machine tool imports came from China.')).toMatchObject({ reporter: 'RUS', partner: 'CHN' });
  });
  it('guesses nothing when no country is named', () => {
    expect(guessIn('Imports rose.')).toMatchObject({ reporter: null, partner: null });
  });
});
