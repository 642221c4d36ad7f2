import { describe, expect, it } from 'vitest';
import { mentionRows, slugify } from '../../pipeline/normalize/mentionRows.js';
import { fixedExtractor } from '../fixtures/fixedExtractor.js';

describe('slugify', () => {
  it.each([
    ['about 90%', 'about-90-percent'],
    ['approximately $900 million', 'approximately-dollar-900-million'],
    ['€2.5bn', 'euro-2-point-5bn'],
    ['Two', 'two'],
    ['—', 'mention'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('mentionRows', () => {
  const text = 'In 2022 about 90% came; in 2023 about 90% again; 2022 too.';
  const extract = fixedExtractor([
    { text: 'about 90%', occurrence: 2, kind: 'percent', value: 90 },
    { text: '2022', kind: 'year', value: 2022 },
    { text: 'about 90%', kind: 'percent', value: 90 },
    { text: '2022', occurrence: 2, kind: 'year', value: 2022 },
  ]);
  it('numbers equal mention texts by occurrence in text order, never by row', () => {
    const rows = mentionRows('src', extract(text));
    expect(rows.map((r) => r.mention_id)).toEqual(['src--2022-1', 'src--about-90-percent-1', 'src--about-90-percent-2', 'src--2022-2']);
  });
  it('keeps the ids of earlier mentions when a later one is added', () => {
    const before = mentionRows('src', extract(text)).map((r) => r.mention_id);
    const after = mentionRows('src', fixedExtractor([{ text: 'again', kind: 'number' }])(text).concat(extract(text))).map(
      (r) => r.mention_id,
    );
    expect(after.filter((id) => !id.includes('again'))).toEqual(before);
  });
});
