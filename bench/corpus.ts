/**
 * Benchmark of `figures extract --corpus` as users run it: whole processes, on generated
 * news-like JSONL corpora under /tmp (bench/genCorpus.ts), on this machine.
 *
 *   npx tsx bench/corpus.ts [--dir /tmp/figures-bench] [--main 200] [--sizes 10,100,1000]
 *                           [--workers 1,2] [--sample-mb 1] [--format parquet]
 *                           [--profile news|dense] [--repeat 3] [--read] [--no-recognizers]
 *                           [--cli build/cli.js,OTHER/cli.js] [--args='--worker-memory 0;--worker-memory 256']
 *
 * --profile: the figure density of the generated text (bench/genCorpus.ts PROFILES): news,
 * ~3.3 mentions per 1,000 characters (default), or dense, ~14 (a stress test). --repeat: each process
 * of the main comparison runs this many times, alternating, and the median is reported.
 * --read: the extract processes run with `--read` (the reader's drafts too), against the same
 * ceiling. --no-recognizers: skip the Recognizers-Text comparison (it takes ~1 minute);
 * --sizes none: skip the size series. --cli: the compiled CLIs to time, comma-separated (default
 * build/cli.js, compiled from the sources): name a copy of build/ compiled at another commit
 * (kept inside the repository, e.g. .tmp/build-base/, so it finds node_modules) and each is run
 * with each worker count, alternating in the same loop: an A/B comparison on a shared machine.
 * --args: further options of the extract process, one set per variant, separated by `;`: each
 * set runs as its own process in the same alternating loop (the main comparison and the size
 * series), e.g. a memory cap against none.
 *
 * Measures, printing Markdown tables (and DIR/results.json):
 *  1. on the --main corpus: the ceiling (read + decode + JSON.parse, nothing else,
 *     bench/corpusCeiling.ts) and the extract process with each worker count, in the same run;
 *  2. Recognizers-Text's number model on a sample of the same documents, extrapolated to the
 *     corpus (bench/corpusRecognizers.ts), against the whole extract process;
 *  3. seconds per MB and peak resident memory for each of --sizes (is time linear and memory
 *     flat?).
 * Peak memory is the child's maxRSS from /usr/bin/time -v (worker threads included: they are
 * threads of the same process). Corpora are kept between runs (same seed, same bytes); outputs
 * are deleted after each run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compile, isCurrent } from '../bin/compile.js';
import { generateCorpus, PROFILES, type Profile } from './genCorpus.js';

// The corpus runs time the compiled CLI: compile it if a source changed.
if (!isCurrent()) await compile();

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: '/tmp/figures-bench' },
    main: { type: 'string', default: '200' },
    sizes: { type: 'string', default: '10,100,1000' },
    workers: { type: 'string', default: '1,2' },
    'sample-mb': { type: 'string', default: '1' },
    format: { type: 'string', default: 'parquet' },
    profile: { type: 'string', default: 'news' },
    repeat: { type: 'string', default: '3' },
    read: { type: 'boolean', default: false },
    'no-recognizers': { type: 'boolean', default: false },
    cli: { type: 'string', default: 'build/cli.js' },
    args: { type: 'string', default: '' },
  },
});
const ROOT = new URL('..', import.meta.url).pathname;
const DIR = args.dir!;
const MB = 1e6;
const TIME = '/usr/bin/time';
const PROFILE = args.profile as Profile;
if (!(PROFILE in PROFILES)) throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);
const REPEAT = Math.max(1, Number(args.repeat));
mkdirSync(DIR, { recursive: true });

interface ProcessRun {
  seconds: number;
  maxRssMb: number | null;
  cpuSeconds: number | null;
  stdout: string;
}

/**
 * Runs `node ...args` from the repository root, timed, with its peak memory: through tsx for
 * the TypeScript helpers, plain for the compiled CLI (build/cli.js), as users run it.
 */
