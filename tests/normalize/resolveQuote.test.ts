import { describe, expect, it } from 'vitest';
import { lineColumn } from '../../pipeline/core/text.js';
import { NEAREST_SEARCHES_PER_TEXT, occurrenceAt, occurrences, resolveQuote } from '../../pipeline/normalize/resolveQuote.js';

const text = 'Nearly 70% of Russia’s imports came from China. China said so.\nChina denied it.';

describe('resolveQuote', () => {
  it('resolves a unique quote to its offsets', () => {
    expect(resolveQuote(text, { quote: 'Nearly 70%' })).toEqual({ ok: true, start: 0, end: 10 });
  });
  it('reports an ambiguous quote with every occurrence', () => {
    expect(resolveQuote(text, { quote: 'China' })).toEqual({ ok: false, reason: 'ambiguous', starts: [41, 48, 63] });
  });
  it('picks the n-th occurrence (1-based)', () => {
    expect(resolveQuote(text, { quote: 'China', occurrence: 2 })).toEqual({ ok: true, start: 48, end: 53 });
  });
  it('narrows by prefix and suffix (W3C TextQuoteSelector)', () => {
    expect(resolveQuote(text, { quote: 'China', prefix: 'from ' })).toEqual({ ok: true, start: 41, end: 46 });
    expect(resolveQuote(text, { quote: 'China', suffix: ' denied' })).toEqual({ ok: true, start: 63, end: 68 });
  });
  it('counts occurrence among the matches of prefix and suffix', () => {
    expect(resolveQuote(text, { quote: 'China', suffix: ' ', occurrence: 2 })).toEqual({ ok: true, start: 63, end: 68 });
  });
  it('reports an occurrence out of range with the count', () => {
    expect(resolveQuote(text, { quote: 'China', occurrence: 4 })).toEqual({ ok: false, reason: 'occurrence', count: 3 });
    expect(resolveQuote(text, { quote: 'China', prefix: 'xyz' })).toEqual({ ok: false, reason: 'occurrence', count: 0 });
  });
  it('suggests the words that differ only by a straight apostrophe', () => {
    const r = resolveQuote(text, { quote: "Russia's imports" });
    expect(r).toMatchObject({ ok: false, reason: 'not-found', nearest: { start: 14, end: 30 } });
    expect(text.slice(14, 30)).toBe('Russia’s imports');
  });
  it('suggests the nearest words for a misspelt quote', () => {
    const r = resolveQuote(text, { quote: 'Nearly 80%' });
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'not-found') expect(text.slice(r.nearest!.start, r.nearest!.end)).toBe('Nearly 70%');
  });
  it('gives no suggestion when nothing is close', () => {
    expect(resolveQuote(text, { quote: 'zzzzzzzzzzzzzzzzzzzzzzzz' })).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('occurrences and lineColumn', () => {
  it('finds overlapping occurrences', () => {
    expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
  });
  it('gives 1-based line and column', () => {
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 63)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 65)).toEqual({ line: 2, column: 3 });
  });
});

describe('occurrenceAt', () => {
  it('counts plain substring matches up to the start, as the W3C TextQuoteSelector does', () => {
    expect(occurrenceAt('one, someone, one', 'one', 14)).toEqual({ occurrence: 3, total: 3 });
    expect(occurrenceAt('one, someone, one', 'one', 0)).toEqual({ occurrence: 1, total: 3 });
  });
});

describe('near-match hints on many misspelled quotes (issue 14, finding 9)', () => {
  const long = Array.from({ length: 200 }, (_, i) => `Sentence ${i} says exports grew by ${i}% to $${i} million.`).join(' ');
  const misspelled = (i: number) => `Sentense ${i} sayz exports grue by ${i}%`;
  it(`searches the text for at most ${NEAREST_SEARCHES_PER_TEXT} quotes of one text; the rest are reported without a near match`, () => {
    const found = Array.from({ length: NEAREST_SEARCHES_PER_TEXT + 10 }, (_, i) => resolveQuote(long, { quote: misspelled(i) }));
    expect(found.every((r) => !r.ok && r.reason === 'not-found')).toBe(true);
    const hinted = found.map((r) => !r.ok && r.reason === 'not-found' && r.nearest !== undefined);
    expect(hinted.slice(0, NEAREST_SEARCHES_PER_TEXT).every(Boolean)).toBe(true);
    expect(hinted.slice(NEAREST_SEARCHES_PER_TEXT).some(Boolean)).toBe(false);
  });
  it('gives a quote the same answer when it is resolved again (for coverage), cap or not', () => {
    const a = resolveQuote(long, { quote: misspelled(3) });
    expect(resolveQuote(long, { quote: misspelled(3) })).toEqual(a);
  });
  it('still finds look-alikes (case, spacing) past the cap: they need no search', () => {
    for (let i = 0; i < NEAREST_SEARCHES_PER_TEXT + 5; i++) resolveQuote(long, { quote: misspelled(100 + i) });
    const r = resolveQuote(long, { quote: 'sentence 7 says  exports' });
    expect(r.ok === false && r.reason === 'not-found' && r.nearest?.note).toBeTruthy();
  });
});
