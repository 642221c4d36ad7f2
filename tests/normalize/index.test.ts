import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/check.js';
import type { Problem } from '../../pipeline/core/errors.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const ANN = `raw/annotations/${SECOND_ID}.yaml`;

/** Checks the second-source fixture with its annotation edited by `replace` pairs. */
function run(...edits: [string | RegExp, string][]) {
  return check(
    secondSource((files) => {
      for (const [from, to] of edits) {
        const before = files[ANN]!;
        files[ANN] = before.replace(from, to);
        if (files[ANN] === before) throw new Error(`edit did not apply: ${String(from)}`);
      }
    }),
  );
}
const codes = (ps: Problem[]) => ps.map((p) => p.code);

describe('normalize: observations', () => {
  it('joins each observation with the mention its quote holds and takes its reading', () => {
    const { problems, tables } = run();
    expect(problems).toEqual([]);
    const o = tables.observations.find((r) => r.observation_id === 'qsy-drone-engines-imports-qfr-2024')!;
    expect(o).toMatchObject({
      value: 45e6,
      unit: 'USD',
      hedge: 'approximately',
      value_low: 44.5e6,
      value_high: 45.5e6,
      low_inclusive: true,
      high_inclusive: true,
    });
    expect(o).toMatchObject({
      period: '2024',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
      method: 'curated',
      override_reason: null,
    });
    expect(o.mention_id).toBe(`${SECOND_ID}--about-dollar-45-million-1`);
    expect(o.sentence).toMatch(/^CAPITAL CITY — Freedonia sold about \$45 million .* Trade Watch Institute\.$/);
  });
  it('accepts a longer quote that holds exactly one figure (years do not count)', () => {
    const { problems, tables } = run(['quote: $12 million', 'quote: $12 million in 2023']);
    expect(problems).toEqual([]);
    expect(tables.observations.find((r) => r.observation_id === 'qsy-drone-engines-imports-qfr-2023')).toMatchObject({
      value: 12e6,
      quote: '$12 million in 2023',
    });
  });
  it('applies an override with its reason and the policy interval of the new hedge', () => {
    const { problems, tables } = run([
      'quote: $12 million\n',
      'quote: $12 million\n    override: { hedge: approximately, reason: the institute rounds to the million }\n',
    ]);
    expect(problems).toEqual([]);
    expect(tables.observations.find((r) => r.observation_id === 'qsy-drone-engines-imports-qfr-2023')).toMatchObject({
      value: 12e6,
      hedge: 'approximately',
      value_low: 11.5e6,
      value_high: 12.5e6,
      override_reason: 'the institute rounds to the million',
    });
  });
  it('reports a quote that is not in the text, with the nearest words and the YAML line', () => {
    const { problems } = run(['quote: $12 million', 'quote: $13 million']);
    const p = problems.find((x) => x.code === 'quote-not-found')!;
    expect(p.location).toMatchObject({ file: `raw/annotations/${SECOND_ID}.yaml`, line: 12, column: 12 });
    expect(p.hint).toContain('"$12 million"');
  });
  it('reports an ambiguous quote with its occurrences', () => {
    const { problems } = run(['quote: $12 million', 'quote: Freedonia']);
    expect(codes(problems)).toContain('quote-ambiguous');
    expect(problems.find((x) => x.code === 'quote-ambiguous')!.hint).toMatch(/1\) line 1:16.*2\) line 2/);
  });
  it('reports a quote with no figure, and one with several', () => {
    expect(codes(run(['quote: $12 million', 'quote: customs records']).problems)).toContain('quote-no-mention');
    const several = run([
      'quote: $12 million',
      'quote: about $45 million of drone engines to Sylvania in 2024, up from $12 million',
    ]).problems;
    expect(several.find((p) => p.code === 'quote-several-mentions')!.message).toContain('"about $45 million", "$12 million"');
  });
  it('reports an impossible period at its line', () => {
    const p = run(['period: "2023"', 'period: "2023-13"']).problems.find((x) => x.code === 'invalid-period')!;
    expect(p.location.line).toBe(17);
  });
});

describe('normalize: derived observations', () => {
  it('evaluates the formula with interval arithmetic', () => {
    const o = run().tables.observations.find((r) => r.method === 'derived')!;
    expect(o).toMatchObject({
      value: 3.75,
      hedge: 'approximately',
      value_low: 3.70833333333,
      value_high: 3.79166666667,
      formula: 'qsy-drone-engines-imports-qfr-2024 / qsy-drone-engines-imports-qfr-2023',
    });
    expect(o).toMatchObject({ quote: null, start: null, end: null, sentence: null, mention_id: null });
  });
  it('names the nearest id for an unknown one', () => {
    const p = run(['/ qsy-drone-engines-imports-qfr-2023', '/ qsy-drone-engines-import-qfr-2023']).problems.find(
      (x) => x.code === 'formula-unknown-id',
    )!;
    expect(p.hint).toContain('qsy-drone-engines-imports-qfr-2023');
  });
  it('reports syntax errors and cycles', () => {
    expect(codes(run(['/ qsy-drone-engines-imports-qfr-2023', '/ (qsy-drone-engines-imports-qfr-2023']).problems)).toEqual([
      'formula-syntax',
    ]);
    expect(codes(run(['/ qsy-drone-engines-imports-qfr-2023', '/ qsy-drone-engines-growth-qfr-2024']).problems)).toEqual(['formula-cycle']);
  });
  it('refuses a division by an interval that contains zero', () => {
    expect(
      codes(
        run(['/ qsy-drone-engines-imports-qfr-2023', '/ (qsy-drone-engines-imports-qfr-2023 - qsy-drone-engines-imports-qfr-2023)'])
          .problems,
      ),
    ).toEqual(['formula-division-by-zero']);
  });
});

