/**
 * The vocabulary phrase matcher: a phrase matches in any case, with spaces, hyphens and line
 * breaks between its words read as one space and a curly apostrophe as a straight one — on
 * ASCII text (compared in place) and on text with other letters or a no-break space alike.
 */
import { describe, expect, it } from 'vitest';
import { matchPhrases, matchPhrasesOfBoth, phraseMatcher, phraseTable } from '../../pipeline/read/phrases.js';

const find = phraseMatcher([
  { phrase: 'machine tools', value: 'machine-tools' },
  { phrase: 'dual-use goods', value: 'dual-use-goods' },
  { phrase: "people's republic of china", value: 'china' },
  { phrase: 'türkiye', value: 'turkey' },
  { phrase: 'Σ-class parts', value: 'sigma' },
  { phrase: 'U.S.', value: 'usa', caseSensitive: true },
]);
const values = (text: string): string[] => find(text).map((h) => h.value);

describe('phrase matcher', () => {
  it('matches multi-word phrases in any case and across spaces, hyphens and line breaks', () => {
    expect(values('MACHINE TOOLS, machine-tools, Machine  tools, machine\ntools, machine -\ttools')).toEqual(
      Array(5).fill('machine-tools'),
    );
    expect(values('dual use goods and Dual-Use Goods')).toEqual(['dual-use-goods', 'dual-use-goods']);
  });

  it('matches across a no-break space, a curly apostrophe and letters outside ASCII', () => {
    expect(values('machine\u00a0tools from the People’s Republic of China via TÜRKIYE')).toEqual(['machine-tools', 'china', 'turkey']);
    expect(values('ΣΑΣ Σ-CLASS PARTS')).toEqual(['sigma']);
  });

  it('does not match other words, parts of words, or a case-sensitive phrase in another case', () => {
    expect(values('machine toolset, machines tools, machine, the u.s. economy')).toEqual([]);
    expect(values('the U.S. economy')).toEqual(['usa']);
  });

  it('gives each hit its offsets and text as written', () => {
    const text = 'Exports of Machine-Tools rose.';
    expect(find(text)).toEqual([{ start: 11, end: 24, text: 'Machine-Tools', value: 'machine-tools' }]);
  });
});

describe('two vocabularies in one walk', () => {
  // Phrases that overlap across the tables and within one: each table's hits must be those of its own walk.
  const places = phraseTable([
    { phrase: 'Hong Kong', value: 'HKG' },
    { phrase: 'China', value: 'CHN' },
    { phrase: 'U.S.', value: 'USA', caseSensitive: true },
    { phrase: 'machine', value: 'not-a-place' },
  ]);
  const goods = phraseTable(
    [
      { phrase: 'machine tools', value: 'machine-tools' },
      { phrase: 'tools', value: 'tools' },
      { phrase: 'kong tools', value: 'odd' },
      { phrase: 'china', value: 'porcelain' },
      { phrase: 'chips', value: 'chips' },
    ],
    { rejectFollowing: (text, end) => text.startsWith(' act', end) },
  );
  const texts = [
    'Machine tools from Hong Kong tools and China chips reached the U.S. market.',
    'machine-tools, Hong Kong. Tools; china chips act, machine tools',
    'U.S.-made Hong  Kong tools',
  ];

  it('gives each table the hits its own walk gives, also from an offset and up to an end', () => {
    for (const text of texts) {
      for (const [from, to] of [
        [0, text.length],
        [8, text.length - 5],
      ] as const) {
        const both = matchPhrasesOfBoth(places, goods, text, from, to);
        expect(both.a).toEqual(matchPhrases(places, text, from, to));
        expect(both.b).toEqual(matchPhrases(goods, text, from, to));
      }
    }
    expect(matchPhrasesOfBoth(places, goods, texts[0]!, 0, texts[0]!.length).b.map((h) => h.value)).toEqual([
      'machine-tools',
      'odd',
      'porcelain',
      'chips',
    ]);
  });
});
