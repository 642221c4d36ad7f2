/**
 * What a worker does with one batch: decode, parse, pick the shard's documents, normalize,
 * extract, read (with `--read`), and lay the rows out as columns. Pure (no I/O), so it runs the
 * same in a worker thread, in the main thread (`--workers 0`) and in tests.
 */
import type { ExtractOptions } from '../extract/index.js';
import type { Mention } from '../extract/mention.js';
import { firstInvalidUtf8Byte } from '../core/text.js';
import type { Batch, BatchResult, RawReject } from './batch.js';
import { isPlainText, normalizeFast } from './normalizeFast.js';
import { shardOf } from './shardHash.js';
import type { ColumnSet } from './columns.js';
import { columnSetRowBytes } from './rowBytes.js';
import { DocumentRows, MentionRows, SchemaRows } from './tableRows.js';
import { DRAFT_CLAIM_COLUMNS, DRAFT_OBSERVATION_COLUMNS } from './tableSchema.js';

/** A module's `extractMentions`; one of another module may ignore the options. */
export type Extractor = (text: string, options?: ExtractOptions) => Mention[];

/** For a text isPlainText passed: already normalized, and nothing for the extractor to fold. */
const PLAIN: ExtractOptions = { noOtherSpaces: true };

/** What the reader drafts from one text. */
export interface Drafts {
  observations: readonly object[];
  claims: readonly object[];
}

/** The reader (pipeline/read's readText and readTexts with their lexicon bound). */
export interface Reader {
  /** Drafts from a text and its mentions (and the extractor's sentence starts, when it gave them). */
  text(text: string, mentions: Mention[], starts?: number[]): Drafts;
  /** The same drafts as `text` on each, for a group of texts read phase by phase (less CPU). */
  texts(texts: string[], mentions: Mention[][], starts?: (number[] | undefined)[]): Drafts[];
}

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

export interface BatchContext {
  extract: Extractor;
  shard: Shard | null;
  /** With `--read`: the reader, whose drafts go to their own tables. */
  read?: Reader;
  /** Longest document (a JSONL line or a .txt file) processed, in bytes; default MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
  /**
   * Called as each line or file is started (its 0-based index in the batch, and for JSONL its byte
   * offset): a worker keeps where it is, to name the document if it runs out of memory. With
   * `--read`, called with index -1 while a group of the batch's texts is read (no one document).
   */
  onDocument?: (index: number, offset: number) => void;
}

/**
 * 64 MiB. Extraction holds a document several times over (decoded text, normalized copy,
 * mentions, columns: ~6.7× its size), so one 400 MB document took 2.7 GB; past the cap a document
 * is a corpus-too-long reject, and the run stays within the memory docs/scale.md gives. It also
 * keeps every document far below V8's longest string (~512 M code units), whose overflow was
 * reported as invalid UTF-8 "at byte -1".
 */
export const MAX_DOCUMENT_BYTES = 64 * 2 ** 20;

const EXCERPT_CHARS = 120;

/**
 * Texts read as one group (readTexts). A 1 MB batch of news is some 400 texts; groups of tens
 * keep most of the phases' gain, and a group of hundreds loses part of it (docs/performance.md).
 */
const GROUP_TEXTS = 50;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where a document is, for a reject and for onDocument. */
export interface DocumentPlace {
  index: number;
  offset: number;
  /** The reject's location fields (JSONL: line, offset, excerpt; a folder: file). */
  reject: () => Omit<RawReject, 'reason' | 'detail'>;
}

/*
 * Places are classes, not object literals with an arrow function: the CLI is compiled with
 * esbuild's keepNames, which wraps every arrow function in a call that redefines its `name`
 * (Object.defineProperty), once per line here — about 1 % of a worker's CPU on news.
 */
class LinePlace implements DocumentPlace {
  constructor(
    readonly index: number,
    readonly offset: number,
    private readonly line: string,
  ) {}

  reject(): Omit<RawReject, 'reason' | 'detail'> {
    return { line: this.index, offset: this.offset, excerpt: excerpt(this.line) };
  }
}

