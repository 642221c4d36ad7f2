/**
 * Bad lines and files of a corpus: each becomes a Problem (pipeline/core/messages.ts) with
 * its line, byte offset and the start of the line, written as one JSON object per line to
 * DIR/rejects.jsonl in input order. The log is staged and renamed into place at the end like
 * the parts; it is small but has no bound, so it is never held in memory.
 */
import { createHash } from 'node:crypto';
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { RawReject } from './batch.js';
import type { StagedFile } from './outputDir.js';

export const REJECTS_FILE = 'rejects.jsonl';

/** A rejected line or file as a Problem. `line` and `offset` of `raw` are already absolute. */
export function rejectProblem(raw: RawReject, input: string): Problem {
  const at: Location = raw.file !== undefined ? { file: `${input}/${raw.file}` } : { file: input };
  if (raw.line !== undefined) at.line = raw.line;
  if (raw.offset !== undefined) at.offset = raw.offset;
  const detail = raw.detail ?? '';
  const excerpt = raw.excerpt ?? '';
  switch (raw.reason) {
    case 'invalid-utf8':
      return messages.corpusInvalidUtf8(at, raw.offset ?? 0);
    case 'invalid-json':
      return messages.corpusInvalidJson(at, detail, excerpt);
    case 'not-object':
      return messages.corpusNotObject(at, detail, excerpt);
    case 'no-id':
      return messages.corpusNoId(at, detail, excerpt);
    case 'no-text':
      return messages.corpusNoText(at, detail, excerpt);
    case 'extractor-error':
      return messages.corpusExtractorFailed(at, detail);
    case 'reader-error':
      return messages.corpusReaderFailed(at, detail);
    case 'too-long':
      return messages.corpusTooLong(at, detail);
    case 'document-error':
      return messages.corpusDocumentFailed(at, detail, excerpt);
  }
}

const BUFFER_CHARS = 1 << 16;
const utf8 = new TextEncoder();

export class RejectLog {
  count = 0;
  bytes = 0;
  private buffered = '';
  private readonly hash = createHash('sha256');

  constructor(private readonly file: StagedFile) {}

  add(p: Problem): void {
    this.count++;
    this.buffered += JSON.stringify(p) + '\n';
    if (this.buffered.length >= BUFFER_CHARS) this.flush();
  }

  /** Puts the log in place; returns its SHA-256. */
  commit(): string {
    this.flush();
    this.file.commit();
    return this.hash.digest('hex');
  }

  abort(): void {
    this.file.abort();
  }

  private flush(): void {
    if (this.buffered === '') return;
    const b = utf8.encode(this.buffered);
    this.buffered = '';
    this.hash.update(b);
    this.bytes += b.length;
    this.file.append(b);
  }
}
