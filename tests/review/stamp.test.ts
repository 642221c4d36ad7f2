/** `figures review --stamp`: review blocks derived for items curated without one, written into the YAML as text. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planStamp, stampedYaml } from '../../pipeline/review/stamp.js';
import { CURATED, observationDraft, reading, review } from './helpers.js';

const withRejection = reading({ observations: [observationDraft(), observationDraft({ indicator: null }, '2023')] });

describe('deriving the decision', () => {
  const edits = planStamp(review(CURATED, withRejection));
  const decision = (label: string) => edits.find((e) => e.item.label === label)?.block;

  it('accepts an item whose every field is the reader’s proposal', () => {
    expect(decision('ru-machine-tools-imports-cn-2023')).toMatchObject({ decision: 'accepted', stamped: true });
  });

  it('records an edited item with the fields that differ (the reader’s name slug, not the curated entity id)', () => {
    expect(decision('cn-companies-uav-engines-likely')).toMatchObject({ decision: 'edited', edited: ['claimant'] });
  });

  it('records a curator’s item where the reader proposed nothing as added, with no proposal', () => {
    expect(decision('war-duration')).toMatchObject({ decision: 'added', proposal: null });
  });

  it('counts a reader draft the curator moved to ignore as rejected, and leaves other ignore entries without a block', () => {
    const texts = reading();
    expect(decision('2023')).toMatchObject({ decision: 'rejected', proposal: { indicator: null, period: '2023' } });
    expect(planStamp(review(CURATED, texts)).some((e) => e.item.section === 'ignore')).toBe(false);
  });
});

describe('writing the blocks', () => {
  const out = stampedYaml(CURATED, review(CURATED, withRejection))!;

  it('inserts the blocks and changes no other line (comments, folded note and blank lines kept)', () => {
    const lines = out.split('\n');
    let inBlock = false;
    const kept = lines.filter((l) => {
      if (/^\s+review:$/.test(l)) inBlock = true;
      else if (inBlock && !/^\s{6,}\S/.test(l)) inBlock = false;
      return !inBlock;
    });
    expect(kept.join('\n')).toBe(CURATED);
  });

  it('writes blocks that read back as derived, and a second stamp changes nothing', () => {
    const items = parse(out);
    expect(items.observations[0].review.decision).toBe('accepted');
    expect(items.claims[0].review.edited).toEqual(['claimant']);
    expect(items.ignore[0].review.decision).toBe('rejected');
    expect(stampedYaml(out, review(out, withRejection))).toBeUndefined();
  });

  it('derives a stamped block again when the reader’s proposal changed, and never touches a curator’s block', () => {
    const changed = reading({ observations: [observationDraft({ partner: 'KAZ' })] });
    const restamped = parse(stampedYaml(out, review(out, changed))!);
    expect(restamped.observations[0].review).toMatchObject({ decision: 'edited', edited: ['partner'], stamped: true });

    const byCurator = out.replace(/(decision: accepted\n(?:.*\n){3})\s+stamped: true\n/, '$1');
    expect(parse(byCurator).observations[0].review.stamped).toBeUndefined();
    const again = stampedYaml(byCurator, review(byCurator, changed));
    expect(parse(again!).observations[0].review).toEqual(parse(byCurator).observations[0].review);
  });
});
