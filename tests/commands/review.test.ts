/**
 * `figures review ID --accept N` on disk, in a child process as a curator runs it: what it says it
 * recorded. The draft is the review tests' hand-made one, so the reader's rules do not move it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, repoRoot, runCli } from '../fixtures/cli.js';
import { SOURCE, TEXT, draftYaml } from '../review/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'review-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ANNOTATION = `raw/annotations/${SOURCE}.yaml`;

describe('figures review --accept (command line)', () => {
  it('says how many accepted drafts it recorded as edited, where a value is not the reader’s proposal', () => {
    cpSync(join(repoRoot, 'raw/vocab'), join(dir, 'raw/vocab'), { recursive: true });
    mkdirSync(join(dir, 'raw/sources'), { recursive: true });
    mkdirSync(join(dir, 'raw/annotations'), { recursive: true });
    writeFileSync(join(dir, `raw/sources/${SOURCE}.txt`), TEXT);
    // The claim's claimant as suggest drafts it: the id of an entity, not the reader's own slug.
    writeFileSync(join(dir, ANNOTATION), draftYaml().replace('claimant: TODO(u-s-officials)', 'claimant: TODO(us-officials)'));
    const r = runCli(dir, CLI, ['review', SOURCE, '--accept', '1,2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `recorded 2 accepted (1 recorded as edited: values not the reader's proposal), 0 rejected in ${ANNOTATION}`,
    );
    const a = parse(readFileSync(join(dir, ANNOTATION), 'utf8'));
    expect([a.observations[0].review.decision, a.claims[0].review.decision]).toEqual(['accepted', 'edited']);
  });
});

describe('figures review with an option that needs another', () => {
  it.each([
    [['review', SOURCE, '--reason', 'not a supply figure'], '--reason goes with --reject N'],
    [['review', '--json'], '--json goes with --summary'],
  ])('%j exits 2 and says which option it needs, writing nothing', (args, message) => {
    const before = readFileSync(join(dir, ANNOTATION), 'utf8');
    const r = runCli(dir, CLI, args);
    expect(r.status).toBe(2);
    // With --json the error itself is printed as JSON on stdout.
    expect(r.stderr + r.stdout).toContain(`${message}; given without it, it would do nothing.`);
    expect(readFileSync(join(dir, ANNOTATION), 'utf8')).toBe(before);
  });
});
