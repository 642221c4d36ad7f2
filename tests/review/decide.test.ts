/** `figures review ID --accept N / --reject N` on a draft of suggest. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FiguresError } from '../../pipeline/core/errors.js';
import { findTodos } from '../../pipeline/model/todo.js';
import { decide } from '../../pipeline/review/decide.js';
import { FALL_VALUE_RULE } from '../../pipeline/read/index.js';
import { textDigest, unreviewedBlock } from '../../pipeline/model/review.js';
import { observationProposal } from '../../pipeline/review/proposal.js';
import { SOURCE, TEXT, draftYaml, observationDraft, reading, review } from './helpers.js';

const FILE = `raw/annotations/${SOURCE}.yaml`;
const run = (yaml: string, d: Parameters<typeof decide>[3]) => decide(FILE, yaml, review(yaml), d);

describe('--accept', () => {
  it('takes the reader’s proposal for every field still TODO and records accepted, the evidence comments kept', () => {
    const out = run(draftYaml(), { accept: [1] });
    const o = parse(out).observations[0];
    expect(o).toMatchObject({ indicator: 'import-value', reporter: 'RUS', period: '2023', attributed_to: 'customs data' });
    expect(o.review).toMatchObject({ decision: 'accepted' });
    expect(o.review.edited).toBeUndefined();
    expect(findTodos(o)).toEqual([]);
    expect(out).toContain('indicator: import-value # "$300 million" (level of import)');
  });

  it('records edited with the fields the curator changed before accepting the rest', () => {
    const out = run(draftYaml().replace('partner: TODO(CHN)', 'partner: KAZ'), { accept: [1] });
    expect(parse(out).observations[0].review).toMatchObject({ decision: 'edited', edited: ['partner'] });
  });

  it('accepts TODO(x) as the x the draft shows, where suggest mapped a name to a drafted entity id, and records it as edited', () => {
    const out = run(draftYaml().replace('claimant: TODO(u-s-officials)', 'claimant: TODO(us-officials)'), { accept: [2] });
    const c = parse(out).claims[0];
    expect(c.claimant).toBe('us-officials');
    expect(c.review).toMatchObject({ decision: 'edited', edited: ['claimant'] });
  });

  it('accepts a TODO(x) the reader does not propose, such as the noun a count counts', () => {
    const yaml = draftYaml().replace('    quote: $300 million\n', '    quote: $300 million\n    unit: TODO(engines) # the noun\n');
    const o = parse(run(yaml, { accept: [1] })).observations[0];
    expect(o.unit).toBe('engines');
    expect(findTodos(o)).toEqual([]);
    expect(o.review).toMatchObject({ decision: 'accepted' });
  });

  it('records the reader’s proposal now where it moved on since the draft (its sidecar finished since), so the review is not stale at once', () => {
    // The draft was written when the reader proposed partner null; it proposes CHN now.
    const yaml = draftYaml().replace('"partner":"CHN"', '"partner":null').replace('partner: TODO(CHN)', 'partner: CHN');
    const block = parse(run(yaml, { accept: [1] })).observations[0].review;
    expect(parse(yaml).observations[0].review.proposal.partner).toBeNull();
    expect(block).toMatchObject({ decision: 'accepted', proposal: { partner: 'CHN' } });
    // The fingerprint of the reading now: the one the unchanged draft was written with.
    expect(block.fingerprint).toBe(parse(draftYaml()).observations[0].review.fingerprint);
  });

  it('writes null where the reader proposed none and the field allows it', () => {
    const c = parse(run(draftYaml(), { accept: [2] })).claims[0];
    expect(c).toMatchObject({ supplier: ['chinese-companies'], end_use: null, claimant: 'u-s-officials' });
    expect(c.review.decision).toBe('accepted');
  });
});

describe('--accept on a drafted override (a fall the reader signs)', () => {
  const fall = observationDraft({
    value: -300_000_000,
    evidence: { value: { text: '$300 million', start: 16, end: 28, rule: FALL_VALUE_RULE } },
  });
  const fallYaml = (override: string) => {
    const b = unreviewedBlock(textDigest(TEXT), fall.quote, observationProposal(fall));
    return (
      `source: ${SOURCE}\nobservations:\n  - id: test-review-fall\n    quote: $300 million\n` +
      '    indicator: TODO(import-value)\n    reporter: TODO(RUS)\n    partner: TODO(CHN)\n    product: TODO(machine-tools)\n' +
      `    period: TODO(2023)\n    attributed_to: TODO(customs data)\n    override:\n${override}` +
      `    review:\n      decision: unreviewed\n      text: ${b.text}\n      fingerprint: ${b.fingerprint}\n      proposal: ${JSON.stringify(b.proposal)}\n`
    );
  };
  const accept = (yaml: string) => decide(FILE, yaml, review(yaml, reading({ observations: [fall], claims: [] })), { accept: [1] });

  it('takes the reason’s guess and records the kept signed value as accepted', () => {
    const o = parse(accept(fallYaml('      value: -300000000\n      reason: TODO(A fall)\n'))).observations[0];
    expect(o.override).toEqual({ value: -300_000_000, reason: 'A fall' });
    expect(o.review).toMatchObject({ decision: 'accepted' });
    expect(findTodos(o)).toEqual([]);
  });

  it('records a changed value as an edit of value', () => {
    const o = parse(accept(fallYaml('      value: -30000000\n      reason: TODO(A fall)\n'))).observations[0];
    expect(o.review).toMatchObject({ decision: 'edited', edited: ['value'] });
  });

  it('refuses a bare TODO reason, naming the key', () => {
    expect(() => accept(fallYaml('      value: -300000000\n      reason: TODO\n'))).toThrow(/override\.reason is still TODO/);
  });
});

describe('--reject', () => {
  it('moves an observation draft to ignore, with the reason and a rejected block', () => {
    const a = parse(run(draftYaml(), { reject: [1], reason: 'not a supply statistic' }));
    expect(a.observations).toEqual([]);
    expect(a.ignore[1]).toMatchObject({ quote: '$300 million', reason: 'not a supply statistic', review: { decision: 'rejected' } });
  });

  it('rewrites the drafted reason of a year the rejected observation carried: it is ignored too', () => {
    const yaml = draftYaml().replace(
      'reason: the period of test-review-300-million',
      'reason: TODO(the period of $300 million, carried by its observation’s period)',
    );
    const a = parse(run(yaml, { reject: [1], reason: 'not a supply statistic' }));
    expect(a.ignore[0]).toEqual({ quote: '2023', reason: 'TODO(the period of $300 million, a figure ignored as well)' });
    const kept = parse(run(yaml, { accept: [1] }));
    expect(kept.ignore[0].reason).toBe('TODO(the period of $300 million, carried by its observation’s period)');
  });
  it('moves a claim draft to rejected, so the reader’s proposal is not drafted again', () => {
    const a = parse(run(draftYaml(), { reject: [2] }));
    expect(a.claims).toEqual([]);
    expect(a.rejected[0]).toMatchObject({ kind: 'claim', review: { decision: 'rejected', proposal: { goods: 'uav-engines' } } });
    expect(review(run(draftYaml(), { reject: [2] })).open).toEqual([]);
  });
});

describe('--reject of the first item of a list', () => {
  it('takes the comments above it (its sentence, the reader’s confidence) with it', () => {
    const commented = draftYaml()
      .replace('observations:\n  - id:', 'observations:\n  # the reader’s confidence: 0.7 (first)\n  - id:')
      .replace('claims:\n  - id:', 'claims:\n  # the reader’s confidence: 0.9 (claim)\n  - id:');
    const out = run(commented, { reject: [1], reason: 'not a supply statistic' });
    expect(out).not.toContain('0.7 (first)');
    expect(out).toContain('0.9 (claim)');
  });
});

describe('refusals', () => {
  it('reports every bad request at once, as a usage error, and writes nothing', () => {
    const decided = run(draftYaml(), { accept: [1] });
    let error: unknown;
    try {
      run(decided, { accept: [1, 9], reject: [2, 1] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FiguresError);
    const problems = (error as FiguresError).problems;
    expect((error as FiguresError).exitCode).toBe(2);
    expect(problems.map((p) => p.code)).toEqual(['review-decision', 'review-decision', 'review-decision']);
    expect(problems.map((p) => p.message)).toEqual([
      `${FILE}: draft 1: observation "test-review-300-million" is already accepted.`,
      `${FILE}: draft 9: there is no draft 9 (the review lists 2).`,
      `${FILE}: draft 1: observation "test-review-300-million" is already accepted.`,
    ]);
  });

  it('will not reject an observation without a reason, nor accept a TODO the reader left empty', () => {
    expect(() => run(draftYaml(), { reject: [1] })).toThrow(/needs a reason/);
    expect(() =>
      run(draftYaml().replace('reporter: TODO(RUS)', 'reporter: TODO').replace('"reporter":"RUS"', '"reporter":null'), { accept: [1] }),
    ).toThrow(/reporter is still TODO and the reader proposed no value/);
  });
});
