/**
 * A corpus worker thread: loads the extractor once, then processes batches (processBatch.ts)
 * and transfers the column buffers back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, BatchResult } from './batch.js';
import { transferList } from './columns.js';
import { loadExtractor } from './loadExtractor.js';
import { processBatch, type Shard } from './processBatch.js';

export interface WorkerData {
  extractor: string;
  shard: Shard | null;
}

const { data } = workerData as { data: WorkerData };
const ctx = { extract: await loadExtractor(data.extractor), shard: data.shard };
const port = parentPort!;

port.on('message', ({ id, task }: { id: number; task: Batch }) => {
  let result: BatchResult;
  try {
    result = processBatch(task, ctx);
  } catch (e) {
    port.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return;
  }
  port.postMessage({ id, result }, [...transferList(result.mentions), ...transferList(result.docs)]);
});
