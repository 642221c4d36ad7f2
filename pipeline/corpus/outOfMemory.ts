/**
 * A worker that ran out of memory, as the coded problem a user sees: where in the input the
 * document is (JSONL: its line and byte offset; a folder: its file), the cap, and what to do.
 * The pool knows the document's place in its batch (workerPool.ts); the batch's place in the
 * input is known in two halves: its first byte or its files when it is sent, its first line
 * only when the results before it have come back in order (runCorpus.ts).
 */
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { FilesBatch } from './folderBatches.js';
import type { JsonlBatch } from './jsonlBatches.js';
import type { WorkerOutOfMemory } from './workerPool.js';

/** Where a batch is in the input, as far as the main thread knows when it sends it. */
export interface BatchPlace {
  /** JSONL: the batch's first byte in the input. */
  firstByte: number | null;
  /** A folder: the batch's files. */
  files: string[] | null;
}

/**
 * The place of a batch, taken before it is sent (a JSONL batch's bytes are transferred to the
 * worker; a folder batch's bytes need not be kept for its names).
 */
export function batchPlace(batch: JsonlBatch | FilesBatch): BatchPlace {
  return batch.kind === 'jsonl' ? { firstByte: batch.firstByte, files: null } : { firstByte: null, files: batch.files.map((f) => f.file) };
}

/** A WorkerOutOfMemory with the batch it happened on. */
export class BatchOutOfMemory extends Error {
  constructor(
    readonly worker: WorkerOutOfMemory,
    readonly place: BatchPlace,
  ) {
    super(worker.message);
    this.name = 'BatchOutOfMemory';
  }
}

/** The problem, given the input's name and the 1-based line its batch starts at (JSONL). */
export function outOfMemoryProblem(e: BatchOutOfMemory, input: string, firstLine: number): Problem {
  const doc = e.worker.document;
  const { firstByte, files } = e.place;
  const at: Location = files
    ? { file: `${input}/${files[doc?.index ?? 0] ?? ''}` }
    : { file: input, line: firstLine + (doc?.index ?? 0), offset: (firstByte ?? 0) + (doc?.offset ?? 0) };
  return messages.corpusWorkerOutOfMemory(at, e.worker.capMb, doc !== null);
}
