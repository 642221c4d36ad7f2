/**
 * The CLI in a child process, one or two runs per exit code: 0 valid, 1 data errors (human report
 * capped at 20 per code, or --json), 2 usage errors, 3 internal errors — with no stack trace
 * unless --debug — and dist/ untouched whenever the build fails.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../pipeline/build.js';
import { memoryFS } from '../../pipeline/core/fs.js';
import { formatProblems } from '../../pipeline/core/messages.js';
import { A, applyEdits, asRecord, baseFiles, loadFixtures, type Edit } from './fixtures.js';
import { cleanUp, figures, fingerprint, leftovers, project, repoRoot } from './project.js';

afterAll(cleanUp);

const STACK = /^\s+at /m;
const fixture = (name: string) => loadFixtures().find((f) => f.name === name)!;
const libraryProblems = (edits: Edit[]) => check(memoryFS(asRecord(applyEdits(baseFiles(), edits)))).problems;

describe('exit 0', () => {
  it('validate on a valid project says so and writes nothing', () => {
    const root = project('cli-ok', baseFiles(), null);
    const r = figures(root, ['validate']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', 'valid: no problems.\n']);
    expect(leftovers(root)).toEqual([]);
  });
});

describe('exit 1', () => {
  // Problems in four files at once, one code 27 times: collected, not fail-fast, and capped.
  const many = Array.from({ length: 27 }, (_, i) => `  - quote: words that are not there ${i}\n    reason: test\n`).join('');
  const edits: Edit[] = [
    ...fixture('quote-not-found-straight-apostrophe').edits,
    { file: `raw/annotations/${A}.yaml`, replace: 'ignore:\n', with: `ignore:\n${many}` },
    { file: 'raw/dataset.yaml', replace: 'version: 1.0.0', with: 'version: "1.0"' },
    { file: 'raw/vocab/extra.yaml', write: '[]\n' },
    { file: 'raw/sources/test-2025-02-03-freedonia-ministry-denial.txt', insertBytes: { at: 0, hex: 'ff' } },
  ];
  const problems = libraryProblems(edits);
  const root = project('cli-data', applyEdits(baseFiles(), edits));

  it('build reports problems from every file, 20 of a code and a count of the rest, no stack, and leaves dist/ byte for byte', () => {
    expect(new Set(problems.map((p) => p.location.file)).size).toBe(4);
    const before = fingerprint(join(root, 'dist'));
    const r = figures(root, ['build']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(formatProblems(problems) + '\n');
    expect(r.stderr.match(/^error\[quote-not-found\]/gm)).toHaveLength(20);
    expect(r.stderr).toContain('… and 8 more quote-not-found problem(s) not shown.');
    expect(problems.length).toBeGreaterThanOrEqual(28 + 3);
    expect(r.stderr.endsWith(`\n${problems.length} error(s), 0 warning(s).\n`)).toBe(true);
    expect(r.stderr).not.toMatch(STACK);
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
  it('validate --json prints the whole report, uncapped, as JSON on stdout', () => {
    const r = figures(root, ['validate', '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, exitCode: 1 });
    expect(report.problems).toEqual(JSON.parse(JSON.stringify(problems)));
    expect(report.problems.filter((p: { code: string }) => p.code === 'quote-not-found')).toHaveLength(28);
    const apostrophe = fixture('quote-not-found-straight-apostrophe').expect[0]!;
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: 'quote-not-found', value: apostrophe.value, hint: apostrophe.hint }),
    );
  });
});

describe('exit 2', () => {
  it('an unknown option, and an output folder that would destroy raw/', () => {
    const root = project('cli-usage', baseFiles(), null);
    const before = fingerprint(root);
    const bogus = figures(root, ['build', '--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain("unknown option '--bogus'");
    const raw = figures(root, ['build', '--out', 'raw']);
    expect(raw.status).toBe(2);
    expect(raw.stderr).toBe(
      'error[unsafe-out] --out "raw" is inside raw/, the curated input; the build replaces its output folder whole, so it refuses this one.\n' +
        '    hint: Give a folder of its own, such as dist (the default) or a new folder outside raw/.\n1 error(s), 0 warning(s).\n',
    );
    expect(fingerprint(root)).toEqual(before);
  });
});

describe('exit 3', () => {
  // The marker makes the preloaded hook throw a plain TypeError inside the snapshot stage.
  const edits: Edit[] = [{ file: `raw/sources/${A}.txt`, replace: 'attack drones', with: 'attack drones FAULT-INJECTION-MARKER' }];
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(join(repoRoot, 'tests/fixtures/errors/faultHook.mjs')).href}` };
  it('an internal error says so in two lines, without a stack trace, and leaves dist/ as it was', () => {
    const root = project('cli-internal', applyEdits(baseFiles(), edits));
    const before = fingerprint(join(root, 'dist'));
    const r = figures(root, ['build'], env);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'internal error: injected fault (tests/fixtures/errors/faultHook.mjs)\nThis is a bug in the pipeline, not in your data. Re-run with --debug for the stack trace and report it.\n',
    );
    expect(fingerprint(join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
  it('--debug adds the stack trace', () => {
    const root = project('cli-debug', applyEdits(baseFiles(), edits), null);
    const r = figures(root, ['--debug', 'validate'], env);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(STACK);
    expect(r.stderr).toContain('TypeError: injected fault');
  });
});
