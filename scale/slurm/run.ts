/**
 * `npm run scale:slurm`: the Slurm array job of docs/scale.md, run for real. Starts a
 * throwaway single-node cluster (cluster.ts), generates a small corpus, submits
 * scale/slurm/extract.sbatch — the file users submit — as 4 array tasks, merges the shards
 * with `figures merge-shards`, then plays a failed task (one shard's manifest removed: the
 * merge must name the array index and the command to rerun it, and the rerun must repair
 * the merge), and checks with DuckDB that the union of the shards equals one process row
 * for row. Stops every daemon it started, also on failure; exits 1 on any difference.
 * Everything is in one temporary folder, removed at the end; no network.
 *
 * Last line: `slurm: <N> array tasks, <M> mentions, <K> drafts, identical to one process`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCorpus } from '../../bench/genCorpus.js';
import { startCluster, type Cluster } from './cluster.js';
import { compareRuns } from './compare.js';

const TASKS = 4;
const CORPUS_BYTES = 3_000_000;
/** Tables of the reader's drafts (`extract --corpus --read`, which the batch script passes). */
const DRAFT_TABLES = ['draft_observations', 'draft_claims'];
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SBATCH = 'scale/slurm/extract.sbatch';
/** The CLI in this process's Node with tsx's loader: one process per command, so one PID to stop. */
const CLI = ['--import', 'tsx', 'pipeline/cli.ts'];
/** Commands running in the background, stopped on failure or interrupt. */
const children = new Set<ChildProcess>();
/** Job states after which a task does not run again (Slurm's base states). */
const ENDED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE']);
/** How long one array job may take before the run fails. */
const JOB_TIMEOUT_MS = 300_000;

interface RunManifest {
  input: unknown;
  bytes_read: number;
  documents: number;
  mentions: number;
  rejected: number;
  tables: Record<string, { rows: number; parts: { path: string }[] }>;
}

const started = Date.now();
const step = (s: string) => process.stdout.write(`scale:slurm: [${((Date.now() - started) / 1000).toFixed(1)} s] ${s}\n`);

