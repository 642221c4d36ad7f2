/**
 * The vocabulary phrase matcher: a phrase matches in any case, with spaces, hyphens and line
 * breaks between its words read as one space and a curly apostrophe as a straight one — on
 * ASCII text (compared in place) and on text with other letters or a no-break space alike.
 */
import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../pipeline/read/phrases.js';

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
