/**
 * A corpus run: input → batches → worker threads → results in input order → part files,
 * rejects.jsonl and, last, manifest.json. Memory is bounded by the batches in flight
 * (8 batches of 1 MB per worker: enough queued work that the workers do not wait while the
 * main thread encodes a part) and one part per table, whatever the size of the input.
 */
import { FiguresError } from '../core/errors.js';
import type { Batch, BatchResult } from './batch.js';
import type { ColumnSet } from './columns.js';
import { openInput, type CorpusInput } from './input.js';
import { buildManifest, MANIFEST_FILE, serializeManifest, type Manifest } from './manifest.js';
import type { CorpusOptions } from './options.js';
import { type OutputDir } from './outputDir.js';
import { refuseOverlap } from './paths.js';
import { orderedMap } from './orderedMap.js';
import { processBatch } from './processBatch.js';
import { createProgress } from './progress.js';
import { REJECTS_FILE, RejectLog, rejectProblem } from './rejects.js';
import { DOCUMENT_COLUMNS, DRAFT_CLAIM_COLUMNS, DRAFT_OBSERVATION_COLUMNS, MENTION_COLUMNS, type ColumnSpec } from './tableSchema.js';
import { compiledWorkerUrl } from './compiledWorker.js';
import { DEFAULT_EXTRACTOR, loadExtractor } from './loadExtractor.js';
import { bundleWorker, workerUrl } from './workerBundle.js';
import { WorkerOutOfMemory, WorkerPool } from './workerPool.js';
import { maxDocumentBytes, workerMemoryMb } from './workerMemory.js';
import { BatchOutOfMemory, batchPlace, outOfMemoryProblem } from './outOfMemory.js';
import { bindReader } from './readerApi.js';
import type { WorkerData } from './worker.js';

/**
 * While the main thread encodes a part (tens of milliseconds, longer on a loaded machine) it
 * neither takes results nor sends batches, so each worker lives on what it holds. With 4 (the
 * window shared in input order, so about 3 each once a result is taken) both workers went idle
 * during part writes (`--cpu-prof` of 100 MB runs: a median 7.5 % of each worker's time, 8 % at
 * most with 8 batches each; docs/performance.md, session 13). Each batch in flight holds its 1 MB
 * and its result's columns.
 */
const IN_FLIGHT_PER_WORKER = 8;
const LINE_COLUMN = DOCUMENT_COLUMNS.findIndex((c) => c.name === 'line');

export interface RunIO {
  out: OutputDir;
  /** Defaults to opening `options.input` on disk (or standard input). */
  input?: CorpusInput;
  /** Where progress goes when it is a terminal; defaults to process.stderr. */
  progress?: NodeJS.WriteStream;
}

type Submit = (batch: Batch) => Promise<BatchResult>;

interface Processor {
  submit: Submit;
  close: () => Promise<void>;
}

async function processor(opts: CorpusOptions): Promise<Processor> {
  const read = opts.vocab !== null;
  const cap = workerMemoryMb(opts.workerMemory, read);
  // From the options alone, so that rejects do not depend on the number of workers.
  const maxDocument = opts.maxDocumentBytes ?? maxDocumentBytes(cap, read);
  if (opts.workers === 0) {
    const reader = opts.vocab ? bindReader(await import('../read/index.js'), opts.vocab) : undefined;
    const ctx = {
      extract: await loadExtractor(opts.extractor),
      shard: opts.shard,
      maxDocumentBytes: maxDocument,
      ...(reader ? { read: reader } : {}),
    };
    return { submit: async (b) => processBatch(b, ctx), close: async () => undefined };
  }
  const data: WorkerData = { shard: opts.shard, vocab: opts.vocab, maxDocumentBytes: maxDocument };
  const compiled = opts.extractor === DEFAULT_EXTRACTOR ? compiledWorkerUrl() : undefined;
  const entry = compiled ?? workerUrl(await bundleWorker(opts.extractor));
  const pool = new WorkerPool<Batch, BatchResult>(entry, opts.workers, data, { maxOldGenerationSizeMb: cap });
  return {
    // JSONL batches own their buffer (jsonlBatches allocates it), so it moves without a copy;
    // file bytes may sit in Node's shared buffer pool and are copied.
    submit: (b) => pool.run(b, b.kind === 'jsonl' ? [b.bytes.buffer as ArrayBuffer] : []),
    close: () => pool.close(),
  };
}

/** The worker numbered lines from 0 within its batch; make them 1-based lines of the input. */
function rebaseLines(docs: ColumnSet, firstLine: number): void {
  const col = docs.columns[LINE_COLUMN]!;
  if (col.type !== 'int32') return;
  for (let i = 0; i < col.length; i++) if (!col.valid || col.valid[i >> 3]! & (1 << (i & 7))) col.values[i]! += firstLine;
}

/** The tables of a run, where their parts go, and how a batch's result holds their rows. */
interface TableOutput {
  prefix: string;
  columns: readonly ColumnSpec[];
  rows: (r: BatchResult) => ColumnSet | undefined;
}

const MENTIONS: TableOutput = { prefix: 'part-', columns: MENTION_COLUMNS, rows: (r) => r.mentions };
const DOCUMENTS: TableOutput = { prefix: 'documents/part-', columns: DOCUMENT_COLUMNS, rows: (r) => r.docs };
const DRAFT_OBSERVATIONS: TableOutput = {
  prefix: 'draft_observations/part-',
  columns: DRAFT_OBSERVATION_COLUMNS,
  rows: (r) => r.drafts?.observations,
};
const DRAFT_CLAIMS: TableOutput = { prefix: 'draft_claims/part-', columns: DRAFT_CLAIM_COLUMNS, rows: (r) => r.drafts?.claims };