class FilePlace implements DocumentPlace {
  readonly offset = 0;
  constructor(
    readonly index: number,
    private readonly file: string,
  ) {}

  reject(): Omit<RawReject, 'reason' | 'detail'> {
    return { file: this.file };
  }
}

/** A document extracted and waiting for the batch's reading. */
interface Pending {
  id: string;
  text: string;
  mentions: Mention[];
  /** Every sentence start of the text, when the extractor gave them (ExtractOptions.sentenceStarts). */
  starts: number[] | undefined;
  line: number | null;
  file: string | null;
  metadata: string | null;
  place: DocumentPlace;
  /** How many rejects came before it. */
  rejectsBefore: number;
}

/**
 * Accumulates the rows of one batch. With `--read`, a document's rows wait until every document
 * of the batch is extracted and read in groups (readTexts), then all are laid out in the order
 * they would have been one by one.
 */
class Rows {
  readonly mentions = new MentionRows();
  readonly docs = new DocumentRows();
  readonly drafts?: { observations: SchemaRows; claims: SchemaRows };
  documents = 0;
  otherShard = 0;
  rejects: RawReject[] = [];
  private readonly pending: Pending[] = [];

  readonly maxDocumentBytes: number;

  constructor(private readonly ctx: BatchContext) {
    this.maxDocumentBytes = ctx.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
    if (ctx.read) this.drafts = { observations: new SchemaRows(DRAFT_OBSERVATION_COLUMNS), claims: new SchemaRows(DRAFT_CLAIM_COLUMNS) };
  }

  /** Processes one valid document; returns a reject if the extractor failed on it. */
  document(
    id: string,
    rawText: string,
    line: number | null,
    file: string | null,
    metadata: string | null,
    place: DocumentPlace,
  ): Pick<RawReject, 'reason' | 'detail'> | undefined {
    this.documents++;
    const { shard } = this.ctx;
    if (shard && shardOf(id, shard.count) !== shard.index) {
      this.otherShard++;
      return undefined;
    }
    const plain = isPlainText(rawText);
    const text = plain ? rawText : normalizeFast(rawText);
    let mentions: Mention[];
    // With --read, the extractor's sentence starts go to the reader (an extractor of another module
    // may leave them empty: the reader then finds its own).
    const starts: number[] | undefined = this.ctx.read ? [] : undefined;
    try {
      mentions = starts
        ? this.ctx.extract(text, plain ? { noOtherSpaces: true, sentenceStarts: starts } : { sentenceStarts: starts })
        : plain
          ? this.ctx.extract(text, PLAIN)
          : this.ctx.extract(text);
    } catch (e) {
      return { reason: 'extractor-error', detail: e instanceof Error ? e.message : String(e) };
    }
    if (this.ctx.read) {
      this.pending.push({
        id,
        text,
        mentions,
        starts: starts!.length > 0 ? starts : undefined,
        line,
        file,
        metadata,
        place,
        rejectsBefore: this.rejects.length,
      });
      return undefined;
    }
    this.add(id, text, mentions, line, file, metadata);
    return undefined;
  }

  private add(id: string, text: string, mentions: Mention[], line: number | null, file: string | null, metadata: string | null): void {
    this.mentions.add(id, mentions);
    this.docs.add(id, line, file, text.length, mentions.length, metadata);
  }

