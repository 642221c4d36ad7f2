import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FiguresError } from '../../pipeline/core/errors.js';
import { openInput } from '../../pipeline/corpus/input.js';
import { defaultOptions, type CorpusOptions } from '../../pipeline/corpus/options.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { runCorpus } from '../../pipeline/corpus/runCorpus.js';
import { jsonlCorpus, memoryInput } from './fixtures/corpus.js';
import { HUNGRY_EXTRACTOR } from './fixtures/hungryExtractor.js';

// A small cap makes the hungry extractor's document run its worker out of memory quickly.
const options = (over: Partial<CorpusOptions> = {}): CorpusOptions => ({
  ...defaultOptions('corpus.jsonl', 'out'),
  extractor: HUNGRY_EXTRACTOR,
  workerMemory: 32,
  partRows: 50,
  batchBytes: 700,
  ...over,
});

/** The corpus with the document that exhausts a worker's memory as line `line` (1-based). */
function withHog(line: number): { jsonl: string; offset: number } {
  const lines = jsonlCorpus(60).split('\n');
  lines.splice(line - 1, 0, JSON.stringify({ id: 'huge', text: 'A HOG of a document: 12 chapters.' }));
  const before = lines.slice(0, line - 1).join('\n') + '\n';
  return { jsonl: lines.join('\n'), offset: new TextEncoder().encode(before).length };
}

async function failure(run: Promise<unknown>): Promise<FiguresError> {
  const e = await run.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FiguresError);
  return e as FiguresError;
}

describe('a worker that runs out of memory', () => {
  it.each([1, 2])(
    'ends the run (exit 1, no manifest) with corpus-worker-out-of-memory naming the JSONL line, its byte offset and the cap (%i workers)',
    async (workers) => {
      const { jsonl, offset } = withHog(41);
      const out = memoryOutputDir();
      const e = await failure(runCorpus(options({ workers }), { out, input: memoryInput(jsonl, 700) }));
      expect(e.exitCode).toBe(1);
      expect(e.problems).toHaveLength(1);
      const [p] = e.problems;
      expect(p).toMatchObject({ code: 'corpus-worker-out-of-memory', location: { file: 'corpus.jsonl', line: 41, offset }, value: 32 });
      expect(p!.message).toContain('corpus.jsonl:41:1: a worker thread ran out of memory on this document (--worker-memory 32 MB)');
      expect(p!.hint).toContain('--worker-memory 64');
      expect(p!.hint).toContain('Split the document');
      expect(out.files.has('manifest.json')).toBe(false);
    },
  );

  it('names the file of a folder input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-oom-'));
    try {
      mkdirSync(join(dir, 'texts'));
      writeFileSync(join(dir, 'texts', 'a.txt'), 'In 2023, 90%.');
      writeFileSync(join(dir, 'texts', 'b.txt'), 'The HOG: 12 chapters.');
      writeFileSync(join(dir, 'texts', 'c.txt'), 'In 2024, 91%.');
      const e = await failure(runCorpus(options({ workers: 1 }), { out: memoryOutputDir(), input: openInput(join(dir, 'texts'), 1000) }));
      expect(e.problems[0]).toMatchObject({ code: 'corpus-worker-out-of-memory', location: { file: 'texts/b.txt' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
