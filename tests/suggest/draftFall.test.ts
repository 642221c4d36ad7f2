/**
 * A fall the reader signs ("fell by 61%": -61; the extractor reads 61) is drafted as the override
 * curators write for it, so a curator confirms the sign instead of typing it, and the review
 * proposal carries the value, so keeping it is no edit.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryFS } from '../../pipeline/core/fs.js';
import { extractMentions } from '../../pipeline/extract/index.js';
import { planSuggest } from '../../pipeline/suggest/index.js';
import { VOCAB } from './helpers.js';

const ID = 'ukons-2024-01-01-test';
const files = {
  ...VOCAB,
  'raw/vocab/indicators.yaml': `${VOCAB['raw/vocab/indicators.yaml']}- id: export-growth-percent\n  label: Change in exports\n  measure: growth\n  unit: percent\n`,
};

const draft = (text: string) => {
  const plan = planSuggest(memoryFS(files), { file: `/tmp/${ID}.txt`, bytes: new TextEncoder().encode(text), id: ID }, extractMentions);
  const yaml = new TextDecoder().decode(plan.writes.find((w) => w.path === `raw/annotations/${ID}.yaml`)!.bytes);
  return parse(yaml) as { observations: { override?: { value: number; reason: string }; review: { proposal: Record<string, unknown> } }[] };
};

describe('a draft of a fall', () => {
  it('overrides the extractor’s value with the signed one, its reason a guess to confirm', () => {
    const o = draft('UK exports of machine tools to Russia fell by 61% in 2023, the statistics office said.\n').observations[0]!;
    expect(o.override?.value).toBe(-61);
    expect(o.override?.reason).toMatch(/^TODO\(A fall: "fell by 61%", so the change is negative;/);
    expect(o.review.proposal.value).toBe('-61');
  });

  it('is not drafted for a rise, whose value the extractor already reads', () => {
    const o = draft('UK exports of machine tools to Russia rose by 61% in 2023, the statistics office said.\n').observations[0]!;
    expect(o.override).toBeUndefined();
    expect(o.review.proposal.value).toBeUndefined();
  });
});
