/**
 * How much memory a corpus worker thread may take (`--worker-memory MB`), and the longest
 * document that fits in it.
 *
 * V8 lets a thread's old generation grow lazily, long before it has to collect: the reader's
 * heap in each worker kept growing with the corpus, and a two-worker `--read` run went over
 * the 512 MB of issue 17 at 1 GB (docs/performance.md, "Issue 17 in session 10"). A cap on the
 * old generation (Worker `resourceLimits.maxOldGenerationSizeMb`) makes V8 collect instead. A
 * worker that needs more than its cap is stopped by V8 (ERR_WORKER_OUT_OF_MEMORY); the run
 * then ends with corpus-worker-out-of-memory naming the document (workerPool.ts,
 * outOfMemory.ts). So that one long document does not end a run, the longest document follows
 * the cap: a longer one is a corpus-too-long reject, like one over 64 MiB without a cap.
 */
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { MAX_DOCUMENT_BYTES } from './processBatch.js';

/** The cap with `--read` when `--worker-memory` is not given (MB of old generation per worker). */
export const DEFAULT_READ_WORKER_MEMORY_MB = 256;

/**
 * Old-generation bytes a worker may need per byte of its longest document. Measured with one
 * worker on one long news-like document (bench/documentMemory.ts, docs/performance.md, session
 * 10): with `--read` a document of 1/16 of the cap ran (4 MB at 64, 8 MB at 128, 16 MB at 256)
 * and one of 1/8 ran out (8 MB at 64, 16 MB at 128); mentions only, 1/8 ran and 1/4 ran out. The
 * reader's factor has room for text denser in figures than news (its structures are per
 * sentence and per figure).
 */
export const READ_HEAP_PER_DOCUMENT_BYTE = 24;
export const MENTIONS_HEAP_PER_DOCUMENT_BYTE = 8;

/** What a worker holds whatever its document: the code, the reader's vocabularies, a batch and its rows. */
export const BASE_HEAP_MB = 48;

/**
 * The smallest cap accepted: 64 MB ran a 10 MB news corpus with `--read`; below it, little is left
 * over the base for a document.
 */
export const MIN_WORKER_MEMORY_MB = 64;

/**
 * `--worker-memory MB`: a whole number of MB from MIN_WORKER_MEMORY_MB, or 0 for no cap (V8's
 * default, which depends on the machine's memory).
 */
export function parseWorkerMemory(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n === 0 || (n >= MIN_WORKER_MEMORY_MB && n <= 1 << 20)))
    throw new UsageError(messages.corpusBadWorkerMemory(value, MIN_WORKER_MEMORY_MB));
  return n;
}

/** The cap of a run: the one given, else the default for `--read`, else none (null). */
export function workerMemoryMb(given: number | null, read: boolean): number | null {
  if (given !== null) return given === 0 ? null : given;
  return read ? DEFAULT_READ_WORKER_MEMORY_MB : null;
}

/**
 * The longest document a run processes, in bytes: what fits in the cap beside the base, and never
 * more than MAX_DOCUMENT_BYTES. It depends on the options alone (never on the number of workers),
 * so a run's rejects are the same with `--workers 0`, where no cap applies.
 */
export function maxDocumentBytes(capMb: number | null, read: boolean): number {
  if (capMb === null) return MAX_DOCUMENT_BYTES;
  const perByte = read ? READ_HEAP_PER_DOCUMENT_BYTE : MENTIONS_HEAP_PER_DOCUMENT_BYTE;
  const fits = Math.floor(((capMb - BASE_HEAP_MB) * 2 ** 20) / perByte);
  return Math.max(1 << 16, Math.min(MAX_DOCUMENT_BYTES, fits));
}
