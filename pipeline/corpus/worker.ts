/**
 * The loop of a corpus worker thread: processes batches (processBatch.ts) and transfers the
 * column buffers back. It runs bundled with the extractor (workerBundle.ts), which calls
 * `serve` with the extractor's `extractMentions`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, BatchResult } from './batch.js';
import { transferList } from './columns.js';
import { processBatch, type Extractor, type Shard } from './processBatch.js';

export interface WorkerData {
  shard: Shard | null;
}

export function serve(extract: Extractor): void {
  const { data } = workerData as { data: WorkerData };
  const ctx = { extract, shard: data.shard };
  const port = parentPort!;
  port.on('message', ({ id, task }: { id: number; task: Batch }) => {
    let result: BatchResult;
    try {
      result = processBatch(task, ctx);
    } catch (e) {
      // The message alone is what a user sees; the stack only with --debug (the CLI decides).
      port.postMessage({ id, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
      return;
    }
    port.postMessage({ id, result }, [...transferList(result.mentions), ...transferList(result.docs)]);
  });
}
