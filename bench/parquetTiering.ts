/**
 * What the corpus's Parquet encoding costs the whole process, compiling included: the mention
 * table of a JSONL file (its 1 MB batches, as a run lays them out) encoded again and again, with
 * the CPU time of every thread (process.cpuUsage) per encode. A 100 MB news run encodes about ten
 * tables of this file's size; V8's background compiling of parquet-wasm shows in the first ones.
 *
 *   node --import tsx [--wasm-tiering-budget=N] bench/parquetTiering.ts FILE.jsonl [--encodes 40]
 *
 * pipeline/corpus/formats/parquet.ts sets V8's WebAssembly tiering budget when it loads, unless
 * node was given one: name the default (1800000 in Node 20) to measure without the change.
 * Alternate the two in separate processes, several times: each process compiles afresh.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { arrow } from '../pipeline/corpus/arrow.js';
import { processBatch } from '../pipeline/corpus/processBatch.js';
import { MENTION_COLUMNS } from '../pipeline/corpus/tableSchema.js';
import { arrowSchema, toRecordBatch } from '../pipeline/corpus/toArrow.js';
import { extractMentions } from '../pipeline/extract/index.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { encodes: { type: 'string', default: '40' } } });
const file = positionals[0];
if (!file) throw new Error('usage: node --import tsx bench/parquetTiering.ts FILE.jsonl [--encodes 40]');
const bytes = new Uint8Array(readFileSync(file));
const schema = arrowSchema(MENTION_COLUMNS);
const batches = [];
for (let start = 0; start < bytes.length;) {
  const nl = bytes.indexOf(10, Math.min(bytes.length, start + 1_000_000));
  const end = nl < 0 ? bytes.length : nl + 1;
  const result = processBatch({ kind: 'jsonl', bytes: bytes.slice(start, end) }, { extract: extractMentions, shard: null });
  batches.push(toRecordBatch(schema, MENTION_COLUMNS, result.mentions));
  start = end;
}
const table = new arrow.Table(schema, batches);
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
// Loaded here, so that compiling the WebAssembly module counts in the first encode.
const t0 = process.cpuUsage();
const { encodeParquet } = await import('../pipeline/corpus/formats/parquet.js');
const each: number[] = [];
for (let i = 0; i < Math.max(11, Number(values.encodes)); i++) {
  const t = process.cpuUsage();
  encodeParquet(table, MENTION_COLUMNS);
  each.push(cpuMs(t));
}
const all = cpuMs(t0);
const later = each.slice(10).sort((a, b) => a - b);
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
const flag = process.execArgv.find((a) => a.startsWith('--wasm-tiering-budget')) ?? 'the module’s budget';
process.stdout.write(
  `${flag}: ${table.numRows} rows; CPU ms of all threads: first 10 encodes ${sum(each.slice(0, 10)).toFixed(0)} ` +
    `(${each
      .slice(0, 10)
      .map((t) => t.toFixed(0))
      .join(' ')}), later ones median ${later[later.length >> 1]!.toFixed(0)}, all ${all.toFixed(0)}\n`,
);
