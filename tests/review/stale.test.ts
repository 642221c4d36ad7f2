/**
 * review-stale: a review is of one reading — the text, the quote and the reader's proposal. A
 * changed proposal or quote is a warning of `figures validate` with the old and new proposal
 * side by side; a changed text is the build's error (tests/validate/reviewState.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { staleReviews } from '../../pipeline/review/stale.js';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import { CURATED, TEXT, claimDraft, observationDraft, reading, review } from './helpers.js';

const stamped = stampedYaml(CURATED, review(CURATED))!;
const locate = (path: (string | number)[]) => ({ file: 'raw/annotations/test-review.yaml', line: path.length, column: 1 });

describe('review-stale', () => {
  it('reports nothing while the text, the quotes and the proposals are those reviewed', () => {
    expect(staleReviews(review(stamped), locate)).toEqual([]);
  });

  it('ignores changes of confidence and evidence: only proposed values count', () => {
    const r = reading({
      observations: [observationDraft({ confidence: 0.1, evidence: {} })],
      claims: [claimDraft({ confidence: 0.2, evidence: {} })],
    });
    expect(staleReviews(review(stamped, r), locate)).toEqual([]);
  });

  it('warns when the reader now proposes another value, showing the reviewed and the new proposal side by side', () => {
    const problems = staleReviews(review(stamped, reading({ observations: [observationDraft({ partner: 'KAZ' })] })), locate);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ code: 'review-stale', severity: 'warning' });
    expect(p!.message).toContain('observation "ru-machine-tools-imports-cn-2023" was reviewed for another proposal of the reader');
    expect(p!.message).toMatch(/\* partner\s+"CHN"\s+"KAZ"/);
    expect(p!.message).toMatch(/ {3}reporter\s+"RUS"\s+"RUS"/);
    expect(p!.value).toMatchObject({ partner: { reviewed: 'CHN', now: 'KAZ' } });
  });

  it('warns when the reader no longer proposes anything there', () => {
    const [p] = staleReviews(review(stamped, reading({ claims: [] })), locate);
    expect(p!.message).toMatch(/\* supplier\s+\["chinese-companies"\]\s+\(none\)/);
  });

  it('warns, naming the quote as the cause, when the curator changed the quote after the review', () => {
    const moved = stamped.replace(
      'quote: Chinese companies are likely supplying drone engines to Russia\n',
      'quote: Chinese companies are likely supplying drone engines\n',
    );
    const [p] = staleReviews(review(moved), locate);
    expect(p!.message).toContain('was reviewed for another quote');
  });

  it('leaves a changed text to the build: no second report of the same cause', () => {
    const other = TEXT.replace('The war has lasted 30 months.', 'The war has lasted 30 months and more.');
    expect(staleReviews(review(stamped, reading(), other), locate)).toEqual([]);
  });

  it('leaves a quote that is not in the text to the build: its quote-not-found is the one report, no empty review-stale', () => {
    const typo = stamped.replace(
      'quote: Chinese companies are likely supplying drone engines to Russia\n',
      'quote: Chinese companies are likely suplying drone engines to Russia\n',
    );
    expect(typo).not.toBe(stamped);
    expect(staleReviews(review(typo), locate)).toEqual([]);
  });
});
