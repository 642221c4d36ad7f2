/** `figures review ID`: a source's drafts one by one, as text. */
import { describe, expect, it } from 'vitest';
import { stampedYaml } from '../../pipeline/review/stamp.js';
import { formatReview, markedSentence } from '../../pipeline/review/view.js';
import { CURATED, TEXT, draftYaml, observationDraft, reading, review } from './helpers.js';

describe('the review view', () => {
  const view = formatReview(review(draftYaml()));

  it('shows each unreviewed draft with its sentence, the figure marked', () => {
    expect(view).toContain('[1/2] observation "test-review-300-million": unreviewed, the reader\'s confidence 0.95');
    expect(view).toContain('Russia imported ⟦$300 million⟧ of machine tools from China in 2023, according to customs data.');
    expect(view).toContain('[2/2] claim "test-review-chinese-companies": unreviewed');
  });

  it('lists the proposed and the curated value of every field, with the words that decided it', () => {
    expect(view).toMatch(/reporter\s+RUS\s+TODO\(RUS\)\s+"Russia imported" \(the subject of an import verb\)/);
    expect(view).toMatch(/end_use\s+null\s+TODO\n/);
  });

  it('shows the words of blanked Markdown with one space for the blanks, at their offset', () => {
    // The reader reads "Russia [imported](https://…)" as "Russia  imported" and the address blanked.
    const blanked = { text: `Russia  imported${' '.repeat(24)}`, start: 0, end: 40, rule: 'the subject of an import verb' };
    const v = formatReview(review(draftYaml(), reading({ observations: [observationDraft({ evidence: { reporter: blanked } })] })));
    expect(v).toMatch(/reporter\s+RUS\s+TODO\(RUS\)\s+"Russia imported" \(the subject of an import verb\)/);
  });

  it('ends with what is left to review', () => {
    expect(view.trimEnd().split('\n').at(-1)).toBe(
      'Left to review: 2 draft(s): [1] [2]. Accept with --accept N, reject with --reject N (docs/curation.md).',
    );
  });

  it('shows decided items only with --all, each with its decision', () => {
    const stamped = stampedYaml(CURATED, review(CURATED))!;
    expect(formatReview(review(stamped))).not.toContain('[1/');
    expect(formatReview(review(stamped)).trimEnd().split('\n').at(-1)).toBe('Nothing left to review.');
    const all = formatReview(review(stamped), { all: true });
    expect(all).toContain('[1/3] observation "ru-machine-tools-imports-cn-2023": accepted (stamped)');
    expect(all).toContain('[3/3] claim "cn-companies-uav-engines-likely": edited: claimant (stamped)');
  });

  it('lists the reader’s drafts that no item covers', () => {
    const withoutClaims = draftYaml().replace(/claims:\n(?: {2,}.*\n)+/, 'claims: []\n');
    const v = formatReview(review(withoutClaims, reading()));
    expect(v).toContain('(open 1) claim "Chinese companies are likely supplying drone engines to Rus…", confidence 0.9');
  });
});

describe('markedSentence', () => {
  it('marks the span inside its sentence only', () => {
    const start = TEXT.indexOf('30 months');
    expect(markedSentence(TEXT, { start, end: start + 9 })).toBe('The war has lasted ⟦30 months⟧.');
  });

  it('cuts a long sentence around the span, with ellipses', () => {
    const long = `${'word '.repeat(100)}the figure ${'word '.repeat(100)}end.`;
    const start = long.indexOf('figure');
    const shown = markedSentence(long, { start, end: start + 6 });
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('the ⟦figure⟧ word');
  });
});
