/**
 * Writes a table as numbered parts of exactly `partRows` rows (the last one fewer), so the
 * parts are the same files however the input was batched and however many workers ran.
 * Holds at most one part's rows plus the batch that overflowed it.
 */
import { createHash } from 'node:crypto';
import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import type { OutputFormat } from './formats/index.js';
import type { OutputDir } from './outputDir.js';

export interface PartInfo {
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export const DEFAULT_PART_ROWS = 1 << 17;

export class PartWriter {
  private pending: RecordBatch[] = [];
  private rows = 0;
  readonly parts: PartInfo[] = [];

  constructor(
    private readonly out: OutputDir,
    private readonly prefix: string,
    private readonly schema: Schema,
    private readonly format: OutputFormat,
    private readonly partRows = DEFAULT_PART_ROWS,
  ) {}

  add(batch: RecordBatch): void {
    if (batch.numRows === 0) return;
    this.pending.push(batch);
    this.rows += batch.numRows;
    while (this.rows >= this.partRows) this.flush(this.partRows);
  }

  /** Writes what is left; an empty table still gets part 0, so its schema can be read. */
  finish(): PartInfo[] {
    if (this.rows > 0 || this.parts.length === 0) this.flush(this.rows);
    return this.parts;
  }

  /** Deletes the parts written so far (a run that failed). */
  discard(): void {
    for (const p of this.parts) this.out.remove(p.path);
  }

  private flush(n: number): void {
    const table = new Table(this.schema, this.pending);
    const part = n === table.numRows ? table : table.slice(0, n);
    const rest = n === table.numRows ? undefined : table.slice(n);
    const bytes = this.format.encode(part);
    const path = `${this.prefix}${String(this.parts.length).padStart(5, '0')}.${this.format.extension}`;
    this.out.writeAtomic(path, bytes);
    this.parts.push({ path, rows: n, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    this.pending = rest ? rest.batches : [];
    this.rows -= n;
  }
}
