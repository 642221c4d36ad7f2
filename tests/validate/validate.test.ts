import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/check.js';
import type { Problem } from '../../pipeline/core/errors.js';
import { formatProblems } from '../../pipeline/core/messages.js';
import type { Tables } from '../../pipeline/model/index.js';
import { validateTables } from '../../pipeline/validate/index.js';
import { Origins } from '../../pipeline/model/origins.js';
import { INPUT_SCHEMAS, TABLES } from '../../pipeline/model/schemas.js';
import { isValid } from '../../pipeline/model/ajv.js';
import { SECOND_ID, secondSource } from '../fixtures/rawTree.js';

const ANN = `raw/annotations/${SECOND_ID}.yaml`;
const run = (file: string, from: string | RegExp, to: string) =>
  check(
    secondSource((f) => {
      const before = f[file]!;
      f[file] = before.replace(from, to);
      if (f[file] === before) throw new Error(`edit did not apply: ${String(from)}`);
    }),
  ).problems;
const codes = (ps: Problem[]) => ps.map((p) => p.code);

/** The fixture's tables, valid, for direct edits. */
function tables(): { t: Tables; texts: Map<string, string> } {
  const c = check(secondSource());
  expect(c.problems).toEqual([]);
  return { t: structuredClone(c.tables), texts: new Map(c.sources.map((s) => [s.id, s.text])) };
}

describe('schemas', () => {
  it('every table and input schema compiles under ajv strict mode', () => {
    for (const t of TABLES) expect(() => isValid(t.schema, {})).not.toThrow();
    for (const s of Object.values(INPUT_SCHEMAS)) expect(() => isValid(s, {})).not.toThrow();
  });
});

describe('validate: rows from YAML are located in the YAML', () => {
  it('unknown vocabulary member → nearest id as hint, at the line of the annotation', () => {
    const ps = run(ANN, 'product: drone-engines\n    period: "2023"', 'product: drone-engine\n    period: "2023"');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'unknown-vocabulary', value: 'drone-engine', location: { file: ANN, line: 16 } });
    expect(ps[0]!.hint).toContain('Did you mean "drone-engines"?');
  });
  it('unknown country and unknown claim entity (list foreign key)', () => {
    expect(
      codes(
        run(
          ANN,
          'reporter: QSY\n    partner: QFR\n    product: drone-engines\n    period: "2023"',
          'reporter: QSX\n    partner: QFR\n    product: drone-engines\n    period: "2023"',
        ),
      ),
    ).toEqual(['unknown-vocabulary']);
    const ps = run(
      ANN,
      'supplier: [freedonia]\n    recipient: sylvania\n    goods: drone-engines\n    end_use: null',
      'supplier: [freedonia, fredonia]\n    recipient: sylvania\n    goods: drone-engines\n    end_use: null',
    );
    expect(ps.map((p) => [p.code, p.value, p.hint])).toEqual([['foreign-key', 'fredonia', 'Did you mean "freedonia"?']]);
  });
  it('duplicate ids point at the second and name the first', () => {
    const ps = run(ANN, 'id: qsy-drone-engines-imports-qfr-2023', 'id: qsy-drone-engines-imports-qfr-2024');
    const dup = ps.find((p) => p.code === 'duplicate-id')!;
    expect(dup.location.file).toBe(ANN);
    expect(dup.message).toContain(`(first at ${ANN}:3:`);
  });
  it('a unit that does not fit the indicator', () => {
    const ps = run(ANN, 'quote: $12 million\n', 'quote: $12 million\n    override: { unit: dollars, reason: test }\n');
    expect(codes(ps)).toEqual(['unit-mismatch']);
  });
  it('an override interval out of order', () => {
    const ps = run(ANN, 'quote: $12 million\n', 'quote: $12 million\n    override: { value_low: 13000000, reason: test }\n');
    expect(codes(ps)).toEqual(['interval-order']);
  });
  it('an annotation schema error with a did-you-mean', () => {
    const ps = run(ANN, 'certainty: denied', 'certainty: denyed');
    expect(ps.map((p) => [p.code, p.hint])).toEqual([['schema', 'Did you mean "denied"?']]);
  });
  it('an impossible sidecar date', () => {
    expect(codes(run(`raw/sources/${SECOND_ID}.source.yaml`, 'published: "2025-01-15"', 'published: "2025-02-30"'))).toEqual([
      'invalid-date',
    ]);
  });
});