function runNode(nodeArgs: string[], { tsx = true } = {}): ProcessRun {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const loader = tsx ? ['--import', 'tsx'] : [];
  const argv = withTime ? ['-v', process.execPath, ...loader, ...nodeArgs] : [...loader, ...nodeArgs];
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${nodeArgs.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const field = (name: string) => {
    const m = new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr);
    return m ? Number(m[1]) : null;
  };
  const rssKb = field('Maximum resident set size \\(kbytes\\)');
  const user = field('User time \\(seconds\\)');
  const sys = field('System time \\(seconds\\)');
  return {
    seconds,
    maxRssMb: rssKb === null ? null : rssKb / 1024,
    cpuSeconds: user === null || sys === null ? null : user + sys,
    stdout: r.stdout,
  };
}

function corpus(mb: number): string {
  const path = join(DIR, `corpus-${mb}mb-seed1-${PROFILE}.jsonl`);
  if (!existsSync(path) || statSync(path).size < mb * MB) {
    process.stderr.write(`generating ${path} …\n`);
    generateCorpus(path, mb * MB, 1, PROFILE);
  }
  return path;
}

function ceiling(path: string): ProcessRun & { lines: number; textChars: number } {
  const r = runNode(['bench/corpusCeiling.ts', path]);
  const out = JSON.parse(r.stdout) as { lines: number; textChars: number };
  return { ...r, lines: out.lines, textChars: out.textChars };
}

/** The run of median wall time (the machine's other work makes single runs noisy). */
const median = <T extends { seconds: number }>(runs: T[]): T => [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1]!;

const READ = args.read === true;

const CLIS = args.cli!.split(',');
/** The --args sets: each a list of options ([] for none). */
const EXTRA = args.args!.split(';').map((set) => set.trim().split(/\s+/).filter(Boolean));
const extraLabel = (extra: string[]) => (EXTRA.length > 1 ? ` ${extra.join(' ') || '(no options)'}` : '');

