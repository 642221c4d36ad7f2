/**
 * One fixture per error code (tests/fixtures/errors/cases): the build reports exactly the stated
 * problem — message, location, value and hint — with every collateral problem listed, exits 1,
 * and leaves the earlier package in dist/ byte for byte, with no temporary folder beside it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { applyEdits, asRecord, baseFiles, loadFixtures } from './fixtures.js';
import { ISSUE_CODES, TABLE_ONLY_CODES, OUTPUT_CODES, knownCodes } from './knownCodes.js';
import { buildCommand, cleanUp, fingerprint, leftovers, project } from './project.js';
import { join } from 'node:path';

const fixtures = loadFixtures();
const base = baseFiles();
afterAll(cleanUp);

describe('the base project', () => {
  it('is valid, so every problem in a fixture comes from its edits', () => {
    expect(check(memoryFS(asRecord(base))).problems).toEqual([]);
  });
});

describe.each(fixtures)('$name ($code)', (fx) => {
  const files = applyEdits(base, fx.edits);
  const { problems } = check(memoryFS(asRecord(files)));

  it('reports exactly the expected problems', () => {
    expect(problems.map((p) => p.code)).toEqual(fx.codes);
    const got = problems
      .filter((p) => p.code === fx.code)
      .map(({ message, location, value, hint }) => ({
        message,
        location,
        ...(value !== undefined ? { value } : {}),
        ...(hint !== undefined ? { hint } : {}),
      }));
    expect(got).toEqual(fx.expect);
    expect(fx.expect.length).toBeGreaterThan(0);
  });

  it('gives every problem a known code, a location, the bad value or file, and a hint', () => {
    const known = knownCodes();
    for (const p of problems) {
      expect(known, p.code).toContain(p.code);
      expect(p.severity).toBe('error');
      expect(p.location.file ?? p.location.table, p.message).toBeTruthy();
      if (p.code !== 'schema' || !p.message.includes('missing required key')) expect(p.value, p.message).not.toBeUndefined();
      expect(p.hint, p.message).toMatch(/\S/);
      // A message starts with where the problem is, so an editor can jump there.
      expect(p.message.startsWith(p.location.file ?? `data/${p.location.table}.csv`), p.message).toBe(true);
    }
  });

  it(`fails the build with exit ${fx.exit}, dist/ untouched and no temporary folder`, () => {
    const root = project(fx.name, files);
    const before = fingerprint(join(root, 'dist'));
    const { exit, error } = buildCommand(root);
    expect(exit).toBe(fx.exit);
    expect(error!.problems.map((p) => p.code)).toEqual(fx.codes);
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
});

describe('coverage of the codes', () => {
  const covered = new Set(fixtures.map((f) => f.code));
  it('has a fixture for every code issue 4 names', () => {
    expect(ISSUE_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });
  it('has a fixture for every code of the build section of messages.ts, bar the table-only and output ones', () => {
    const src = knownCodes();
    const build = [
      'invalid-utf8',
      'missing-sidecar',
      'missing-source',
      'source-changed',
      'yaml-syntax',
      'missing-file',
      'unexpected-file',
      'missing-annotation',
      'orphan-annotation',
      'annotation-source-mismatch',
      'sidecar-mismatch',
      'schema',
      'draft-value',
      'duplicate-id',
      'foreign-key',
      'unknown-vocabulary',
      'quote-not-found',
      'quote-ambiguous',
      'quote-occurrence',
      'quote-no-mention',
      'quote-several-mentions',
      'uncovered-mention',
      'ignore-matches-nothing',
      'mention-used-and-ignored',
      'interval-order',
      'invalid-period',
      'invalid-date',
      'formula-syntax',
      'formula-unknown-id',
      'formula-cycle',
      'formula-division-by-zero',
      'formula-not-finite',
      'unit-mismatch',
      'entity-conflict',
      'list-delimiter',
      'unreviewed-draft',
      'review-stale',
      'review-mismatch',
    ];
    for (const c of [...build, ...TABLE_ONLY_CODES, ...OUTPUT_CODES]) expect(src, c).toContain(c);
    expect(build.filter((c) => !covered.has(c))).toEqual([]);
    console.log(
      `errors suite: ${fixtures.length} fixtures covering ${covered.size} codes (+ ${TABLE_ONLY_CODES.length} table-only, ${OUTPUT_CODES.length} output codes elsewhere)`,
    );
  });
});
