/**
 * What each stage of a corpus worker costs on one thread, warm, in one process: decoding and
 * parsing the lines (the ceiling's own work), normalizing, extracting, and laying the rows out
 * as columns (with their row sizes). Each stage is timed over the whole file, round after round
 * (the minimum is reported, the least disturbed by other work on the machine), so a change to
 * one stage can be compared in the same process without the noise of whole runs.
 *
 *   npx tsx bench/corpusStages.ts FILE.jsonl [--rounds 5]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractMentions } from '../pipeline/extract/index.js';
import type { Mention } from '../pipeline/extract/mention.js';
import { isPlainText, normalizeFast } from '../pipeline/corpus/normalizeFast.js';
import { columnSetRowBytes } from '../pipeline/corpus/rowBytes.js';
import { MentionRows } from '../pipeline/corpus/tableRows.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
const file = positionals[0];
if (!file) throw new Error('usage: npx tsx bench/corpusStages.ts FILE.jsonl [--rounds 5]');
const bytes = new Uint8Array(readFileSync(file));
const decoder = new TextDecoder();

function lines(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (end > start) out.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return out;
}

const raw = lines();
let docs: { id: string; text: string }[] = [];
let texts: string[] = [];
let plain: boolean[] = [];
let found: Mention[][] = [];
const stages: Record<string, () => void> = {
  'decode + JSON.parse': () => {
    docs = raw.map((l) => JSON.parse(decoder.decode(l)) as { id: string; text: string });
  },
  // as a worker does it (processBatch.ts): one test, and normalizeFast only for a text that fails it
  normalize: () => {
    plain = docs.map((d) => isPlainText(d.text));
    texts = docs.map((d, i) => (plain[i] ? d.text : normalizeFast(d.text)));
  },
  extract: () => {
    found = texts.map((t, i) => (plain[i] ? extractMentions(t, { noOtherSpaces: true }) : extractMentions(t)));
  },
  'rows (1 MB batches)': () => {
    let rows = new MentionRows();
    let size = 0;
    for (let i = 0; i < found.length; i++) {
      rows.add(docs[i]!.id, found[i]!);
      size += texts[i]!.length;
      if (size > 1e6 || i === found.length - 1) {
        const set = rows.finish();
        columnSetRowBytes(set);
        rows = new MentionRows();
        size = 0;
      }
    }
  },
};
const best = new Map<string, number>();
const first = new Map<string, number>();
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(stages)) {
    const t = performance.now();
    run();
    const ms = performance.now() - t;
    best.set(name, Math.min(best.get(name) ?? Infinity, ms));
    if (r === 0) first.set(name, ms);
  }
}
const mentions = found.reduce((n, m) => n + m.length, 0);
process.stdout.write(
  `${file}: ${raw.length} documents, ${mentions} mentions, ${(bytes.length / 1e6).toFixed(1)} MB; best of ${rounds} rounds\n\n`,
);
process.stdout.write('| stage | ms | MB/s | vs decode + parse | first round, ms |\n|---|---|---|---|---|\n');
const base = best.get('decode + JSON.parse')!;
for (const [name, ms] of best)
  process.stdout.write(
    `| ${name} | ${ms.toFixed(0)} | ${(bytes.length / 1e3 / ms).toFixed(1)} | ${(ms / base).toFixed(2)} | ${first.get(name)!.toFixed(0)} |\n`,
  );
