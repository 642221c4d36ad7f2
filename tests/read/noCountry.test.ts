/**
 * Figures that can take no country (pipeline/read/noCountry.ts): left aside early, with the note
 * the whole reading gives, and read in full wherever a word around them supplies a country.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';
import { ignore, ignoreWithNoteWhenRead } from '../../pipeline/read/observationResult.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const noteOf = (text: string, quote: string): string | undefined => readText(text, lexicon).ignored.find((i) => i.quote === quote)?.note;
const drafted = (text: string, quote: string) => readText(text, lexicon).observations.find((o) => o.quote === quote);

describe('figures that can take no country', () => {
  it('leaves aside a figure with a flow word and no country as measuring no country', () => {
    expect(noteOf('The ministry approved a budget of $40 million for imports of machine tools.', '$40 million')).toBe(
      'no country it measures',
    );
  });

  it('says a figure whose only flow word is in its sentence’s attribution has no supply or trade word', () => {
    expect(noteOf('The budget was $40 million, according to the exporters’ association.', '$40 million')).toBe(
      'no supply or trade word in its sentence',
    );
    expect(noteOf('The budget was $40 million, the exporters’ association said.', '$40 million')).toBe(
      'no supply or trade word in its sentence',
    );
  });

  it('keeps a flow word that an attribution from the sentence before does not cover', () => {
    expect(
      noteOf('Exporters said trade was slowing.\nThe ministry set $40 million aside for imports of machine tools.', '$40 million'),
    ).toBe('no country it measures');
  });
});

describe('figures a word around them gives a country', () => {
  it('reads "the country’s imports" as the country the sentence before speaks of', () => {
    expect(
      drafted("Kazakhstan's role as a transit hub has grown.\nIn 2023, the country's imports of machinery rose 12%.", '12%'),
    ).toMatchObject({ reporter: 'KAZ', flow: 'import' });
  });

  it('reads "Its exports" as the subject of the sentence before', () => {
    expect(drafted('Mainland China picked up the slack. Its exports of chips rose to $64 million.', '$64 million')).toMatchObject({
      reporter: 'CHN',
      flow: 'export',
    });
  });

  it('reads a total "in total" as from all partners', () => {
    expect(drafted('Imports of machine tools reached $5 billion in total.', '$5 billion')).toMatchObject({
      partner: 'WLD',
      flow: 'import',
    });
  });

  it('reads "the companies" as placed by the sentence before', () => {
    expect(
      drafted('The regulator added 37 entities in China to the Entity List. The companies shipped $12 million of chips.', '$12 million'),
    ).toMatchObject({ partner: 'CHN' });
  });

  it('reads the base of a share as from all partners', () => {
    expect(drafted('Machine tools made up 70% of the $900 million in imports last year.', '$900 million')).toMatchObject({
      partner: 'WLD',
    });
  });
});

describe('the note of a figure that takes no country, read when asked for', () => {
  const m = { text: '$7 million', start: 10, end: 20, kind: 'money' } as Parameters<typeof ignoreWithNoteWhenRead>[0];

  it('reads the note only when it is first asked for, and once', () => {
    let reads = 0;
    const aside = ignoreWithNoteWhenRead(m, 'no-trade-context', () => {
      reads++;
      return 'no country it measures';
    }).ignored!;
    expect(reads).toBe(0);
    expect(aside.note).toBe('no country it measures');
    expect(aside.note).toBe('no country it measures');
    expect(reads).toBe(1);
  });

  it('shows the note where an aside read at once shows it, in JSON and in a copy', () => {
    const eager = ignore(m, 'no-trade-context', 'no country it measures').ignored!;
    const lazy = ignoreWithNoteWhenRead(m, 'no-trade-context', () => 'no country it measures').ignored!;
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect({ ...lazy }).toEqual({ ...eager });
  });

  it('keeps a note set over the one it would read', () => {
    const lazy = ignoreWithNoteWhenRead(m, 'date', () => 'a date').ignored!;
    lazy.note = 'the period of $5 million (2023)';
    expect(lazy.note).toBe('the period of $5 million (2023)');
  });

  it('gives a text’s reading the note its sentence’s attribution decides, once the reading is done', () => {
    const text = 'The budget was $40 million, the exporters’ association said. Exports of drones rose.';
    const reading = readText(text, lexicon);
    const aside = reading.ignored.find((i) => i.quote === '$40 million')!;
    expect(JSON.parse(JSON.stringify(aside)).note).toBe('no supply or trade word in its sentence');
  });
});
