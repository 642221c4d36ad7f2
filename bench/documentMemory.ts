/**
 * How long a document fits in a corpus worker's memory cap (`extract --corpus --worker-memory`):
 * for each cap and each document size, one run of one worker over a corpus of that single
 * document, which either finishes or stops with corpus-worker-out-of-memory. The document is
 * generated news-like text (bench/genCorpus.ts: its articles joined into one), so what it
 * measures is the memory of one long text of ordinary prose. It sets the constants of
 * pipeline/corpus/workerMemory.ts (docs/performance.md, "Issue 17 in session 10").
 *
 *   npx tsx bench/documentMemory.ts [--caps 64,128,256] [--sizes 1,2,4,8] [--read] [--dir /tmp/figures-bench]
 *
 * Sizes are MB of JSONL (10^6 bytes); caps MB of old generation per worker.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FiguresError } from '../pipeline/core/errors.js';
import { diskFS } from '../pipeline/core/fs.js';
import { defaultOptions } from '../pipeline/corpus/options.js';
import { diskOutputDir } from '../pipeline/corpus/outputDir.js';
import { runCorpus } from '../pipeline/corpus/runCorpus.js';
import { MAX_DOCUMENT_BYTES } from '../pipeline/corpus/processBatch.js';
import { loadReaderVocab } from '../pipeline/read/loadVocab.js';
import { generateCorpus } from './genCorpus.js';

const { values: args } = parseArgs({
  options: {
    caps: { type: 'string', default: '64,128,256' },
    sizes: { type: 'string', default: '1,2,4,8' },
    read: { type: 'boolean', default: false },
    dir: { type: 'string', default: '/tmp/figures-bench' },
  },
});
const MB = 1e6;
const dir = join(args.dir!, `document-memory-${process.pid}`);
mkdirSync(dir, { recursive: true });

/** A JSONL file of one document of about `mb` MB: generated articles' texts joined. */
function oneDocument(mb: number): string {
  const corpus = join(dir, 'articles.jsonl');
  generateCorpus(corpus, mb * MB, 1, 'news');
  const texts = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const path = join(dir, `document-${mb}mb.jsonl`);
  writeFileSync(path, JSON.stringify({ id: `one-${mb}mb`, text: texts.join('\n\n') }) + '\n');
  return path;
}

const vocab = args.read ? loadReaderVocab(diskFS('.')) : null;
const caps = args.caps!.split(',').map(Number);
const sizes = args.sizes!.split(',').map(Number);
const rows: string[][] = [];
try {
  for (const mb of sizes) {
    const path = oneDocument(mb);
    const row = [`${mb} MB`];
    for (const cap of caps) {
      const opts = {
        ...defaultOptions(path, join(dir, 'out')),
        workers: 1,
        vocab,
        workerMemory: cap,
        maxDocumentBytes: MAX_DOCUMENT_BYTES,
      };
      const start = performance.now();
      let outcome: string;
      try {
        await runCorpus(opts, { out: diskOutputDir(opts.out) });
        outcome = 'ran';
      } catch (e) {
        if (!(e instanceof FiguresError)) throw e;
        outcome = e.problems[0]!.code === 'corpus-worker-out-of-memory' ? 'out of memory' : e.problems[0]!.code;
      }
      row.push(`${outcome} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      rmSync(opts.out, { recursive: true, force: true });
      process.stderr.write(`${mb} MB, cap ${cap} MB: ${outcome}\n`);
    }
    rows.push(row);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const head = ['document', ...caps.map((c) => `--worker-memory ${c}`)];
process.stdout.write(`## One document, one worker${args.read ? ', --read' : ''}\n\n`);
process.stdout.write(
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n',
);