/**
 * The part writers of the tables. Arrow and the output formats (the Parquet writer
 * compiles ~5 MB of WebAssembly) are loaded here, while the worker threads take their first
 * batches: loading them first kept both workers idle for ~0.35 s of every run.
 */
async function openWriters(opts: CorpusOptions, out: OutputDir) {
  const [{ FORMATS }, { PartWriter }, { arrowSchema, toRecordBatch }] = await Promise.all([
    import('./formats/index.js'),
    import('./partWriter.js'),
    import('./toArrow.js'),
  ]);
  const format = FORMATS[opts.format];
  const limits = { rows: opts.partRows, bytes: opts.partBytes };
  const open = (t: TableOutput) => {
    const schema = arrowSchema(t.columns);
    const writer = new PartWriter(out, t.prefix, schema, t.columns, format, limits);
    return {
      writer,
      add(result: BatchResult): void {
        const rows = t.rows(result);
        if (!rows) throw new Error(`a batch result without the rows of ${t.prefix}`);
        writer.add(toRecordBatch(schema, t.columns, rows), rows.rowBytes);
      },
    };
  };
  const mentions = open(MENTIONS);
  const docs = open(DOCUMENTS);
  const drafts = opts.vocab ? { observations: open(DRAFT_OBSERVATIONS), claims: open(DRAFT_CLAIMS) } : undefined;
  const all = [mentions, docs, ...(drafts ? [drafts.observations, drafts.claims] : [])];
  return {
    format,
    mentions: mentions.writer,
    docs: docs.writer,
    drafts,
    add(result: BatchResult): void {
      for (const t of all) t.add(result);
    },
    discard(): void {
      for (const t of all) t.writer.discard();
    },
  };
}

type Writers = Awaited<ReturnType<typeof openWriters>>;

export async function runCorpus(opts: CorpusOptions, io: RunIO): Promise<Manifest> {
  if (!io.input) refuseOverlap(opts.input, opts.out);
  const input = io.input ?? openInput(opts.input, opts.batchBytes);
  io.out.prepare();
  const rejects = new RejectLog(io.out.stage(REJECTS_FILE));
  const progress = createProgress(io.progress ?? process.stderr, input.totalBytes);
  let proc: Processor | undefined;
  let writers: Writers | undefined;

  let nextLine = 1;
  let bytesRead = 0;
  let documentsSeen = 0;
  let otherShards = 0;
  let lines = 0;
  try {
    proc = await processor(opts);
    const opening = openWriters(opts, io.out);
    opening.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    const results = orderedMap(
      input.batches,
      async (b) => {
        const place = batchPlace(b);
        try {
          return { firstByte: place.firstByte, result: await proc!.submit(b) };
        } catch (e) {
          throw e instanceof WorkerOutOfMemory ? new BatchOutOfMemory(e, place) : e;
        }
      },
      Math.max(2, opts.workers * IN_FLIGHT_PER_WORKER),
    );
    for await (const { firstByte, result } of results) {
      writers ??= await opening;
      for (const raw of result.rejects) {
        if (raw.line !== undefined) {
          raw.line += nextLine;
          raw.offset = (raw.offset ?? 0) + (firstByte ?? 0);
        }
        const problem = rejectProblem(raw, input.name);
        if (opts.onError === 'fail') throw new FiguresError([problem]);
        rejects.add(problem);
      }
      rebaseLines(result.docs, nextLine);
      nextLine += result.lines;
      lines += result.lines;
      // JSONL: where the batch ends in the input (a skipped byte order mark included).
      bytesRead = firstByte === null ? bytesRead + result.bytes : firstByte + result.bytes;
      documentsSeen += result.documents;
      otherShards += result.otherShard;
      writers.add(result);
      progress.update(documentsSeen, bytesRead);
    }
    writers ??= await opening;
    const { format } = writers;
    const mentionParts = writers.mentions.finish();
    const docParts = writers.docs.finish();
    const drafts = writers.drafts && {
      observations: { columns: DRAFT_OBSERVATION_COLUMNS, parts: writers.drafts.observations.writer.finish() },
      claims: { columns: DRAFT_CLAIM_COLUMNS, parts: writers.drafts.claims.writer.finish() },
    };
    const sha256 = rejects.commit();
    const manifest = buildManifest({
      input: { kind: input.kind, name: input.name, lines: input.kind === 'folder' ? null : lines },
      bytesRead,
      shard: opts.shard,
      otherShards,
      format: { name: format.name, encoding: format.encoding, part_rows: opts.partRows, part_bytes: opts.partBytes },
      mentions: { columns: MENTION_COLUMNS, parts: mentionParts },
      docs: { columns: DOCUMENT_COLUMNS, parts: docParts },
      ...(drafts ? { drafts } : {}),
      rejects: { path: REJECTS_FILE, rows: rejects.count, bytes: rejects.bytes, sha256 },
    });
    io.out.writeAtomic(MANIFEST_FILE, serializeManifest(manifest));
    return manifest;
  } catch (e) {
    rejects.abort();
    writers?.discard();
    // Results come back in input order, so every line before this batch has been counted.
    if (e instanceof BatchOutOfMemory) throw new FiguresError([outOfMemoryProblem(e, input.name, nextLine)]);
    throw e;
  } finally {
    progress.stop();
    await proc?.close();
  }
}
