/**
 * The unit of work a worker thread receives and returns. Batches carry raw bytes (a run of
 * whole JSONL lines, or whole .txt files): decoding, parsing and extraction all happen in the
 * workers, so the main thread only reads, dispatches and writes.
 *
 * Line numbers and byte offsets in a result are relative to the batch; the main thread
 * rebases them when it takes results back in order (it alone knows what came before).
 */
import type { ColumnSet } from './columns.js';

export type Batch = { kind: 'jsonl'; bytes: Uint8Array } | { kind: 'files'; files: { id: string; file: string; bytes: Uint8Array }[] };

/** Why a line or file was not processed. */
export type RejectReason =
  'invalid-utf8' | 'invalid-json' | 'not-object' | 'no-id' | 'no-text' | 'extractor-error' | 'reader-error' | 'document-error' | 'too-long';

export interface RawReject {
  reason: RejectReason;
  /** 0-based line within the batch (JSONL). */
  line?: number;
  /** Byte offset within the batch (JSONL: of the bad byte or the line start) or within the file. */
  offset?: number;
  /** The .txt file (folder input). */
  file?: string;
  /** Parser message, extractor error, or the bad value's type. */
  detail?: string;
  /** The start of the line, for the reader of rejects.jsonl. */
  excerpt?: string;
}

export interface BatchResult {
  /** Lines in the batch (JSONL); 0 for files. */
  lines: number;
  /** Input bytes in the batch. */
  bytes: number;
  /** Valid documents seen, in any shard. */
  documents: number;
  /** Valid documents skipped because they hash to another shard. */
  otherShard: number;
  mentions: ColumnSet;
  /** One row per processed document; its `line` column is 0-based within the batch. */
  docs: ColumnSet;
  /** The reader's drafts, with `--read` (columns of DRAFT_OBSERVATION_COLUMNS, DRAFT_CLAIM_COLUMNS). */
  drafts?: { observations: ColumnSet; claims: ColumnSet };
  rejects: RawReject[];
}