describe('validate: TODO values left by suggest', () => {
  const SIDECAR = `raw/sources/${SECOND_ID}.source.yaml`;
  const drafts = (ps: Problem[]) => ps.filter((p) => p.code === 'draft-value');
  it('a guess TODO(x) is a draft-value, not a schema pattern error, with how to accept it', () => {
    const ps = drafts(
      run(
        ANN,
        'reporter: QSY\n    partner: QFR\n    product: drone-engines\n    period: "2024"',
        'reporter: TODO(QSY)\n    partner: QFR\n    product: drone-engines\n    period: "2024"',
      ),
    );
    expect(ps).toEqual([
      {
        code: 'draft-value',
        severity: 'error',
        message: `${ANN}:6:15: reporter is still "TODO(QSY)", a draft value that 'figures suggest' left for review.`,
        location: { file: ANN, line: 6, column: 15 },
        value: 'TODO(QSY)',
        hint: 'Replace the TODO: if the guess is right, write reporter: "QSY"; if not, write the value the text gives (docs/adding-a-source.md).',
      },
    ]);
  });
  it('a bare TODO asks for the value; one in a free-text field is a draft-value too', () => {
    const ps = drafts(run(SIDECAR, 'publisher: Test Wire', 'publisher: TODO'));
    expect(ps.map((p) => [p.location.line, p.value, p.hint])).toEqual([
      [
        3,
        'TODO',
        'Replace the TODO with the right value (the comment beside it in the draft says what is expected), or null where the field allows it (docs/adding-a-source.md).',
      ],
    ]);
  });
  it('a guess suggest quoted already (a dateline’s date) is to be written with its quotes once', () => {
    const ps = drafts(run(SIDECAR, 'published: "2025-01-15"', 'published: TODO("2025-01-15")'));
    expect(ps.map((p) => p.hint)).toEqual([
      'Replace the TODO: if the guess is right, write published: "2025-01-15"; if not, write the value the text gives (docs/adding-a-source.md).',
    ]);
  });
  it('a guess for a boolean is accepted bare (quoted it would be a string)', () => {
    const ps = drafts(run(SIDECAR, 'excerpt: false', 'excerpt: TODO(true)'));
    expect(ps.map((p) => p.hint)).toEqual([
      'Replace the TODO: if the guess is right, write excerpt: true; if not, write the value the text gives (docs/adding-a-source.md).',
    ]);
  });
  it('a misspelt value that is no TODO stays a schema problem', () => {
    expect(
      codes(
        run(
          ANN,
          'reporter: QSY\n    partner: QFR\n    product: drone-engines\n    period: "2024"',
          'reporter: qsy\n    partner: QFR\n    product: drone-engines\n    period: "2024"',
        ),
      ),
    ).toContain('schema');
  });
});

describe('validate: integrity of tables', () => {
  it('a quote that is not the text at its offsets', () => {
    const { t, texts } = tables();
    t.claims[0]!.start += 1;
    const ps = validateTables(t, new Origins(), texts);
    expect(ps.map((p) => [p.code, p.location.table, p.location.row, p.location.field])).toEqual([['quote-mismatch', 'claims', 1, 'quote']]);
  });
  it('schema violations by table, row and field', () => {
    const { t, texts } = tables();
    (t.observations[1] as { hedge: string }).hedge = 'about';
    const ps = validateTables(t, new Origins(), texts);
    expect(ps.map((p) => [p.code, p.location])).toEqual([['schema', { table: 'observations', row: 2, field: 'hedge' }]]);
  });
  it('periods in the wrong order and impossible dates', () => {
    const { t, texts } = tables();
    t.observations[0]!.period_start = '2025-01-01';
    t.observations[1]!.period_end = '2023-02-29';
    expect(codes(validateTables(t, new Origins(), texts))).toEqual(['invalid-date', 'period-order']);
  });
  it("list items containing the CSV delimiter '|'", () => {
    const { t, texts } = tables();
    t.entities[0]!.aliases = ['a|b'];
    expect(codes(validateTables(t, new Origins(), texts))).toEqual(['list-delimiter']);
  });
  it('collects everything and caps each code at 20 in the report', () => {
    const { t, texts } = tables();
    for (const r of t.entity_mentions) r.entity_id = 'nobody';
    for (let i = 0; i < 30; i++) t.entity_mentions.push({ ...t.entity_mentions[0]! });
    const ps = validateTables(t, new Origins(), texts);
    expect(ps.filter((p) => p.code === 'foreign-key').length).toBe(36);
    const report = formatProblems(ps);
    expect(report).toContain('… and 16 more foreign-key problem(s) not shown.');
    expect(report).toContain('… and 10 more duplicate-id problem(s) not shown.');
  });
});
