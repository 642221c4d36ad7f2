/**
 * What a fresh isolate pays before its extractor runs at full speed: the fixed cost that each
 * corpus worker thread pays once per run. In one new process, processBatch (decode, parse,
 * normalize, extract, rows) over the 1 MB batches of a JSONL file: the first pass batch by
 * batch, then warm passes. CPU is the process's (all threads), so V8's optimizing compiles on
 * its background threads count with the slower code that runs until they are done.
 *
 *   npx tsx bench/workerWarmup.ts FILE.jsonl [--passes 4]
 *
 * Prints the first pass's CPU, the least of the warm passes, the difference (the warm-up) and
 * the CPU of the first batches against a warm batch. Run it with node's V8 flags
 * (`node --FLAG --import tsx bench/workerWarmup.ts …`) to see what a flag does to the warm-up.
 * A file of 10 MB or more: the warm-up lasts some megabytes.
 */
import { parseArgs } from 'node:util';
import { processBatch } from '../pipeline/corpus/processBatch.js';
import { extractMentions } from '../pipeline/extract/index.js';
import { jsonlBatches } from './jsonlBatches.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { passes: { type: 'string', default: '4' } } });
const file = positionals[0];
if (!file) throw new Error('usage: npx tsx bench/workerWarmup.ts FILE.jsonl [--passes 4]');
const batches = jsonlBatches(file);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const run = (b: Uint8Array) => processBatch({ kind: 'jsonl', bytes: b }, { extract: extractMentions, shard: null });

const firstBatches: number[] = [];
for (const b of batches) {
  const t = cpuMs();
  run(b);
  firstBatches.push(cpuMs() - t);
}
const first = firstBatches.reduce((a, b) => a + b, 0);
let warm = Infinity;
for (let p = 1; p < Math.max(2, Number(values.passes)); p++) {
  const t = cpuMs();
  for (const b of batches) run(b);
  warm = Math.min(warm, cpuMs() - t);
}
const perBatch = warm / batches.length;
const shown = firstBatches.slice(0, 12).map((ms) => ms.toFixed(0));
// node's own flags, without tsx's loader (--require and --import with their modules)
const flags = process.execArgv.filter((a, i, all) => !/^--(require|import)\b/.test(a) && !/^--(require|import)$/.test(all[i - 1] ?? ''));
process.stdout.write(
  `${file}: ${batches.length} batches of 1 MB, ${flags.join(' ') || 'no V8 flags'}\n` +
    `| first pass, CPU ms | warm pass, CPU ms (least of ${Math.max(2, Number(values.passes)) - 1}) | warm-up (first − warm) | first batches, CPU ms (a warm one: ${perBatch.toFixed(1)}) |\n|---|---|---|---|\n` +
    `| ${first.toFixed(0)} | ${warm.toFixed(0)} | ${(first - warm).toFixed(0)} | ${shown.join(', ')} |\n`,
);
