/**
 * The loop of a corpus worker thread: processes batches (processBatch.ts) and transfers the
 * column buffers back. It runs bundled with the extractor and the reader (workerBundle.ts),
 * which call `serve` with the extractor's `extractMentions` and a loader of pipeline/read's
 * public API (imported only by a `--read` run).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, BatchResult } from './batch.js';
import { transferList } from './columns.js';
import { processBatch, type Extractor, type Shard } from './processBatch.js';
import { bindReader, type ReaderApi, type ReaderVocab } from './readerApi.js';
import { PROGRESS_DOCUMENT, PROGRESS_OFFSET, PROGRESS_TASK } from './workerPool.js';

export interface WorkerData {
  shard: Shard | null;
  /** With `--read`: the reader's vocabularies, loaded once by the main thread. */
  vocab: ReaderVocab | null;
  /** The longest document processed, in bytes (workerMemory.ts). */
  maxDocumentBytes: number;
}

/** The buffers of a result, to transfer rather than copy. */
export function resultTransferList(result: BatchResult): ArrayBuffer[] {
  const sets = [result.mentions, result.docs, ...(result.drafts ? [result.drafts.observations, result.drafts.claims] : [])];
  return sets.flatMap(transferList);
}

/**
 * Detaches one empty ArrayBuffer. V8 compiles typed-array code without a check for a detached
 * buffer until the isolate's first detach (its "array buffer detaching" protector), and the
 * first result a worker transferred detached its column buffers: every function optimized
 * until then that touches a typed array (the row builders, the sentence splitter's cursors)
 * was thrown away and compiled again (`--trace-deopt`: "code dependencies", in each worker).
 * Detached before the first batch, they are compiled once.
 */
export function detachOneBuffer(): void {
  const b = new ArrayBuffer(0);
  structuredClone(b, { transfer: [b] });
}

export function serve(extract: Extractor, loadReader: () => Promise<ReaderApi>): void {
  detachOneBuffer();
  const { data, progress: shared } = workerData as { data: WorkerData; progress: SharedArrayBuffer };
  const port = parentPort!;
  // Where this worker is (workerPool.ts reads it if V8 stops the worker for want of memory).
  const progress = new Int32Array(shared);
  const onDocument = (index: number, offset: number): void => {
    progress[PROGRESS_DOCUMENT] = index;
    progress[PROGRESS_OFFSET] = offset;
  };
  // The reader is loaded only with --read; messages wait for it in order (then-callbacks on one
  // promise run in the order they were added).
  const ready = data.vocab ? loadReader().then((api) => bindReader(api, data.vocab!)) : Promise.resolve(undefined);
  port.on('message', ({ id, task }: { id: number; task: Batch }) => {
    void ready.then(
      (read) => {
        let result: BatchResult;
        progress[PROGRESS_DOCUMENT] = -1;
        progress[PROGRESS_TASK] = id;
        try {
          result = processBatch(task, {
            extract,
            shard: data.shard,
            maxDocumentBytes: data.maxDocumentBytes,
            onDocument,
            ...(read ? { read } : {}),
          });
        } catch (e) {
          // The message alone is what a user sees; the stack only with --debug (the CLI decides).
          port.postMessage({ id, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
          return;
        }
        progress[PROGRESS_DOCUMENT] = -1;
        port.postMessage({ id, result }, resultTransferList(result));
      },
      (e: unknown) => port.postMessage({ id, error: `the reader could not be loaded: ${e instanceof Error ? e.message : String(e)}` }),
    );
  });
}