function extract(path: string, workers: number, cli = CLIS[0]!, extra = EXTRA[0]!): ProcessRun & { mentions: number; drafts: number } {
  const out = join(DIR, `out-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  try {
    const r = runNode(
      [
        cli,
        'extract',
        '--corpus',
        path,
        '--out',
        out,
        '--workers',
        String(workers),
        '--format',
        args.format!,
        '--json',
        ...(READ ? ['--read'] : []),
        ...extra,
      ],
      { tsx: false },
    );
    const m = JSON.parse(r.stdout) as { mentions: number; tables: Record<string, { rows: number }> };
    const drafts = (m.tables.draft_observations?.rows ?? 0) + (m.tables.draft_claims?.rows ?? 0);
    return { ...r, mentions: m.mentions, drafts };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const f1 = (n: number | null) => (n === null ? '—' : n.toFixed(1));
const f2 = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const f3 = (n: number) => n.toFixed(3);
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const results: Record<string, unknown> = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
    loadavgAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  },
};
process.stdout.write(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load average at start ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}\n\n`,
);

// 1 + 2. The main corpus: ceiling, worker counts, Recognizers-Text.
const mainMb = Number(args.main);
const mainPath = corpus(mainMb);
const mainBytes = statSync(mainPath).size;
// Interleaved, so a burst of other work on the machine falls on all of them alike.
const variants = CLIS.flatMap((cli) => EXTRA.flatMap((extra) => args.workers!.split(',').map((w) => ({ cli, extra, workers: Number(w) }))));
const ceilRuns: ReturnType<typeof ceiling>[] = [];
const workerRuns: ReturnType<typeof extract>[][] = variants.map(() => []);
for (let k = 0; k < REPEAT; k++) {
  ceilRuns.push(ceiling(mainPath));
  variants.forEach((v, i) => workerRuns[i]!.push(extract(mainPath, v.workers, v.cli, v.extra)));
}
const ceil = median(ceilRuns);
const byWorkers = variants.map((v, i) => ({
  ...v,
  ...median(workerRuns[i]!),
  runs: workerRuns[i]!.map((r) => Number(r.seconds.toFixed(2))),
  // Every run's CPU time and peak, for A/B comparisons of medians that fell on other runs.
  cpuRuns: workerRuns[i]!.map((r) => r.cpuSeconds),
  rssRuns: workerRuns[i]!.map((r) => (r.maxRssMb === null ? null : Number(r.maxRssMb.toFixed(1)))),
}));
const best = byWorkers.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const rate = (s: number) => mainBytes / MB / s;
process.stdout.write(
  `## ${mainMb} MB ${PROFILE} corpus${READ ? ', extract --corpus --read' : ''} (${ceil.lines} documents, ${mainBytes} bytes, ${best.mentions} mentions, ${((best.mentions / ceil.textChars) * 1000).toFixed(1)} per 1,000 characters of text${READ ? `, ${best.drafts} drafts` : ''}); median of ${REPEAT} runs each\n\n`,
);
process.stdout.write(
  table(
    ['process', 'wall s', 'MB/s', 'share of ceiling', 'CPU s', 'MB per CPU-s', 'peak RSS MB', 'all runs, wall s'],
    [
      [
        'ceiling: read + decode + JSON.parse',
        f2(ceil.seconds),
        f1(rate(ceil.seconds)),
        '1.00',
        f2(ceil.cpuSeconds),
        f1(ceil.cpuSeconds && rate(ceil.cpuSeconds)),
        f1(ceil.maxRssMb),
        ceilRuns.map((r) => f2(r.seconds)).join(', '),
      ],
      ...byWorkers.map((r) => [
        `${CLIS.length > 1 ? `${r.cli}: ` : ''}extract --corpus${READ ? ' --read' : ''}${extraLabel(r.extra)}, ${r.workers} worker(s)`,
        f2(r.seconds),
        f1(rate(r.seconds)),
        f2(ceil.seconds / r.seconds),
        f2(r.cpuSeconds),
        f1(r.cpuSeconds && rate(r.cpuSeconds)),
        f1(r.maxRssMb),
        r.runs.map(f2).join(', '),
      ]),
    ],
  ) + '\n\n',
);

interface RecognizersSample {
  documents: number;
  textBytes: number;
  recognizers: { seconds: number; found: number };
  ours: { seconds: number; found: number };
}
let sample: RecognizersSample | null = null;
if (!args['no-recognizers']) {
  sample = JSON.parse(runNode(['bench/corpusRecognizers.ts', mainPath, args['sample-mb']!]).stdout) as RecognizersSample;
  const recRate = sample.textBytes / MB / sample.recognizers.seconds;
  const oursRate = sample.textBytes / MB / sample.ours.seconds;
  const recExtrapolated = mainBytes / MB / recRate;
  process.stdout.write(
    `## Recognizers-Text number model, on the first ${(sample.textBytes / MB).toFixed(2)} MB of text (${sample.documents} documents)\n\n`,
  );
  process.stdout.write(
    table(
      ['', 'MB/s of text, one thread', `time for the ${mainMb} MB corpus`, 'extract --corpus is faster by'],
      [
        [
          '@microsoft/recognizers-text-number 1.3.1 (extrapolated, reading and parsing not counted)',
          f2(recRate),
          `${f1(recExtrapolated)} s`,
          '—',
        ],
        [
          `extract --corpus, ${best.workers} worker(s), whole process (measured above)`,
          '—',
          `${f2(best.seconds)} s`,
          `${f1(recExtrapolated / best.seconds)}×`,
        ],
        [
          '(this extractor alone, same sample, one thread)',
          f2(oursRate),
          `${f1(mainBytes / MB / oursRate)} s`,
          `${f1(oursRate / recRate)}× per thread`,
        ],
      ],
    ) + '\n\n',
  );
}

// 3. Linearity and memory across sizes.
const sizes = args.sizes === 'none' ? [] : args.sizes!.split(',').map(Number);
const maxWorkers = Math.max(...byWorkers.map((r) => r.workers));
// The fixed cost of a run: the same command on an empty corpus (start Node and the CLI, bundle
// and start the workers, write empty parts and the manifest). Seconds per MB net of it show
// whether the cost of the data itself is linear.
const emptyPath = join(DIR, 'corpus-empty.jsonl');
writeFileSync(emptyPath, '');
// Each --args set has its own series; their runs alternate, size by size.
const fixedRuns = EXTRA.map((): ReturnType<typeof extract>[] => []);
for (let k = 0; k < REPEAT; k++) EXTRA.forEach((extra, j) => fixedRuns[j]!.push(extract(emptyPath, maxWorkers, CLIS[0], extra)));
const fixedBy = fixedRuns.map((runs) => median(runs));
type SizeRun = ReturnType<typeof extract> & { mb: number; bytes: number; ceilingSeconds: number };
const bySizeBy = EXTRA.map((): SizeRun[] => []);
for (const mb of sizes) {
  const path = corpus(mb);
  const bytes = statSync(path).size;
  const c = ceiling(path);
  EXTRA.forEach((extra, j) => bySizeBy[j]!.push({ mb, bytes, ceilingSeconds: c.seconds, ...extract(path, maxWorkers, CLIS[0], extra) }));
}
function sizeTable(fixed: ReturnType<typeof extract>, bySize: SizeRun[]): string {
  const marginalCpu = (i: number): string => {
    const r = bySize[i]!;
    const before = i ? bySize[i - 1]! : { cpuSeconds: fixed.cpuSeconds, bytes: 0 };
    return r.cpuSeconds === null || before.cpuSeconds === null
      ? '—'
      : f3((r.cpuSeconds - before.cpuSeconds) / ((r.bytes - before.bytes) / MB));
  };
  return table(
    [
      'corpus',
      'mentions',
      'wall s',
      's per MB',
      's per MB net of start-up',
      'marginal s per MB',
      'MB/s',
      'share of ceiling',
      'CPU s',
      'CPU s per MB',
      'CPU s per MB net of start-up',
      'marginal CPU s per MB',
      'peak RSS MB',
    ],
    [
      ['empty (start-up only)', 0, f2(fixed.seconds), '—', '—', '—', '—', '—', f2(fixed.cpuSeconds), '—', '—', '—', f1(fixed.maxRssMb)],
      ...bySize.map((r, i) => [
        `${r.mb} MB`,
        r.mentions,
        f2(r.seconds),
        f3(r.seconds / (r.bytes / MB)),
        f3((r.seconds - fixed.seconds) / (r.bytes / MB)),
        // from the size before (the first: from the empty corpus): the cost of the added MBs alone
        f3((r.seconds - (i ? bySize[i - 1]!.seconds : fixed.seconds)) / ((r.bytes - (i ? bySize[i - 1]!.bytes : 0)) / MB)),
        f1(r.bytes / MB / r.seconds),
        f2(r.ceilingSeconds / r.seconds),
        f2(r.cpuSeconds),
        r.cpuSeconds === null ? '—' : f3(r.cpuSeconds / (r.bytes / MB)),
        r.cpuSeconds === null || fixed.cpuSeconds === null ? '—' : f3((r.cpuSeconds - fixed.cpuSeconds) / (r.bytes / MB)),
        marginalCpu(i),
        f1(r.maxRssMb),
      ]),
    ],
  );
}
EXTRA.forEach((extra, j) => {
  process.stdout.write(`## Size: ${maxWorkers} worker(s)${extraLabel(extra)}\n\n`);
  process.stdout.write(sizeTable(fixedBy[j]!, bySizeBy[j]!) + '\n\n');
});

Object.assign(results, {
  profile: PROFILE,
  repeat: REPEAT,
  main: { mb: mainMb, bytes: mainBytes, ceiling: ceil, ceilingRuns: ceilRuns.map((r) => r.seconds), byWorkers },
  recognizers: sample,
  startup: fixedBy[0],
  bySize: bySizeBy[0],
  ...(EXTRA.length > 1 ? { args: EXTRA, startupByArgs: fixedBy, bySizeByArgs: bySizeBy } : {}),
  loadavgAtEnd: loadavg(),
});
for (const r of [...ceilRuns, ...workerRuns.flat(), ...byWorkers, ...fixedRuns.flat(), ...bySizeBy.flat()] as { stdout?: string }[])
  delete r.stdout;
const resultsFile = join(DIR, `results-${PROFILE}.json`);
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(
  `\nload average at end ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; results in ${resultsFile}\n`,
);
