import { describe, expect, it } from 'vitest';
import { entityMentions } from '../../pipeline/normalize/entityMentions.js';
import { sentenceSpans } from '../../pipeline/normalize/sentences.js';

const entities = [
  { entity_id: 'china', name: 'China', aliases: ['Beijing', 'PRC'] },
  { entity_id: 'ncri', name: 'North China Research Institute of Electro-Optics', aliases: [] },
  { entity_id: 'us', name: 'United States', aliases: ['U.S.'] },
];

describe('entityMentions', () => {
  const text =
    'China and North China Research Institute of Electro-Optics. Beijing’s view; the U.S. side. Chinese firms, PRCs, China-based.';
  const rows = entityMentions('src', text, sentenceSpans(text), entities);
  it('finds names and aliases as whole words, the longest name winning', () => {
    expect(rows.map((r) => [r.entity_id, r.text])).toEqual([
      ['china', 'China'],
      ['ncri', 'North China Research Institute of Electro-Optics'],
      ['china', 'Beijing'],
      ['us', 'U.S.'],
      ['china', 'China'],
    ]);
  });
  it('numbers mentions per entity and records the sentence', () => {
    expect(rows.map((r) => r.entity_mention_id)).toEqual(['src--china-1', 'src--ncri-1', 'src--china-2', 'src--us-1', 'src--china-3']);
    expect(rows.map((r) => r.sentence)).toEqual([0, 0, 1, 1, 2]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('entityMentions with entities of the same name', () => {
  it('gives a mention to the entity the source itself lists, whatever the ids', () => {
    const text = 'China-based companies supply it.';
    const entities = [
      { entity_id: 'a-other-source-group', name: 'China-based companies', aliases: [] },
      { entity_id: 'z-own-group', name: 'Chinese companies', aliases: ['China-based companies'] },
    ];
    const spans = [{ start: 0, end: text.length }];
    expect(entityMentions('s', text, spans, entities).map((m) => m.entity_id)).toEqual(['a-other-source-group']);
    expect(entityMentions('s', text, spans, entities, new Set(['z-own-group'])).map((m) => m.entity_id)).toEqual(['z-own-group']);
  });
});

describe('entityMentions and the case of a name (issue 13, item 8)', () => {
  const entities = [
    { entity_id: 'russia', name: 'Russia', aliases: ['Moscow'] },
    { entity_id: 'kremlin', name: 'Kremlin', aliases: [] },
    { entity_id: 'united-states', name: 'United States', aliases: ['U.S.', 'US', 'Washington'] },
  ];
  const found = (text: string) => entityMentions('s', text, [{ start: 0, end: text.length }], entities).map((r) => [r.entity_id, r.text]);

  it('finds a name written in lower case', () => {
    expect(found('russia has used it, the kremlin said; a united states official agreed.')).toEqual([
      ['russia', 'russia'],
      ['kremlin', 'kremlin'],
      ['united-states', 'united states'],
    ]);
  });
  it('leaves other mixes of case unmatched, so earlier releases keep every row ("United states", "KREMLIN")', () => {
    expect(found('United states and KREMLIN and Russia')).toEqual([['russia', 'Russia']]);
  });
  it('matches an all-capitals alias only as written, so "us" is no United States', () => {
    expect(found('They told us the US would act.')).toEqual([['united-states', 'US']]);
  });
  it('leaves out a name written in capitals when the name is not (a dateline: the city the story was filed from)', () => {
    expect(found('WASHINGTON — Washington says Moscow buys.')).toEqual([
      ['united-states', 'Washington'],
      ['russia', 'Moscow'],
    ]);
  });
  it('leaves out a country name that names a currency: "U.S. dollars"', () => {
    expect(found('$5 million U.S. dollars; U.S. officials said; 3 US cents')).toEqual([['united-states', 'U.S.']]);
  });
  it('leaves out an office title followed by "for" and a portfolio: another office than the alias names', () => {
    const offices = [
      { entity_id: 'us-state', name: 'U.S. Department of State', aliases: ['Secretary of State'] },
      { entity_id: 'russia', name: 'Russia', aliases: ['Moscow'] },
    ];
    const text =
      'The Secretary of State for Trade and Industry (Alan Brooke) replied. The Secretary of State said on Monday that Russia for the Moscow market bought more.';
    expect(entityMentions('s', text, [{ start: 0, end: text.length }], offices).map((r) => [r.entity_id, r.start])).toEqual([
      ['us-state', text.indexOf('Secretary of State said')],
      ['russia', text.indexOf('Russia for')],
      ['russia', text.indexOf('Moscow')],
    ]);
  });
  it('keeps offsets right where case folding could change a length', () => {
    const text = 'İstanbul and RUSSIA and russia.';
    const rows = entityMentions('s', text, [{ start: 0, end: text.length }], entities);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(rows.map((r) => r.text)).toEqual(['russia']);
  });
});

describe('entityMentions in a question heading', () => {
  // suggest drafts no entity from a question heading (it names no actor: pipeline/suggest/
  // questionHeadings.ts), but the table indexes where a curated entity is named, not who acts: a
  // page headed "Which Chinese firms supply drone engines to Russia?" is a page about Russia.
  it('counts a curated entity named in a question heading, as anywhere in the text', () => {
    const text = 'Which Chinese firms supply drone engines to Russia?\n\nCustoms data name three firms in Xiamen.\n';
    const rows = entityMentions('q', text, sentenceSpans(text), [{ entity_id: 'russia', name: 'Russia', aliases: [] }]);
    expect(rows.map((r) => [r.entity_id, r.text, r.start])).toEqual([['russia', 'Russia', text.indexOf('Russia')]]);
  });
});
