/**
 * Single-thread throughput of the reader (pipeline/read: extraction plus reading) on news-like
 * documents from bench/genCorpus.ts, beside the extractor alone and
 * @microsoft/recognizers-text-number (number model, English) in the same run on the same
 * documents.
 *
 *   npx tsx bench/read.ts [SIZE_MB=8]
 *
 * Each document is read on its own (readText), then in groups of 50 (readTexts), the way
 * `extract --corpus --read` reads a batch's documents. Time is the process's CPU time
 * (process.cpuUsage, all threads: V8's optimizing compiler too), best of 3 after a warm-up for
 * ours, so the figures still hold some compiling (docs/performance.md, session 14); the peer runs
 * on documents until it has had 2 seconds. MB = 10^6 bytes of UTF-8. Target: >= 10 MB/s.
 */
import { NumberRecognizer, Culture } from '@microsoft/recognizers-text-number';
import { extractMentions } from '../pipeline/extract/index.js';
import { buildLexicon, readText, readTexts } from '../pipeline/read/index.js';
import { benchVocab, newsDocuments } from './readerInput.js';

const sizeMb = Number(process.argv[2] ?? 8);
const { docs, bytes } = newsDocuments(sizeMb);
const vocab = benchVocab();
const lexicon = buildLexicon(vocab);

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const MB = (b: number, ms: number): number => b / 1e6 / (ms / 1000);

function best(fn: () => number): { ms: number; out: number } {
  let out = fn(); // warm-up
  let ms = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.cpuUsage();
    out = fn();
    ms = Math.min(ms, cpuMs(t0));
  }
  return { ms, out };
}

const read = best(() => {
  let n = 0;
  for (const d of docs) {
    const r = readText(d, lexicon);
    n += r.observations.length + r.claims.length;
  }
  return n;
});
const GROUP = 50;
const grouped = best(() => {
  let n = 0;
  for (let i = 0; i < docs.length; i += GROUP)
    for (const r of readTexts(docs.slice(i, i + GROUP), lexicon)) n += r.observations.length + r.claims.length;
  return n;
});
const extract = best(() => {
  let n = 0;
  for (const d of docs) n += extractMentions(d).length;
  return n;
});
const model = new NumberRecognizer(Culture.English).getNumberModel();
for (const d of docs.slice(0, 5)) model.parse(d);
let peerBytes = 0;
const t0 = process.cpuUsage();
for (const d of docs) {
  model.parse(d);
  peerBytes += Buffer.byteLength(d);
  if (cpuMs(t0) > 2000) break;
}
const peer = MB(peerBytes, cpuMs(t0));
const ours = MB(bytes, read.ms);
const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
process.stdout.write(
  [
    `news-like documents: ${docs.length}, ${(bytes / 1e6).toFixed(2)} MB; ${read.out} drafts (observations + claims), ${extract.out} mentions`,
    `  reader (pipeline/read, extraction included)  ${f(ours).padStart(8)} MB/s`,
    `  ${`reader, in groups of ${GROUP} (readTexts)`.padEnd(44)} ${f(MB(bytes, grouped.ms)).padStart(8)} MB/s  (${grouped.out} drafts)`,
    `  extractor alone (pipeline/extract)           ${f(MB(bytes, extract.ms)).padStart(8)} MB/s  reader/extractor = ${f(ours / MB(bytes, extract.ms))}`,
    `  @microsoft/recognizers-text-number           ${f(peer).padStart(8)} MB/s  (on ${(peerBytes / 1e6).toFixed(2)} MB)  reader/it = ${f(ours / peer)}x`,
    `target (>= 10 MB/s, one thread): ${ours >= 10 ? 'met' : 'NOT met'}`,
  ].join('\n') + '\n',
);
