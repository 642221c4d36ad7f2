/**
 * The build and validate commands as a user runs them (a child process in a folder holding
 * only a raw/ tree): exit codes, the atomic swap into the output folder, --timings, --json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerValidate } from '../../pipeline/commands/validate.js';
import { CLI } from '../fixtures/cli.js';
import { SECOND_ID, loadTree } from '../fixtures/rawTree.js';

const ANN = `raw/annotations/${SECOND_ID}.yaml`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-cmd-'));
  for (const [rel, text] of Object.entries(loadTree('tests/fixtures/second-source'))) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const figures = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const snapshotOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((p) => [
        p,
        (() => {
          try {
            return readFileSync(join(dir, p), 'latin1');
          } catch {
            return 'dir';
          }
        })(),
      ]),
  );

describe('figures build (a child process, as a user runs it)', () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });
  it('build writes the package, with the time of each stage under --timings', () => {
    const r = figures(dir, 'build', '--timings');
    expect(r.status, r.stderr).toBe(0);
    for (const stage of ['snapshot', 'extract', 'normalize', 'validate', 'publish', 'site', 'write', 'total'])
      expect(r.stderr).toMatch(new RegExp(`^${stage} +\\d+\\.\\d ms$`, 'm'));
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
});

/** validate runs in-process (it loads no site or publishing code), reading a project by --root. */
describe('figures validate', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const validate = async (
    root: string,
  ): Promise<{ exitCode: number | undefined; report: { ok: boolean; problems: { code: string }[]; rows: Record<string, number> } }> => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const program = new Command().exitOverride();
    registerValidate(program);
    await program.parseAsync(['node', 'figures', 'validate', '--json', '--root', root]);
    return { exitCode: process.exitCode as number | undefined, report: JSON.parse(out.join('')) };
  };
  it('exits 1 with the problems as JSON when the data has errors', async () => {
    const dir = project();
    writeFileSync(join(dir, ANN), readFileSync(join(dir, ANN), 'utf8').replace('quote: $12 million', 'quote: $13 million'));
    const { exitCode, report } = await validate(dir);
    expect(exitCode).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('quote-not-found');
  });
  it('exits 0 with no problems and the row counts when the data is valid', async () => {
    const { exitCode, report } = await validate(project());
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ ok: true, problems: [], rows: { observations: 3, mentions: 5 } });
  });
});
