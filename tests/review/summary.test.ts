/** `figures review --summary`: the review counts over sources. */
import { describe, expect, it } from 'vitest';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import { formatTotals, reviewTotals } from '../../pipeline/review/summary.js';
import { CURATED, draftYaml, observationDraft, reading, review } from './helpers.js';

const withRejection = reading({ observations: [observationDraft(), observationDraft({ indicator: null }, '2023')] });

describe('review totals', () => {
  const stamped = stampedYaml(CURATED, review(CURATED, withRejection))!;
  const totals = reviewTotals([review(stamped, withRejection), review(draftYaml()), review(CURATED)]);

  it('counts decisions by kind, edited fields, unreviewed drafts and items not stamped yet', () => {
    expect(totals.sources).toBe(3);
    expect(totals.observation).toMatchObject({ accepted: 1, added: 1, rejected: 1, edited: 0, unreviewed: 1, unstamped: 2 });
    expect(totals.claim).toMatchObject({ accepted: 0, edited: 1, unreviewed: 1, unstamped: 1, fields: { claimant: 1 } });
  });

  it('prints a table and the edited fields', () => {
    const text = formatTotals(totals);
    expect(text).toContain('| accepted as proposed | 1 | 0 |');
    expect(text).toContain('| unreviewed drafts | 1 | 1 |');
    expect(text).toContain('- claims: claimant 1');
    expect(text).toContain('- observations: none');
  });
});
