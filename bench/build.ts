/**
 * The whole-process cost of `npm run build`: the compiled CLI against the same build run from
 * the TypeScript sources through tsx (what `npm run build` ran before the CLI was compiled),
 * and against `node -e 0`, the floor of any Node process. Every process builds the real raw/
 * into a temporary folder (never dist/); the processes run interleaved, `--repeat` times
 * each, and the medians are compared, so a busy machine slows all of them alike.
 *
 *   npx tsx bench/build.ts [--repeat 5]
 *
 * Prints, per process, the median wall seconds and CPU seconds (user + system, children
 * included, from bash's `times`), every run's wall time, and the ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCurrent, compile } from '../bin/compile.js';

const ROOT = join(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const REPEAT = Number(arg('--repeat', '5'));

interface Proc {
  name: string;
  argv: (out: string) => string[];
}

const node = process.execPath;
const PROCS: Proc[] = [
  { name: 'node -e 0', argv: () => [node, '-e', '0'] },
  {
    name: 'tsx pipeline/cli.ts build (before)',
    argv: (out) => [node, 'node_modules/tsx/dist/cli.mjs', 'pipeline/cli.ts', 'build', '--out', out],
  },
  { name: 'node bin/figures.js build (after)', argv: (out) => [node, 'bin/figures.js', 'build', '--out', out] },
  { name: 'npm run build (after, whole)', argv: (out) => ['npm', 'run', '--silent', 'build', '--', '--out', out] },
];

/** One run: wall seconds, and the CPU seconds of the process and its children (bash's `times`). */
function once(argv: string[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>"$ERR" || { cat "$ERR" >&2; exit 1; }; times', 'bash', ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ERR: join(tmpdir(), `figures-bench-build-${process.pid}.err`) },
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
  // `times`: the shell's user and system time, then its children's.
  const children = r.stdout.trim().split('\n').at(-1)!;
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: secs.reduce((a, b) => a + b, 0) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

if (!isCurrent()) await compile();
const out = mkdtempSync(join(tmpdir(), 'figures-bench-build-'));
const runs = new Map<string, { wall: number; cpu: number }[]>(PROCS.map((p) => [p.name, []]));
try {
  for (let i = 0; i < REPEAT; i++) {
    for (const p of PROCS) runs.get(p.name)!.push(once(p.argv(join(out, `${i}-${PROCS.indexOf(p)}`))));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const med = new Map([...runs].map(([name, rs]) => [name, { wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)) }]));
const floor = med.get(PROCS[0]!.name)!;
console.log(`median of ${REPEAT} interleaved runs, Node ${process.version}\n`);
console.log('| process | wall s | CPU s | wall ÷ node -e 0 | all runs, wall s |');
console.log('|---|---|---|---|---|');
for (const [name, m] of med) {
  const all = runs
    .get(name)!
    .map((r) => r.wall.toFixed(2))
    .join(', ');
  console.log(`| ${name} | ${m.wall.toFixed(2)} | ${m.cpu.toFixed(2)} | ${(m.wall / floor.wall).toFixed(1)} | ${all} |`);
}
const before = med.get(PROCS[1]!.name)!;
const after = med.get(PROCS[2]!.name)!;
console.log(
  `\ncompiled ÷ tsx: wall ${(after.wall / before.wall).toFixed(2)}, CPU ${(after.cpu / before.cpu).toFixed(2)}; ` +
    `npm's own cost (npm run build − node bin/figures.js build): ${(med.get(PROCS[3]!.name)!.wall - after.wall).toFixed(2)} s wall`,
);
