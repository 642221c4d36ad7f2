/**
 * Where a corpus run's CPU goes, per thread: runs the compiled `extract --corpus` on a file and
 * samples /proc/<pid>/task/<tid>/stat every 20 ms, keeping each thread's last CPU time (user +
 * system), so threads that end before the process are counted too. Linux only.
 *
 *   node --import tsx bench/corpusThreads.ts FILE.jsonl [--cli OTHER/cli.js] [extract options…]   → a Markdown table
 *
 * --cli: the compiled CLI to run (default build/cli.js, compiled from the sources), e.g. a copy of
 * build/ compiled at another commit and kept inside the repository (.tmp/build-base/cli.js), for
 * an A/B of the split.
 *
 * CHILD_NODE_FLAGS (environment) are given to the extract process's Node, e.g. V8 flags to try
 * (`CHILD_NODE_FLAGS=--no-concurrent-recompilation` puts the optimizing compiler's work on the
 * threads that need the code, which is how the background share was attributed).
 *
 * Node gives its threads no names of their own (all are `node`), so: the main thread is the
 * one whose id is the process's, the worker threads are the --workers N busiest of the others
 * (each runs a batch loop flat out, far above any other thread), and the rest are V8's
 * background threads (garbage collection, optimizing compilation) and libuv's pool.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { compile, isCurrent } from '../bin/compile.js';

const [file, ...args] = process.argv.slice(2);
const ci = args.indexOf('--cli');
const cli = ci >= 0 ? args[ci + 1]! : 'build/cli.js';
const rest = ci >= 0 ? [...args.slice(0, ci), ...args.slice(ci + 2)] : args;
if (!file) {
  process.stderr.write('usage: node --import tsx bench/corpusThreads.ts FILE.jsonl [extract options…]\n');
  process.exit(2);
}
if (ci < 0 && !isCurrent()) await compile();
const TICK = 100; // clock ticks per second (USER_HZ), as on every Linux Node supports
const out = join(tmpdir(), `figures-threads-${process.pid}`);
rmSync(out, { recursive: true, force: true });
const root = new URL('..', import.meta.url).pathname;
const flags = (process.env.CHILD_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...flags, cli, 'extract', '--corpus', file, '--out', out, ...rest], {
  cwd: root,
  stdio: 'inherit',
});
const threads = new Map<number, { cpu: number }>();
let done = false;
child.on('exit', () => (done = true));
const started = performance.now();
while (!done) {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    break;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(f[11]) + Number(f[12])) / TICK; // utime, stime (fields 14, 15)
      threads.set(Number(tid), { cpu });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  await sleep(20);
}
const wall = (performance.now() - started) / 1000;
rmSync(out, { recursive: true, force: true });
const mainTid = child.pid!;
const wi = rest.indexOf('--workers');
const workers = wi >= 0 ? Number(rest[wi + 1]) : (await import('node:os')).availableParallelism();
const others = [...threads.entries()].filter(([tid]) => tid !== mainTid).sort((a, b) => b[1].cpu - a[1].cpu);
const workerTids = new Set(others.slice(0, workers).map(([tid]) => tid));
const label = (tid: number): string =>
  tid === mainTid ? 'main thread' : workerTids.has(tid) ? 'worker threads' : 'V8 background (GC, compiler), libuv';
const groups = new Map<string, { cpu: number; n: number }>();
for (const [tid, t] of threads) {
  const g = groups.get(label(tid)) ?? { cpu: 0, n: 0 };
  g.cpu += t.cpu;
  g.n++;
  groups.set(label(tid), g);
}
const total = [...groups.values()].reduce((a, g) => a + g.cpu, 0);
process.stdout.write(
  `wall ${wall.toFixed(2)} s, CPU ${total.toFixed(2)} s (sampled every 20 ms)\n\n| threads | count | CPU s | share |\n|---|---|---|---|\n`,
);
for (const [k, g] of [...groups].sort((a, b) => b[1].cpu - a[1].cpu))
  process.stdout.write(`| ${k} | ${g.n} | ${g.cpu.toFixed(2)} | ${((100 * g.cpu) / total).toFixed(0)} % |\n`);
// Each worker's own share: under a stage split (bench/corpusSplit.ts) the extracting
// thread's CPU bounds the run's wall time on idle cores, however little the decoding one does.
process.stdout.write(
  `\nworker threads, each: ${others
    .slice(0, workers)
    .map(([, t]) => t.cpu.toFixed(2))
    .join(', ')} CPU-s\n`,
);