describe('normalize: coverage', () => {
  it('fails on a statistic-like mention neither used nor ignored, with a ready ignore entry', () => {
    const { problems } = run([/ignore:[\s\S]*$/, '']);
    expect(codes(problems)).toEqual(['uncovered-mention']);
    expect(problems[0]!.value).toBe('Nearly 60%');
    expect(problems[0]!.hint).toContain('- quote: Nearly 60%');
  });
  it('says a failed quote once: the figure it points at is not reported uncovered as well', () => {
    // A misspelt observation quote (the hint names "$12 million") and a misspelt ignore quote.
    expect(codes(run(['quote: $12 million', 'quote: $12 milion']).problems)).toEqual(['quote-not-found']);
    expect(codes(run(['quote: Nearly 60%', 'quote: Nearly 60 %']).problems)).toEqual(['quote-not-found']);
    // An entry the schema refuses still points at its figure; a quote holding two figures names both.
    expect(codes(run(['period: "2023"', 'period: 2023']).problems)).toEqual(['schema']);
    expect(
      codes(run(['quote: $12 million', 'quote: $45 million of drone engines to Sylvania in 2024, up from $12 million']).problems),
    ).toEqual(['quote-several-mentions']);
  });
  it('still reports a figure no entry points at, beside a failed quote', () => {
    const { problems } = run(['quote: $12 million', 'quote: $12 milion'], [/ignore:[\s\S]*$/, '']);
    expect(problems.map((p) => [p.code, p.value])).toEqual([
      ['quote-not-found', '$12 milion'],
      ['uncovered-mention', 'Nearly 60%'],
    ]);
  });
  it('needs no entry for years, and reports stale or contradictory ignore entries', () => {
    expect(codes(run([/ignore:\n/, 'ignore:\n  - quote: customs\n    reason: nothing there\n']).problems)).toEqual([
      'ignore-matches-nothing',
    ]);
    expect(codes(run([/ignore:\n/, 'ignore:\n  - quote: $12 million\n    reason: both\n']).problems)).toEqual(['mention-used-and-ignored']);
  });
});

describe('normalize: entities and claims', () => {
  it('pins entities to the first occurrence of their name and finds every mention', () => {
    const { tables } = run();
    expect(tables.entities.find((e) => e.entity_id === 'trade-watch-institute')).toMatchObject({
      quote: 'Trade Watch Institute',
      aliases: ['the institute'],
      source_id: SECOND_ID,
    });
    expect(tables.entity_mentions.filter((m) => m.entity_id === 'trade-watch-institute').map((m) => m.text)).toEqual([
      'Trade Watch Institute',
      'the institute',
    ]);
  });
  it('pins claims with their sentence', () => {
    const c = run().tables.claims.find((x) => x.claim_id === 'qfr-military-use-denied')!;
    expect(c).toMatchObject({
      certainty: 'denied',
      sentence: 'Freedonia denies that its engines have military uses.',
      supplier: ['freedonia'],
    });
  });
  it('reports an entity listed twice in one annotation as a duplicate id', () => {
    const { problems } = run([
      '  - id: acme-rotors\n',
      '  - id: acme-rotors\n    name: Acme Rotors\n    type: company\n    country: QSY\n    role: twice\n  - id: acme-rotors\n',
    ]);
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['duplicate-id', 44]]);
  });
  it('publishes the union of the aliases two annotations give one entity, with no conflict', () => {
    const fs = secondSource((files) => {
      const id2 = `${SECOND_ID}-copy`;
      files[`raw/sources/${id2}.txt`] = files[`raw/sources/${SECOND_ID}.txt`]!;
      files[`raw/sources/${id2}.source.yaml`] = files[`raw/sources/${SECOND_ID}.source.yaml`]!;
      files[`raw/annotations/${id2}.yaml`] =
        `source: ${id2}\nentities:\n  - id: sylvania\n    name: Sylvania\n    type: country\n    country: QSY\n    role: buyer of the drone engines\n    aliases: [Sylvanian Republic]\nignore:\n  - quote: about $45 million\n    reason: t\n  - quote: $12 million\n    reason: t\n  - quote: Nearly 60%\n    reason: t\n`;
    });
    const { problems, tables } = check(fs);
    expect(codes(problems)).toEqual([]);
    expect(tables.entities.find((e) => e.entity_id === 'sylvania')!.aliases).toEqual(['Sylvanian Republic']);
  });
  it('reports an entity described differently by two annotations', () => {
    const fs = secondSource((files) => {
      const id2 = `${SECOND_ID}-copy`;
      files[`raw/sources/${id2}.txt`] = files[`raw/sources/${SECOND_ID}.txt`]!;
      files[`raw/sources/${id2}.source.yaml`] = files[`raw/sources/${SECOND_ID}.source.yaml`]!;
      files[`raw/annotations/${id2}.yaml`] =
        `source: ${id2}\nentities:\n  - id: sylvania\n    name: Sylvania\n    type: country\n    country: QSY\n    role: a different role\nignore:\n  - quote: about $45 million\n    reason: t\n  - quote: $12 million\n    reason: t\n  - quote: Nearly 60%\n    reason: t\n`;
    });
    const { problems } = check(fs);
    expect(codes(problems)).toEqual(['entity-conflict']);
    expect(problems[0]!.location).toMatchObject({ file: `raw/annotations/${SECOND_ID}-copy.yaml`, line: 7 });
  });
});
