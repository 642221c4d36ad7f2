/**
 * Properties of extractMentions on any input (fast-check): it never throws, every span lies
 * in the text and equals its `text`, mentions are ordered and do not overlap, intervals are
 * ordered around the value, sentences never go back, and the result is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions, type Mention } from '../../pipeline/extract/index.js';

/** Pieces of news text the extractor reacts to, so random strings hit its rules often. */
const TOKENS = [
  '$',
  'US$',
  '€',
  '£',
  '¥',
  '₽',
  'Rbs',
  'Rmb',
  'USD ',
  '1',
  '2',
  '3',
  '90',
  '900',
  '2,000',
  '14,500',
  '3.75',
  '0.5',
  '2023',
  '2021',
  '1990s',
  ' million',
  ' billion',
  'bn',
  'm',
  'k',
  ' trillion',
  '%',
  ' percent',
  ' per cent',
  ' percentage points',
  ' basis points',
  ' yuan',
  ' rubles',
  ' dollars',
  ' euros',
  ' pounds',
  ' years',
  ' months',
  '-year',
  ' times',
  '-fold',
  'x',
  '+',
  '-plus',
  ' or more',
  ' or so',
  'about ',
  'nearly ',
  'over ',
  'more than ',
  'at least ',
  'up to ',
  'some ',
  'an estimated ',
  'less than ',
  'just under ',
  '~',
  'between ',
  ' and ',
  ' to ',
  'from ',
  '-',
  '–',
  '—',
  '/',
  ':',
  '.',
  ',',
  ';',
  ' ',
  '  ',
  '\n',
  '(',
  ')',
  '“',
  '”',
  '’s',
  'a third',
  'half',
  'two-thirds',
  'a quarter',
  'one in five',
  'two',
  'twenty-five',
  'three hundred',
  'a dozen',
  'dozens of',
  'hundreds of millions of',
  'doubled',
  'more than doubled',
  'tripled',
  'fivefold',
  'twice as',
  'one of',
  'no one',
  'Q4 ',
  'Q1 2024',
  'H2 ',
  'FY',
  'fiscal ',
  'the last quarter of ',
  'the first half of ',
  'the first nine months of ',
  'March',
  'June',
  'May ',
  'April 12, ',
  'between March and June',
  'COVID-19',
  'G7',
  'Group of 7',
  'Tier 2',
  'R47512',
  'eight-digit',
  'Order 14024',
  'Su-35',
  'the ',
  'of ',
  'in ',
  'China',
  'Russia',
  'imports',
  'shipments',
  'U.S. ',
  'Mr. ',
  'e',
  'é',
  '😀',
  '\u00a0',
];
const newsish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsish);

function checkInvariants(input: string, ms: Mention[]): void {
  let prevEnd = 0;
  let prevSentence = 0;
  for (const m of ms) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(prevEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(m.text).toBe(input.slice(m.start, m.end));
    expect(m.sentence).toBeGreaterThanOrEqual(prevSentence);
    if (m.value_low !== null && m.value_high !== null) expect(m.value_low).toBeLessThanOrEqual(m.value_high);
    if (m.value !== null && m.value_low !== null) expect(m.value_low).toBeLessThanOrEqual(m.value);
    if (m.value !== null && m.value_high !== null) expect(m.value).toBeLessThanOrEqual(m.value_high);
    for (const v of [m.value, m.value_low, m.value_high, m.scale]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    if (m.hedge === 'range') expect(m.value).toBeNull();
    prevEnd = m.end;
    prevSentence = m.sentence;
  }
}

describe('extractMentions on any string', () => {
  it('never throws, and keeps every invariant of a mention list', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkInvariants(input, extractMentions(input));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same mentions every time (deterministic)', () => {
    fc.assert(
      fc.property(newsish, (input) => {
        expect(extractMentions(input)).toEqual(extractMentions(input));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same figure wherever it sits in a longer text', () => {
    fc.assert(
      fc.property(newsish, newsish, (before, after) => {
        const input = `${before}\n\nExports reached about $900 million in 2023.\n\n${after}`;
        const at = input.indexOf('about $900 million');
        const m = extractMentions(input).find((x) => x.start === at);
        expect(m).toMatchObject({
          text: 'about $900 million',
          value: 900e6,
          unit: 'USD',
          hedge: 'approximately',
          value_low: 850e6,
          value_high: 950e6,
          period: '2023',
        });
      }),
      { numRuns: 300 },
    );
  });
});
