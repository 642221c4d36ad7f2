/**
 * The extractor on real reporting nobody tuned it on: sentences from public articles on
 * China's supplies to Russia's war industry, read by hand (realTexts.ts). The agreement —
 * statistics with the right value, unit and hedge, over statistics expected plus spurious
 * ones — must stay at or above 95% (issue 2 asks 90% on unseen texts). Run
 * `npx tsx tests/extract/realTextsReport.ts` to see every disagreement.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../pipeline/extract/index.js';
import { REAL_SENTENCES } from './realTexts.js';
import { locate, scoreRealTexts } from './realTextsScore.js';

const MIN_RATE = 0.95;

describe('the hand-read table of real sentences', () => {
  it('has at least 250 sentences with statistics from at least 30 articles', () => {
    expect(REAL_SENTENCES.filter((r) => r.expect.length > 0).length).toBeGreaterThanOrEqual(250);
    expect(new Set(REAL_SENTENCES.map((r) => r.source)).size).toBeGreaterThanOrEqual(30);
  });

  it('quotes single sentences, each with the address of its article', () => {
    for (const r of REAL_SENTENCES) {
      expect(r.source, r.sentence).toMatch(/^https?:\/\/\S+$/);
      expect(r.sentence.length, r.sentence).toBeLessThan(600);
      expect(r.sentence, r.sentence).not.toMatch(/\n/);
    }
  });

  it('has every expected figure in its sentence, with an interval that fits its hedge', () => {
    for (const r of REAL_SENTENCES) {
      for (const e of r.expect) {
        expect(() => locate(r.sentence, e.text, e.nth)).not.toThrow();
        if (e.hedge === 'range') expect(e.value).toBeNull();
        else if (e.hedge === 'exact') expect([e.value_low, e.value_high]).toEqual([e.value, e.value]);
        else if (e.hedge === 'more_than' || e.hedge === 'at_least') expect([e.value_low, e.value_high]).toEqual([e.value, null]);
        else if (e.hedge === 'at_most') expect(e.value_high).toBe(e.value);
        if (e.value_low !== null && e.value_high !== null) expect(e.value_low).toBeLessThanOrEqual(e.value_high);
      }
    }
  });
});

describe('the extractor on real sentences', () => {
  const score = scoreRealTexts(REAL_SENTENCES, extractMentions);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

  it(`gets value, unit and hedge right for at least ${pct(MIN_RATE)} of the statistics, counting spurious ones against it`, () => {
    const rounds = [1, 2, 3, 4, 5].map((n) => {
      const r = scoreRealTexts(
        REAL_SENTENCES.filter((s) => (s.round ?? 1) === n),
        extractMentions,
      );
      return `round ${n} ${pct(r.rate)}`;
    });
    console.log(
      `real texts: ${score.sentences} sentences, ${score.sources} articles, ${score.expected} statistics; ` +
        `right ${score.right}, spurious ${score.spurious.length}; agreement ${pct(score.rate)} (with interval ${pct(score.rateWithInterval)}); ${rounds.join(', ')}`,
    );
    expect(score.rate).toBeGreaterThanOrEqual(MIN_RATE);
  });

  it(`gets the interval right as well for at least ${pct(MIN_RATE)}`, () => {
    expect(score.rateWithInterval).toBeGreaterThanOrEqual(MIN_RATE);
  });
});
