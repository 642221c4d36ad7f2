/**
 * The extractor of this tree against the extractor of another commit, in one process, on the
 * same documents: rounds alternate (A B, B A, …) so that the machine's other work falls on both
 * alike, which whole processes on a shared machine cannot promise. Prints the minimum and the
 * median round of each (the first two rounds, which compile, left out) and their ratio.
 *
 *   git archive REV pipeline | tar -x -C .tmp/base        # the other commit's pipeline/
 *   npx tsx bench/extractAB.ts .tmp/base FILE.jsonl [--rounds 10]
 *
 * The folder must sit inside the repository (.tmp/ is ignored by git) so that its imports find
 * node_modules. Texts are taken as the corpus worker takes them (normalizeFast of `text`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractMentions } from '../pipeline/extract/index.js';
import { normalizeFast } from '../pipeline/corpus/normalizeFast.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '10' } } });
const [baseDir, file] = positionals;
if (!baseDir || !file) throw new Error('usage: npx tsx bench/extractAB.ts BASE_DIR FILE.jsonl [--rounds 10]');
const base = (await import(pathToFileURL(resolve(baseDir, 'pipeline/extract/index.ts')).href)) as {
  extractMentions: typeof extractMentions;
};

const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => normalizeFast((JSON.parse(l) as { text: string }).text));
const runs: Record<'base' | 'this tree', (t: string) => unknown> = { base: base.extractMentions, 'this tree': extractMentions };
const times: Record<string, number[]> = { base: [], 'this tree': [] };
const rounds = Math.max(4, Number(values.rounds));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? (['this tree', 'base'] as const) : (['base', 'this tree'] as const);
  for (const name of order) {
    const t0 = performance.now();
    for (const t of texts) runs[name](t);
    times[name]!.push(performance.now() - t0);
  }
}
const warm = (a: number[]) => a.slice(2).sort((x, y) => x - y);
const min = (a: number[]) => warm(a)[0]!;
const median = (a: number[]) => warm(a)[(a.length - 2) >> 1]!;
const [b, t] = [times.base!, times['this tree']!];
process.stdout.write(
  `${file}: ${texts.length} documents, ${rounds} rounds each (alternating; the first two left out)\n` +
    `| extractor | min ms | median ms |\n|---|---|---|\n` +
    `| base (${baseDir}) | ${min(b).toFixed(0)} | ${median(b).toFixed(0)} |\n` +
    `| this tree | ${min(t).toFixed(0)} | ${median(t).toFixed(0)} |\n` +
    `| this tree ÷ base | ${(min(t) / min(b)).toFixed(3)} | ${(median(t) / median(b)).toFixed(3)} |\n`,
);