  /**
   * Reads the waiting documents in groups and lays out their rows and rejects in document order.
   * If a group's reading throws, each of its texts is read alone, so that the document the reader
   * fails on, and it alone, is rejected (as reader-error) as when documents were read one by one.
   */
  readPending(onDocument: BatchContext['onDocument']): void {
    const { pending } = this;
    if (pending.length === 0) return;
    const readings: (Drafts | { error: unknown })[] = [];
    for (let from = 0; from < pending.length; from += GROUP_TEXTS)
      readings.push(...this.readGroup(pending.slice(from, from + GROUP_TEXTS), onDocument));
    const before = this.rejects;
    const rejects: RawReject[] = [];
    let k = 0;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      while (k < p.rejectsBefore) rejects.push(before[k++]!);
      const reject = this.addRead(p, readings[i]!);
      if (reject) rejects.push({ ...reject, ...p.place.reject() });
    }
    while (k < before.length) rejects.push(before[k++]!);
    this.rejects = rejects;
    pending.length = 0;
  }

  private readGroup(group: Pending[], onDocument: BatchContext['onDocument']): (Drafts | { error: unknown })[] {
    const read = this.ctx.read!;
    // No one document is being read: an out-of-memory names the batch.
    onDocument?.(-1, 0);
    try {
      return read.texts(
        group.map((p) => p.text),
        group.map((p) => p.mentions),
        group.map((p) => p.starts),
      );
    } catch {
      return group.map((p) => {
        onDocument?.(p.place.index, p.place.offset);
        try {
          return read.text(p.text, p.mentions, p.starts);
        } catch (error) {
          return { error };
        }
      });
    }
  }

  /** Adds a read document's rows (drafts first: a document the reader failed on has none). */
  private addRead(p: Pending, reading: Drafts | { error: unknown }): Pick<RawReject, 'reason' | 'detail'> | undefined {
    if ('error' in reading) {
      const e = reading.error;
      return { reason: 'reader-error', detail: e instanceof Error ? e.message : String(e) };
    }
    try {
      this.drafts!.observations.add(p.id, reading.observations);
      this.drafts!.claims.add(p.id, reading.claims);
      this.add(p.id, p.text, p.mentions, p.line, p.file, p.metadata);
    } catch (e) {
      return documentError(e);
    }
    return undefined;
  }

  result(lines: number, bytes: number): BatchResult {
    return {
      lines,
      bytes,
      documents: this.documents,
      otherShard: this.otherShard,
      mentions: sized(this.mentions.finish()),
      docs: sized(this.docs.finish()),
      ...(this.drafts
        ? { drafts: { observations: sized(this.drafts.observations.finish()), claims: sized(this.drafts.claims.finish()) } }
        : {}),
      rejects: this.rejects,
    };
  }
}

/** The set with its rows' sizes, which the part writer needs. */
const sized = (set: ColumnSet): ColumnSet => ({ ...set, rowBytes: columnSetRowBytes(set) });

const excerpt = (s: string): string => (s.length > EXCERPT_CHARS ? s.slice(0, EXCERPT_CHARS) + '…' : s);

/** A JSONL line parsed into a document, or the reason it is not one. */
function parseLine(line: string): { id: string; text: string; metadata: string | null } | Pick<RawReject, 'reason' | 'detail'> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { reason: 'invalid-json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
    return { reason: 'not-object', detail: obj === null ? 'null' : Array.isArray(obj) ? 'array' : typeof obj };
  const { id, text, ...rest } = obj as Record<string, unknown>;
  let docId: string;
  if (typeof id === 'string' && id !== '') docId = id;
  // A number id must survive the round trip through a double: 1234567890123456789 and …788 both
  // parse to …800 (one doc_id, one shard for two documents), and 1e400 to Infinity.
  else if (typeof id === 'number' && Number.isFinite(id) && Math.abs(id) <= Number.MAX_SAFE_INTEGER) docId = String(id);
  else if (typeof id === 'number')
    return { reason: 'no-id', detail: `a number that a double cannot hold exactly, ${rawId(line)}; write it as a string` };
  else return { reason: 'no-id', detail: id === undefined ? 'missing' : JSON.stringify(id) };
  if (typeof text !== 'string') return { reason: 'no-text', detail: text === undefined ? 'missing' : text === null ? 'null' : typeof text };
  let hasMeta = false;
  for (const _ in rest) {
    hasMeta = true;
    break;
  }
  return { id: docId, text, metadata: hasMeta ? JSON.stringify(rest) : null };
}

/**
 * Whatever else fails on one document (a metadata object nested too deep for JSON.stringify, a
 * text too long to copy) rejects that document alone: one line never ends a run.
 */
