import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions, type Mention } from '../../pipeline/extract/index.js';
import { normalizeText } from '../../pipeline/core/text.js';
import { PHRASES, type Expected } from './phraseTable.js';

const close = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) : a === b;

/** The fields of `actual` named in `expected`, with numbers replaced by the expected ones when close. */
function pickLike(actual: Mention, expected: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(expected) as (keyof Mention)[]) out[k] = close(actual[k], expected[k]) ? expected[k] : actual[k];
  return out;
}

describe('the phrase table (issue 2 §2)', () => {
  it('has at least 150 phrases', () => expect(PHRASES.length).toBeGreaterThanOrEqual(150));
  for (const c of PHRASES) {
    it(c.about, () => {
      const got = extractMentions(c.input);
      const shaped = got.map((g, i) => (c.expect[i] ? pickLike(g, c.expect[i]!) : { text: g.text, extra: true }));
      expect(shaped, c.input).toEqual(c.expect);
    });
  }
});

const SOURCE_ID = 'news-2024-04-12-china-surges-sales-to-russia';
const source = normalizeText(readFileSync(new URL(`../../raw/sources/${SOURCE_ID}.txt`, import.meta.url), 'utf8'));

describe('the first source', () => {
  const mentions = extractMentions(source);
  const byText = (t: string) => mentions.find((m) => m.text === t);

  it.each([
    ['about 90%', 90, 'percent', 'approximately', 85, 95, '2023'],
    ['Nearly 70%', 70, 'percent', 'at_most', 65, 70, '2023-10/2023-12'],
    ['approximately $900 million', 900e6, 'USD', 'approximately', 850e6, 950e6, '2023-10/2023-12'],
    ['$200 million', 200e6, 'USD', 'exact', 200e6, 200e6, '2021'],
    ['over $500 million', 500e6, 'USD', 'more_than', 500e6, null, '2022'],
    ['more than two years', 2, 'year', 'more_than', 2, null, null],
  ])('gives %s exactly as tabled in the issue', (text, value, unit, hedge, low, high, period) => {
    const m = byText(text);
    expect(m).toBeDefined();
    expect({ value: m!.value, unit: m!.unit, hedge: m!.hedge, low: m!.value_low, high: m!.value_high, period: m!.period }).toEqual({
      value,
      unit,
      hedge,
      low,
      high,
      period,
    });
  });

  it('finds nothing in COVID-19 or the Group of 7', () => {
    expect(mentions.some((m) => /COVID|19|Group|7/.test(m.text) && !/\d{4}|70%/.test(m.text))).toBe(false);
  });

  it('matches the golden file exactly', () => {
    const golden = JSON.parse(readFileSync(new URL(`./golden/${SOURCE_ID}.mentions.json`, import.meta.url), 'utf8'));
    expect(mentions).toEqual(golden);
  });

  it('keeps every span equal to its text in the source', () => {
    for (const m of mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
  });
});
