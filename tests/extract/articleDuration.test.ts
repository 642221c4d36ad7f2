import { describe, expect, it } from 'vitest';
import { readArticleDuration } from '../../pipeline/extract/articleDuration.js';

const at = (s: string, w: string) => readArticleDuration(s, s.indexOf(w), s.indexOf(w) + w.length, w);

describe('readArticleDuration', () => {
  it('reads "a year" with its article', () =>
    expect(at('more than a year', 'year')).toEqual({ start: 10, end: 16, unit: 'year', m: 1, dec: 0, factor: 1 }));
  it('reads "a decade" as ten years', () => expect(at('nearly a decade', 'decade')).toMatchObject({ unit: 'year', m: 1, factor: 10 }));
  it('reads "a year and a half" as 1.5', () => expect(at('over a year and a half', 'year')).toMatchObject({ m: 15, dec: 1, end: 22 }));
  it('reads "an" before a unit too', () => expect(at('an month', 'month')).toMatchObject({ start: 0 }));
  it('needs the article as a whole word', () => {
    expect(at('via year', 'year')).toBeNull();
    expect(at('year', 'year')).toBeNull();
  });
});