function documentError(e: unknown): Pick<RawReject, 'reason' | 'detail'> {
  return { reason: 'document-error', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

/** The id as written in the line (for the message), or 'too large' if it cannot be found. */
function rawId(line: string): string {
  return /"id"\s*:\s*(-?[\d.eE+-]{1,40})/.exec(line)?.[1] ?? 'too large';
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Each line is decoded on its own rather than the batch at once and split: a 1 MB batch of
 * news decodes to a 2 MB two-byte string that V8 puts in its large-object space, and the
 * garbage collector's work for those, with the split, cost more than the per-line calls
 * (0.34 CPU-s and 0.2 s of wall time less per 200 MB run, medians of 5 A/B runs,
 * docs/performance.md). It also finds an invalid line without a second pass. Lines are
 * counted as `split('\n')` counts them (an empty batch is one line).
 */
function processJsonl(bytes: Uint8Array, rows: Rows, onDocument: BatchContext['onDocument']): number {
  const n = bytes.length;
  const endsWithNewline = n > 0 && bytes[n - 1] === 10;
  // Line ends are found by Buffer's indexOf (memchr) over the same memory, no copy: a
  // Uint8Array's own indexOf compares byte by byte, about five times slower on news text.
  const search = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  let lines = 0;
  for (let start = 0; ;) {
    let end = search.indexOf(10, start);
    if (end < 0) {
      if (endsWithNewline) break; // nothing after the final newline
      end = n;
    }
    onDocument?.(lines, start);
    processLine(bytes.subarray(start, end), start, lines++, rows);
    if (end === n) break;
    start = end + 1;
  }
  return lines;
}

function processLine(lineBytes: Uint8Array, offset: number, i: number, rows: Rows): void {
  const max = rows.maxDocumentBytes;
  if (lineBytes.length > max) {
    rows.rejects.push({ reason: 'too-long', line: i, offset, detail: `${lineBytes.length} bytes, more than ${max}` });
    return;
  }
  let line: string;
  try {
    line = strictUtf8.decode(lineBytes);
  } catch {
    rows.rejects.push({ reason: 'invalid-utf8', line: i, offset: offset + firstInvalidUtf8Byte(lineBytes) });
    return;
  }
  if (isBlank(line)) return;
  const place = new LinePlace(i, offset, line);
  let reject: Pick<RawReject, 'reason' | 'detail'> | undefined;
  try {
    const doc = parseLine(line);
    reject = 'reason' in doc ? doc : rows.document(doc.id, doc.text, i, null, doc.metadata, place);
  } catch (e) {
    reject = documentError(e);
  }
  if (reject) rows.rejects.push({ ...reject, ...place.reject() });
}

function processFiles(files: { id: string; file: string; bytes: Uint8Array }[], rows: Rows, onDocument: BatchContext['onDocument']): void {
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    onDocument?.(i, 0);
    if (f.bytes.length > rows.maxDocumentBytes) {
      rows.rejects.push({ reason: 'too-long', file: f.file, detail: `${f.bytes.length} bytes, more than ${rows.maxDocumentBytes}` });
      continue;
    }
    const bad = firstInvalidUtf8Byte(f.bytes);
    if (bad >= 0) {
      rows.rejects.push({ reason: 'invalid-utf8', file: f.file, offset: bad });
      continue;
    }
    let reject: Pick<RawReject, 'reason' | 'detail'> | undefined;
    try {
      reject = rows.document(f.id, strictUtf8.decode(f.bytes), null, f.file, null, new FilePlace(i, f.file));
    } catch (e) {
      reject = documentError(e);
    }
    if (reject) rows.rejects.push({ ...reject, file: f.file });
  }
}

export function processBatch(batch: Batch, ctx: BatchContext): BatchResult {
  const rows = new Rows(ctx);
  if (batch.kind === 'jsonl') {
    const lines = processJsonl(batch.bytes, rows, ctx.onDocument);
    rows.readPending(ctx.onDocument);
    return rows.result(lines, batch.bytes.length);
  }
  processFiles(batch.files, rows, ctx.onDocument);
  rows.readPending(ctx.onDocument);
  return rows.result(
    0,
    batch.files.reduce((n, f) => n + f.bytes.length, 0),
  );
}
