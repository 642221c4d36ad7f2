/**
 * Nothing lost when the build is killed: SIGKILL at seeded random instants of the write (16 runs of
 * the write half in a process of its own, then 2 runs of `figures build` itself, killed once its
 * temporary folder appears), against a project whose dist/ holds an earlier package. After every
 * kill, dist/ — or, if the kill fell between the two renames, the folder it was moved aside to —
 * is the old or the new package, whole; after the recovery every build starts with, it is dist/
 * again and no temporary folder remains.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { memoryFS, recoverInterruptedWrite, writeTreeAtomic, type FileTree } from '../../pipeline/core/fs.js';
import { CLI } from '../fixtures/cli.js';
import { A, applyEdits, asRecord, baseFiles } from './fixtures.js';
import { cleanUp, fingerprint, leftovers, project, repoRoot, tempDir, treeFingerprint, writeFiles } from './project.js';

const HARNESS_RUNS = 16;
const CLI_RUNS = 2;
const SEED = 20241128;
// The harness is TypeScript (tsx's loader); `figures build` is the compiled CLI.
const LOADER = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const HARNESS = ['--import', LOADER, join(repoRoot, 'tests/errors/killHarness.ts')];

/** One process, `node <args>`, killed with SIGKILL `killAfter` ms after `trigger` resolves. */
function runAndKill(
  args: string[],
  cwd: string,
  trigger: (child: ReturnType<typeof spawn>) => Promise<void>,
  killAfter: number,
): Promise<{ completed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d));
    child.stderr!.on('data', (d: Buffer) => (err += d));
    trigger(child).then(() => setTimeout(() => child.kill('SIGKILL'), killAfter), reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ completed: false });
      else if (code === 0) resolve({ completed: true });
      else reject(new Error(`exit ${code}: ${err}`));
    });
  });
}

const lineOnStdout = (line: string) => (child: ReturnType<typeof spawn>) =>
  new Promise<void>((resolve) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d;
      if (buf.includes(`${line}\n`)) resolve();
    });
  });

/** Resolves when a temporary folder of the write appears in `root` (the write has begun). */
const writeBegins = (root: string) => () =>
  new Promise<void>((resolve) => {
    const w = watch(root, (_event, name) => {
      if (name && /^\.dist-new-/.test(String(name))) {
        w.close();
        resolve();
      }
    });
  });

describe('SIGKILL during the build', () => {
  let root: string;
  let treeDir: string;
  let OLD: Record<string, string>;
  let NEW: Record<string, string>;
  let oldTree: FileTree;
  let window: number;
  const delays = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { seed: SEED, numRuns: HARNESS_RUNS + CLI_RUNS });
  const recoverNow = fc.sample(fc.boolean(), { seed: SEED + 1, numRuns: HARNESS_RUNS });
  const tally = { killed: 0, completed: 0, before: 0, midWrite: 0, movedAside: 0, after: 0 };

  const dist = () => join(root, 'dist');
  /** Right after a kill: the package at dist/, or moved aside if dist/ is gone, is old or new, whole. */
  function checkDirect(): void {
    const aside = leftovers(root).filter((n) => n.startsWith('.dist-old-'));
    if (leftovers(root).length > 0 || !existsSync(dist())) tally.midWrite++;
    else if (JSON.stringify(fingerprint(dist())) === JSON.stringify(OLD)) tally.before++;
    else tally.after++;
    if (existsSync(dist())) expect([OLD, NEW]).toContainEqual(fingerprint(dist()));
    else {
      tally.movedAside++;
      expect(aside).toHaveLength(1);
      expect([OLD, NEW]).toContainEqual(fingerprint(join(root, aside[0]!)));
    }
  }
  /** What every build does first; then dist/ is old or new and nothing else is left. */
  function recoverAndCheck(): void {
    recoverInterruptedWrite(dist());
    expect(leftovers(root)).toEqual([]);
    const now = fingerprint(dist());
    expect([OLD, NEW]).toContainEqual(now);
    if (JSON.stringify(now) === JSON.stringify(NEW)) writeTreeAtomic(dist(), oldTree);
  }

  beforeAll(() => {
    const base = baseFiles();
    root = project('kill', base, null);
    const newTree = build(memoryFS(asRecord(base)));
    // The earlier release: another version and another attribution, so most files differ.
    oldTree = build(
      memoryFS(
        asRecord(
          applyEdits(base, [
            { file: 'raw/dataset.yaml', replace: 'version: 1.0.0', with: 'version: 0.9.0' },
            {
              file: `raw/annotations/${A}.yaml`,
              replace: '    period: "2023"\n    attributed_to: customs records compiled by the Trade Watch Institute',
              with: '    period: "2023"\n    attributed_to: the Trade Watch Institute',
            },
          ]),
        ),
      ),
    );
    NEW = treeFingerprint(newTree);
    OLD = treeFingerprint(oldTree);
    const differing = Object.keys(NEW).filter((k) => OLD[k] !== NEW[k] && !k.endsWith('/'));
    expect(differing.length).toBeGreaterThan(10);
    treeDir = tempDir('kill-tree');
    writeFiles(treeDir, newTree);
    writeFiles(dist(), oldTree);
  });
  afterAll(() => {
    console.log(
      `kill test: ${tally.killed} kills — ${tally.before} before the write, ${tally.midWrite} mid-write (${tally.movedAside} between the renames), ${tally.after} after it — and ${tally.completed} runs that finished first`,
    );
    cleanUp();
  });

  it('measures one uninterrupted write, which installs the new package', async () => {
    let out = '';
    const r = await runAndKill(
      [...HARNESS, root, treeDir],
      repoRoot,
      (child) => {
        child.stdout!.on('data', (d: Buffer) => (out += d));
        return new Promise(() => {});
      },
      0,
    );
    expect(r.completed).toBe(true);
    expect(fingerprint(dist())).toEqual(NEW);
    // Kills fall within 1.5 times the write's length after their trigger (at least 20 ms).
    window = Math.max(20, 1.5 * Number(/done ([\d.]+)/.exec(out)![1]));
    writeTreeAtomic(dist(), oldTree);
    expect(fingerprint(dist())).toEqual(OLD);
  });

  it(`leaves the old or the new package after each of ${HARNESS_RUNS} kills of the write`, async () => {
    for (let i = 0; i < HARNESS_RUNS; i++) {
      // Every other run counts from "ready" (the kill may fall before the write), the others from the write's start.
      const trigger = i % 2 === 0 ? lineOnStdout('ready') : writeBegins(root);
      const r = await runAndKill([...HARNESS, root, treeDir], repoRoot, trigger, delays[i]! * window);
      if (r.completed) tally.completed++;
      else tally.killed++;
      checkDirect();
      // Half the time the leftovers stay, for the next run's own recovery to meet.
      if (recoverNow[i]) recoverAndCheck();
    }
    recoverAndCheck();
  });

  it(`leaves the old or the new package after ${CLI_RUNS} kills of 'figures build' itself`, async () => {
    for (let i = 0; i < CLI_RUNS; i++) {
      const r = await runAndKill([CLI, 'build'], root, writeBegins(root), delays[HARNESS_RUNS + i]! * window);
      if (r.completed) tally.completed++;
      else tally.killed++;
      checkDirect();
      recoverAndCheck();
    }
    // The runs did cut writes short (else the test proves nothing); how many varies with the load.
    expect(tally.midWrite).toBeGreaterThan(0);
  });
});
