/**
 * The options of a corpus run, checked: the CLI's strings become these or a usage error.
 */
import { availableParallelism } from 'node:os';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { FormatName } from './formats/index.js';
import { DEFAULT_BATCH_BYTES } from './jsonlBatches.js';
import { DEFAULT_EXTRACTOR } from './loadExtractor.js';
import { DEFAULT_PART_BYTES, DEFAULT_PART_ROWS } from './partLimits.js';
import type { Shard } from './processBatch.js';
import type { ReaderVocab } from './readerApi.js';

export type OnError = 'skip' | 'fail';

export interface CorpusOptions {
  /** A JSONL file, a folder of .txt files, or `-` for standard input. */
  input: string;
  out: string;
  /** Worker threads; 0 runs everything in the main thread. */
  workers: number;
  format: FormatName;
  shard: Shard | null;
  onError: OnError;
  /** Rows per part file (at most). */
  partRows: number;
  /** Arrow bytes per part (at most, give or take a row): bounds memory whatever the rows hold. */
  partBytes: number;
  /** Input bytes per batch sent to a worker. */
  batchBytes: number;
  /** Module URL exporting extractMentions (tests substitute their own). */
  extractor: string;
  /** `--read`: the reader's vocabularies (raw/vocab/), and the drafts are written too; null: mentions only. */
  vocab: ReaderVocab | null;
  /**
   * `--worker-memory`: each worker thread's old-generation cap in MB; 0 for none; null for the
   * default (workerMemory.ts: a cap with `--read`, none without).
   */
  workerMemory: number | null;
  /** The longest document processed, in bytes; null: what fits in the cap (workerMemory.ts). Benchmarks set it. */
  maxDocumentBytes: number | null;
}

export const defaultOptions = (input: string, out: string): CorpusOptions => ({
  input,
  out,
  workers: availableParallelism(),
  format: 'parquet',
  shard: null,
  onError: 'skip',
  partRows: DEFAULT_PART_ROWS,
  partBytes: DEFAULT_PART_BYTES,
  batchBytes: DEFAULT_BATCH_BYTES,
  extractor: DEFAULT_EXTRACTOR,
  vocab: null,
  workerMemory: null,
  maxDocumentBytes: null,
});

/** `K/N`, 0 ≤ K < N, both whole numbers. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index < count) || count > 0xffffffff) throw new UsageError(messages.corpusBadShard(spec));
  return { index, count };
}

export function parseWorkers(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 256)) throw new UsageError(messages.corpusBadWorkers(value));
  return n;
}
