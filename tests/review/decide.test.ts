/** `figures review ID --accept N / --reject N` on a draft of suggest. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FiguresError } from '../../pipeline/core/errors.js';
import { findTodos } from '../../pipeline/model/todo.js';
import { decide } from '../../pipeline/review/decide.js';
import { SOURCE, draftYaml, review } from './helpers.js';

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

  it('writes null where the reader proposed none and the field allows it', () => {
    const c = parse(run(draftYaml(), { accept: [2] })).claims[0];
    expect(c).toMatchObject({ supplier: ['chinese-companies'], end_use: null, claimant: 'u-s-officials' });
    expect(c.review.decision).toBe('accepted');
  });
});

describe('--reject', () => {
  it('moves an observation draft to ignore, with the reason and a rejected block', () => {
    const a = parse(run(draftYaml(), { reject: [1], reason: 'not a supply statistic' }));
    expect(a.observations).toEqual([]);
    expect(a.ignore[1]).toMatchObject({ quote: '$300 million', reason: 'not a supply statistic', review: { decision: 'rejected' } });
  });

  it('moves a claim draft to rejected, so the reader’s proposal is not drafted again', () => {
    const a = parse(run(draftYaml(), { reject: [2] }));
    expect(a.claims).toEqual([]);
    expect(a.rejected[0]).toMatchObject({ kind: 'claim', review: { decision: 'rejected', proposal: { goods: 'uav-engines' } } });
    expect(review(run(draftYaml(), { reject: [2] })).open).toEqual([]);
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