function figures(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

async function figuresAsync(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  children.delete(child);
  if (code !== 0) throw new Error(`figures ${args.join(' ')} exited with ${code}:\n${stderr}`);
}

/** Submits the batch script from the checkout (the tasks run in the submit directory); returns the job id. */
function submit(cluster: Cluster, logs: string, array: string, args: string[]): string {
  // The file asks for 2 CPUs per task; a 1-CPU machine could never run it.
  const cpus = availableParallelism() < 2 ? ['--cpus-per-task=1'] : [];
  const r = spawnSync('sbatch', ['--parsable', `--array=${array}`, ...cpus, `--output=${logs}/extract-%A_%a.out`, SBATCH, ...args], {
    cwd: ROOT,
    env: cluster.env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`sbatch failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim().split(';')[0]!;
}

/** Waits until every task of the array job has ended; fails unless each COMPLETED with exit 0. */
async function waitForJob(cluster: Cluster, job: string, logs: string): Promise<number> {
  for (const end = Date.now() + JOB_TIMEOUT_MS; Date.now() < end; await sleep(250)) {
    const r = spawnSync('scontrol', ['show', 'job', '-o', job], { env: cluster.env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`scontrol show job ${job}: ${r.stderr}`);
    const tasks = r.stdout
      .trim()
      .split('\n')
      .map((line) => ({
        task: /ArrayTaskId=(\S+)/.exec(line)?.[1] ?? '?',
        state: /JobState=(\S+)/.exec(line)?.[1] ?? '?',
        exit: /ExitCode=(\S+)/.exec(line)?.[1] ?? '?',
      }));
    if (tasks.some((t) => !ENDED.has(t.state) || !/^\d+$/.test(t.task))) continue;
    const failed = tasks.filter((t) => t.state !== 'COMPLETED' || t.exit !== '0:0');
    if (failed.length > 0) {
      const out = readdirSync(logs)
        .map((f) => `--- ${f}\n${readFileSync(join(logs, f), 'utf8')}`)
        .join('\n');
      throw new Error(`job ${job}: ${failed.map((t) => `task ${t.task} ${t.state} exit ${t.exit}`).join(', ')}\n${out}`);
    }
    return tasks.length;
  }
  throw new Error(`job ${job} did not end within ${JOB_TIMEOUT_MS / 1000} s`);
}

function merge(out: string): RunManifest {
  const r = figures(['merge-shards', out]);
  if (r.status !== 0) throw new Error(`merge-shards ${out} exited with ${r.status}:\n${r.stderr}`);
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as RunManifest;
}

async function main(work: string, cluster: () => Promise<Cluster>): Promise<string> {
  const corpus = join(work, 'corpus.jsonl');
  const out = join(work, 'out');
  const single = join(work, 'single');
  const logs = join(work, 'logs');
  const gen = generateCorpus(corpus, CORPUS_BYTES, 17);
  // Two lines that are no document: every shard rejects them, the merge counts them once.
  appendFileSync(corpus, 'not json\n{"text": "no id"}\n');
  step(`corpus of ${gen.documents} documents (${(gen.bytes / 1e6).toFixed(1)} MB) + 2 bad lines`);

  const c = await cluster();
  step('cluster up: munged, slurmctld, slurmd');
  mkdirSync(logs);
  const t0 = Date.now();
  const job = submit(c, logs, `0-${TASKS - 1}`, [corpus, out]);
  // The unsharded run meanwhile, outside Slurm: the reference.
  const [tasks] = await Promise.all([
    waitForJob(c, job, logs),
    figuresAsync(['extract', '--corpus', corpus, '--out', single, '--workers', '2', '--read']),
  ]);
  step(`array job ${job}: ${tasks} tasks completed in ${((Date.now() - t0) / 1000).toFixed(1)} s (with the one-process run beside it)`);
  merge(out);

  // A failed task: its folder has no manifest. The merge must refuse, name the index and the rerun.
  const lost = 2;
  rmSync(join(out, `source_shard=${lost}`, 'manifest.json'));
  const refused = figures(['merge-shards', out]);
  const rerun = `sbatch --array=${lost} ${SBATCH} CORPUS ${out} ${TASKS}`;
  if (refused.status !== 1 || !refused.stderr.includes('merge-shard-missing') || !refused.stderr.includes(rerun)) {
    throw new Error(
      `merge-shards with shard ${lost} missing: expected exit 1, merge-shard-missing and "${rerun}"; got ${refused.status}:\n${refused.stderr}`,
    );
  }
  const redo = submit(c, logs, String(lost), [corpus, out, String(TASKS)]);
  await waitForJob(c, redo, logs);
  step(`shard ${lost} lost: merge-shards refused (merge-shard-missing, "${rerun}"); rerun as job ${redo}`);
  const merged = merge(out);
  await c.stop();
  step('cluster stopped');

  const one = JSON.parse(readFileSync(join(single, 'manifest.json'), 'utf8')) as RunManifest;
  const differences = await compareRuns({ dir: out, tables: merged.tables }, { dir: single, tables: one.tables });
  for (const k of ['input', 'bytes_read', 'documents', 'mentions', 'rejected'] as const) {
    if (JSON.stringify(merged[k]) !== JSON.stringify(one[k]))
      differences.push(`${k}: merged ${JSON.stringify(merged[k])}, one process ${JSON.stringify(one[k])}`);
  }
  if (differences.length > 0) throw new Error(`the shards differ from one process:\n${differences.join('\n')}`);
  const missing = DRAFT_TABLES.filter((t) => !merged.tables[t]);
  if (missing.length > 0) throw new Error(`the merged shards have no ${missing.join(', ')}: the batch script did not pass --read`);
  const drafts = DRAFT_TABLES.reduce((n, t) => n + merged.tables[t]!.rows, 0);
  if (drafts === 0) throw new Error('the shards hold no drafts: the reader found nothing in the corpus');
  return `slurm: ${tasks} array tasks, ${merged.mentions} mentions, ${drafts} drafts, identical to one process`;
}

const work = mkdtempSync(join(tmpdir(), 'figures-slurm-'));
let running: Cluster | undefined;
let interrupted = false;
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const child of children) child.kill('SIGTERM');
    await running?.stop();
    rmSync(work, { recursive: true, force: true });
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write(`scale:slurm: ${signal}: stopping the cluster\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}
try {
  const line = await main(work, async () => (running = await startCluster(join(work, 'cluster'))));
  await cleanUp();
  process.stdout.write(`${line}\n`);
} catch (e) {
  const logs = interrupted ? '' : (running?.logs() ?? '');
  await cleanUp();
  if (!interrupted) process.stderr.write(`scale:slurm failed: ${e instanceof Error ? e.message : String(e)}\n${logs}\n`);
  process.exitCode = 1;
}
