/** `figures review ID --again N`: a curator's second review after the reader's reading changed. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FiguresError } from '../../pipeline/core/errors.js';
import { reviewAgain } from '../../pipeline/review/again.js';
import { staleReviews } from '../../pipeline/review/stale.js';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import { formatReview } from '../../pipeline/review/view.js';
import { CURATED, SOURCE, claimDraft, draftYaml, observationDraft, reading, review } from './helpers.js';

const FILE = `raw/annotations/${SOURCE}.yaml`;
/** Reviewed by a curator: the stamped blocks without their `stamped` mark. */
const curated = stampedYaml(CURATED, review(CURATED))!.replace(/\n +stamped: true/g, '');
const moved = reading({ observations: [observationDraft({ partner: 'KAZ' })] });
const locate = (path: (string | number)[]) => ({ file: FILE, line: path.length, column: 1 });

describe('--again', () => {
  it('records the review against the current proposal, keeping the curated values: the item is no longer stale', () => {
    expect(staleReviews(review(curated, moved), locate)).toHaveLength(1);
    const out = reviewAgain(FILE, curated, review(curated, moved), [1]);
    const o = parse(out).observations[0];
    expect(o).toMatchObject({ partner: 'CHN', reporter: 'RUS' });
    expect(o.review).toMatchObject({ decision: 'edited', edited: ['partner'], proposal: { partner: 'KAZ' } });
    expect(o.review.stamped).toBeUndefined();
    expect(staleReviews(review(out, moved), locate)).toEqual([]);
  });

  it('records accepted when the curated values now equal the proposal, and added when the reader proposes nothing there', () => {
    const sameAsCurated = reading({ claims: [claimDraft({ claimant: 'us-officials' })] });
    const accepted = parse(reviewAgain(FILE, curated, review(curated, sameAsCurated), [3])).claims[0];
    expect(accepted.review).toMatchObject({ decision: 'accepted' });
    expect(accepted.review.edited).toBeUndefined();
    const added = parse(reviewAgain(FILE, curated, review(curated, reading({ claims: [] })), [3])).claims[0];
    expect(added.review).toMatchObject({ decision: 'added', proposal: null });
  });

  it('changes nothing but the review block: comments, folded notes and other items stay as written', () => {
    const out = reviewAgain(FILE, curated, review(curated, moved), [1]);
    const strip = (y: string) => y.replace(/\n +review:\n(?: {6,}.*\n)+/g, '\n');
    expect(strip(out)).toBe(strip(curated));
    expect(out).toContain('period: "2023" # the year of the sentence');
  });

  it('refuses unreviewed drafts, unknown numbers and entries that are not published, all at once', () => {
    const drafts = draftYaml();
    let error: unknown;
    try {
      reviewAgain(FILE, drafts, review(drafts), [1, 9]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FiguresError);
    const messages = (error as FiguresError).problems.map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('has not been reviewed yet');
    expect(messages[1]).toContain('there is no draft 9 (the review lists 2)');
  });
});

describe('--again on an item whose quote is not in the text', () => {
  it('refuses, naming the quote: a review against no reading would record the typo as reviewed', () => {
    const typo = curated.replace(
      'quote: Chinese companies are likely supplying drone engines to Russia\n',
      'quote: Chinese companies are likely suplying drone engines to Russia\n',
    );
    expect(typo).not.toBe(curated);
    const n = review(typo).order.findIndex((i) => i.quote.includes('suplying')) + 1;
    expect(n).toBeGreaterThan(0);
    let error: unknown;
    try {
      reviewAgain(FILE, typo, review(typo), [n]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FiguresError);
    expect((error as FiguresError).problems[0]!.message).toContain('"Chinese companies are likely suplying drone engines to Russia"');
    expect((error as FiguresError).problems[0]!.message).toContain('is not in the text');
  });
});

describe('the review view of stale items', () => {
  it('shows an item reviewed for another reading among those to review, naming the fields that moved', () => {
    const view = formatReview(review(curated, moved));
    expect(view).toContain(
      '[1/3] observation "ru-machine-tools-imports-cn-2023": accepted, the reader\'s confidence 0.95 — reviewed for another reading; the reader now proposes otherwise for: partner',
    );
    expect(view.trimEnd().split('\n').at(-1)).toBe(
      'To review again: 1 item(s): [1]. The curated values stay as they are; when they are still right, record the new review with --again N (docs/curation.md).',
    );
  });
});
