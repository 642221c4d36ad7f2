import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { bundleWorker, workerUrl } from '../../pipeline/corpus/workerBundle.js';
import { DEFAULT_EXTRACTOR } from '../../pipeline/corpus/loadExtractor.js';
import { FAKE_EXTRACTOR } from './fixtures/fakeExtractor.js';

/** Runs the bundle in a worker thread on one JSONL batch and returns the worker's answer. */
async function runOnce(
  code: string,
  jsonl: string,
): Promise<{ result?: { documents: number; mentions: { length: number } }; error?: string }> {
  const worker = new Worker(workerUrl(code), { workerData: { data: { shard: null } }, execArgv: [] });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ id: 0, task: { kind: 'jsonl', bytes: new TextEncoder().encode(jsonl) } });
    });
  } finally {
    await worker.terminate();
  }
}

describe('bundleWorker', () => {
  it('makes one self-contained module that runs in a bare worker thread with the given extractor', async () => {
    const code = await bundleWorker(FAKE_EXTRACTOR);
    // nothing left to load but Node's own modules: no TypeScript loader needed in the thread
    const imports = [...code.matchAll(/^import .* from ["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(imports.every((s) => s!.startsWith('node:'))).toBe(true);
    const answer = await runOnce(code, '{"id":"a","text":"Up 12% to 300."}\n{"id":"b","text":"none"}\n');
    expect(answer.error).toBeUndefined();
    expect(answer.result?.documents).toBe(2);
    expect(answer.result?.mentions.length).toBe(2);
  });

  it("bundles the project's extractor", async () => {
    const answer = await runOnce(
      await bundleWorker(DEFAULT_EXTRACTOR),
      '{"id":"a","text":"About 90% of Russia\'s microelectronics came from China in 2023."}\n',
    );
    expect(answer.result?.mentions.length).toBe(2);
  });

  it('fails, naming the problem, for a module without extractMentions or one that does not exist', async () => {
    await expect(bundleWorker(new URL('./fixtures/corpus.ts', import.meta.url).href)).rejects.toThrow(/extractMentions/);
    await expect(bundleWorker('file:///nonexistent/extractor.ts')).rejects.toThrow(/nonexistent/);
  });
});
