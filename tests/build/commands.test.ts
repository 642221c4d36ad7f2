/**
 * The build and validate commands as a user runs them (a child process in a folder holding
 * only a raw/ tree): exit codes, the atomic swap into the output folder, --timings, --json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECOND_ID, loadTree } from '../fixtures/rawTree.js';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');
const CLI = resolve('pipeline/cli.ts');
const ANN = `raw/annotations/${SECOND_ID}.yaml`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-cmd-'));
  for (const [rel, text] of Object.entries(loadTree('tests/fixtures/second-source'))) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const figures = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [TSX, CLI, ...args], { cwd, encoding: 'utf8' });
const snapshotOf = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).sort().map((p) => [p, (() => { try { return readFileSync(join(dir, p), 'latin1'); } catch { return 'dir'; } })()]));

describe('figures build and validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });
  it('build writes the package, with the time of each stage under --timings', () => {
    const r = figures(dir, 'build', '--timings');
    expect(r.status, r.stderr).toBe(0);
    for (const stage of ['snapshot', 'extract', 'normalize', 'validate', 'publish', 'site', 'write', 'total']) expect(r.stderr).toMatch(new RegExp(`^${stage} +\\d+\\.\\d ms$`, 'm'));
    expect(readdirSync(join(dir, 'dist', 'data'))).toContain('observations.parquet');
  });
  it('a failed build exits 1 with located problems and leaves dist/ byte for byte as it was', () => {
    const before = snapshotOf(join(dir, 'dist'));
    writeFileSync(join(dir, ANN), readFileSync(join(dir, ANN), 'utf8').replace('quote: $12 million', 'quote: $13 million'));
    const r = figures(dir, 'build');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error[quote-not-found] ${ANN}:12:12`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshotOf(join(dir, 'dist'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['dist', 'raw']);
  });
  it('validate --json reports the problems as JSON and exits 1; 0 once fixed', () => {
    const bad = figures(dir, 'validate', '--json');
    expect(bad.status).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { code: string }) => p.code)).toContain('quote-not-found');
    writeFileSync(join(dir, ANN), readFileSync(join(dir, ANN), 'utf8').replace('quote: $13 million', 'quote: $12 million'));
    const good = figures(dir, 'validate', '--json');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, problems: [] });
  });
});
