/**
 * The reader of this tree against the reader of another commit, in one process, on the same
 * news-like documents (bench/genCorpus.ts, as bench/read.ts makes them). The documents are read
 * in chunks of 50, each chunk by both readers in alternating order (A B, B A, …), so that the
 * machine's other work falls on both alike, which whole processes on a shared machine cannot
 * promise. Time is the process's CPU time. Prints each reader's median pass (the first two
 * passes, which compile, left out), the median of the per-pass ratios, and whether the two
 * readings are the same.
 *
 *   git archive REV pipeline | tar -x -C .tmp/base        # the other commit's pipeline/
 *   npx tsx bench/readAB.ts .tmp/base [SIZE_MB=4] [--passes 8]
 *   npx tsx bench/readAB.ts .tmp/base --real               # the real texts instead
 *
 * `--grouped`: this tree reads each chunk with `readTexts` (the phases run over the chunk's texts
 * together, readPhases.ts), the base text by text with `readText`.
 *
 * `--real` reads the texts of raw/sources and the tuning sets of tests/read/devset (chunks of 10)
 * instead of the generated documents: real texts repeat few sentences, where the generator repeats many, so a
 * change that pays only where sentences repeat shows here.
 *
 * The folder must sit inside the repository (.tmp/ is ignored by git) so that its imports find
 * node_modules. Both readers use this tree's raw/vocab.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as here from '../pipeline/read/index.js';
import { benchVocab, newsDocuments } from './readerInput.js';
import { TUNING_SETS } from '../tests/read/score.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string', default: '8' },
    real: { type: 'boolean', default: false },
    grouped: { type: 'boolean', default: false },
  },
});
const [baseDir, size] = positionals;
if (!baseDir) throw new Error('usage: npx tsx bench/readAB.ts BASE_DIR [SIZE_MB=4] [--passes 8]');
const base = (await import(pathToFileURL(resolve(baseDir, 'pipeline/read/index.ts')).href)) as typeof here;

function realTexts(): { docs: string[]; bytes: number } {
  const docs: string[] = [];
  // Only the sets tuned on: the validation and test sets' texts stay unread while tuning.
  const tuning = new Set<string>(TUNING_SETS);
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (d !== 'tests/read/devset' || tuning.has(f)) walk(p);
      } else if (p.endsWith('.txt')) docs.push(readFileSync(p, 'utf8'));
    }
  };
  walk('raw/sources');
  walk('tests/read/devset');
  return { docs, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d), 0) };
}
const { docs, bytes } = values.real ? realTexts() : newsDocuments(Number(size ?? 4));
const vocab = benchVocab();
const readers = {
  base: (
    (lexicon) => (t: string) =>
      base.readText(t, lexicon)
  )(base.buildLexicon(vocab)),
  'this tree': (
    (lexicon) => (t: string) =>
      here.readText(t, lexicon)
  )(here.buildLexicon(vocab)),
};
const hereLexicon = here.buildLexicon(vocab);
/** Each reader over a chunk of texts: text by text, or (this tree, `--grouped`) the chunk at once. */
const readChunk = (name: keyof typeof readers, chunk: string[]): unknown[] =>
  name === 'this tree' && values.grouped ? here.readTexts(chunk, hereLexicon) : chunk.map((d) => readers[name](d));

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const CHUNK = values.real ? 10 : 50;
let same = true;
for (let c = 0; c < docs.length && same; c += CHUNK) {
  const chunk = docs.slice(c, c + CHUNK);
  same = JSON.stringify(readChunk('base', chunk)) === JSON.stringify(readChunk('this tree', chunk));
}
const passes = Math.max(4, Number(values.passes));
const times: Record<keyof typeof readers, number[]> = { base: [], 'this tree': [] };
for (let p = 0; p < passes; p++) {
  const pass = { base: 0, 'this tree': 0 };
  for (let c = 0; c < docs.length; c += CHUNK) {
    const chunk = docs.slice(c, c + CHUNK);
    const order = (c / CHUNK + p) % 2 === 0 ? (['this tree', 'base'] as const) : (['base', 'this tree'] as const);
    for (const name of order) {
      const t0 = cpuMs();
      readChunk(name, chunk);
      pass[name] += cpuMs() - t0;
    }
  }
  times.base.push(pass.base);
  times['this tree'].push(pass['this tree']);
}
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const [b, t] = [times.base.slice(2), times['this tree'].slice(2)];
const mbs = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(2);
process.stdout.write(
  `${values.real ? 'real texts' : 'news-like documents'}${values.grouped ? ' (this tree grouped)' : ''}: ${docs.length}, ${(bytes / 1e6).toFixed(2)} MB; ${passes} passes (the first two left out); ` +
    `readings ${same ? 'the same' : 'DIFFERENT'}\n` +
    `| reader | median pass, CPU ms | MB/s |\n|---|---|---|\n` +
    `| base (${baseDir}) | ${median(b).toFixed(0)} | ${mbs(median(b))} |\n` +
    `| this tree | ${median(t).toFixed(0)} | ${mbs(median(t))} |\n` +
    `| this tree ÷ base, median of the passes' ratios | ${median(t.map((x, i) => x / b[i]!)).toFixed(3)} | |\n`,
);
