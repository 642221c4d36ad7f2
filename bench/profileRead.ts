/**
 * Where the reader's time goes: a CPU profile (V8's sampling profiler, through node:inspector) of
 * `readText` on the news-like documents bench/read.ts reads, summed by function, by file and for
 * the regular expressions, over the passes after the warm-up ones (V8's compiling settles there).
 *
 *   npx tsx bench/profileRead.ts [SIZE_MB=4] [--passes 6] [--warm 3] [--top 40] [--save FILE.cpuprofile] [--grouped]
 *
 * Prints percentages of the samples taken in the measured passes (self time: the function's own
 * code; a regular expression's matching is its own entry, "RegExp: …", beside the function that
 * ran it). The profiler runs from the start so that every regular expression compiled is named;
 * samples of the warm-up passes are left out by their time stamps. `--save` writes the whole
 * profile for Chrome's DevTools or speedscope. `--grouped` reads the documents in groups of 50
 * (readTexts), as bench/read.ts's second figure and `extract --corpus --read` do. Under tsx, modules are compiled without their line
 * breaks, so functions are named by file, not line.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { buildLexicon, readText, readTexts } from '../pipeline/read/index.js';
import { benchVocab, newsDocuments } from './readerInput.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string', default: '6' },
    warm: { type: 'string', default: '3' },
    top: { type: 'string', default: '40' },
    save: { type: 'string' },
    grouped: { type: 'boolean', default: false },
  },
});
const { docs, bytes } = newsDocuments(Number(positionals[0] ?? 4));
const lexicon = buildLexicon(benchVocab());
const warm = Number(values.warm);
const passes = Number(values.passes);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
// The profiler's time stamps and process.hrtime both read the monotonic clock, in µs and ns.
const now = (): number => Number(process.hrtime.bigint() / 1000n);
let from = 0;
const cpu: number[] = [];
for (let p = 0; p < warm + passes; p++) {
  if (p === warm) from = now();
  const t0 = process.cpuUsage();
  if (values.grouped) for (let i = 0; i < docs.length; i += 50) readTexts(docs.slice(i, i + 50), lexicon);
  else for (const d of docs) readText(d, lexicon);
  const u = process.cpuUsage(t0);
  if (p >= warm) cpu.push((u.user + u.system) / 1000);
}
const to = now();
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
if (values.save) writeFileSync(values.save, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
let t = profile.startTime;
let samples = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  if (t < from || t > to) continue;
  samples++;
  self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + 1);
}
const root = new URL('..', import.meta.url).href;
const fileOf = (url: string): string => (url.startsWith(root) ? url.slice(root.length) : url || '(V8)');
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let regex = 0;
for (const [id, n] of self) {
  const { functionName, url } = byId.get(id)!.callFrame;
  const isRegex = functionName.startsWith('RegExp: ');
  if (isRegex) regex += n;
  const name = isRegex ? functionName.slice(0, 100) : `${functionName || '(anonymous)'}  ${fileOf(url)}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + n);
  const file = isRegex ? '(regular expressions)' : fileOf(url);
  byFile.set(file, (byFile.get(file) ?? 0) + n);
}
const pct = (n: number): string => `${((100 * n) / samples).toFixed(2).padStart(6)}%`;
const top = (m: Map<string, number>, k: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, n]) => `${pct(n)}  ${name}`)
    .join('\n');
const median = [...cpu].sort((a, b) => a - b)[cpu.length >> 1]!;
process.stdout.write(
  `news-like documents: ${docs.length}, ${(bytes / 1e6).toFixed(2)} MB; ${passes} passes profiled after ${warm} ` +
    `(median ${median.toFixed(0)} CPU ms, ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s under the profiler); ${samples} samples\n` +
    `regular expressions: ${pct(regex)} of the samples\n\nby file (self time)\n${top(byFile, 30)}\n\n` +
    `by function (self time)\n${top(byFunction, Number(values.top))}\n`,
);
