import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../fixtures/cli.js';
import { FIXTURE_ID } from './helpers.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'suggest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('figures suggest (command line)', () => {
  it('exits 2 with a message and leaves the file alone when the annotation exists and --force is not given', () => {
    copyFileSync(join(root, `tests/suggest/fixtures/${FIXTURE_ID}.txt`), join(dir, `${FIXTURE_ID}.txt`));
    mkdirSync(join(dir, 'raw/annotations'), { recursive: true });
    writeFileSync(join(dir, `raw/annotations/${FIXTURE_ID}.yaml`), 'source: my-work\n');
    const run = spawnSync(process.execPath, [CLI, 'suggest', `${FIXTURE_ID}.txt`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `error[annotation-exists] raw/annotations/${FIXTURE_ID}.yaml already exists; suggest never overwrites an annotation.`,
    );
    expect(run.stderr).toContain('--force');
    expect(readFileSync(join(dir, `raw/annotations/${FIXTURE_ID}.yaml`), 'utf8')).toBe('source: my-work\n');
  });
});
