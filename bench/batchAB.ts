/**
 * processBatch (decode, parse, normalize, extract, lay out the rows) of this tree against another
 * commit's, in one process, over the 1 MB batches of a JSONL file. Each batch is run by both in
 * turn (the order alternating), every round, and CPU time is taken per batch: on a shared machine
 * the least disturbed run of each batch, summed over the batches, is the steadiest figure (the
 * first two rounds, which compile, left out). The first round checks that both give the same result.
 *
 *   git archive REV pipeline schemas | tar -x -C .tmp/base     # the other commit's pipeline/
 *   npx tsx bench/batchAB.ts .tmp/base FILE.jsonl [--rounds 12]
 *
 * The folder must sit inside the repository (.tmp/ is ignored by git) so that its imports find
 * node_modules. Mentions only (no --read).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { processBatch } from '../pipeline/corpus/processBatch.js';
import { extractMentions } from '../pipeline/extract/index.js';
import { jsonlBatches } from './jsonlBatches.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '12' } } });
const [baseDir, file] = positionals;
if (!baseDir || !file) throw new Error('usage: npx tsx bench/batchAB.ts BASE_DIR FILE.jsonl [--rounds 12]');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(baseDir, path)).href)) as T;
const base = {
  processBatch: (await load<{ processBatch: typeof processBatch }>('pipeline/corpus/processBatch.ts')).processBatch,
  extractMentions: (await load<{ extractMentions: typeof extractMentions }>('pipeline/extract/index.ts')).extractMentions,
};

const batches = jsonlBatches(file);
const sides = {
  base: (b: Uint8Array) => base.processBatch({ kind: 'jsonl', bytes: b }, { extract: base.extractMentions, shard: null }),
  'this tree': (b: Uint8Array) => processBatch({ kind: 'jsonl', bytes: b }, { extract: extractMentions, shard: null }),
};
type Side = keyof typeof sides;
const best: Record<Side, number[]> = { base: [], 'this tree': [] };
const rounds = Math.max(3, Number(values.rounds));
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < batches.length; i++) {
    const order: Side[] = (r + i) % 2 ? ['base', 'this tree'] : ['this tree', 'base'];
    const out: Partial<Record<Side, unknown>> = {};
    for (const side of order) {
      const t0 = process.cpuUsage();
      out[side] = sides[side](batches[i]!);
      const t = process.cpuUsage(t0);
      if (r >= 2) best[side][i] = Math.min(best[side][i] ?? Infinity, (t.user + t.system) / 1000);
    }
    if (r === 0 && !isDeepStrictEqual(out.base, out['this tree'])) throw new Error(`batch ${i}: the results differ`);
  }
}
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
const [b, t] = [sum(best.base), sum(best['this tree'])];
process.stdout.write(
  `${file}: ${batches.length} batches, ${rounds} rounds (alternating; the first two left out); same results\n` +
    `| processBatch | CPU ms, sum of each batch's minimum |\n|---|---|\n` +
    `| base (${baseDir}) | ${b.toFixed(1)} |\n| this tree | ${t.toFixed(1)} |\n| this tree ÷ base | ${(t / b).toFixed(3)} |\n`,
);
