/**
 * Writes a table as numbered parts. A part closes at `partRows` rows, or earlier at the row
 * that brings its Arrow size to `partBytes` (a document whose metadata carries a whole web
 * page must not take a part's memory past its budget). Both limits count rows in input order,
 * so the parts are the same files however the input was batched and however many workers
 * ran. Holds at most one part's rows plus the batch that overflowed it.
 */
import { createHash } from 'node:crypto';
import type { RecordBatch, Schema } from 'apache-arrow';
import { arrow } from './arrow.js';
import type { OutputFormat } from './formats/index.js';
import type { OutputDir } from './outputDir.js';
import { DEFAULT_PART_BYTES, DEFAULT_PART_ROWS } from './partLimits.js';
import { rowBytes } from './rowBytes.js';
import type { ColumnSpec } from './tableSchema.js';

export interface PartInfo {
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface PartLimits {
  rows: number;
  bytes: number;
}

export class PartWriter {
  private pending: RecordBatch[] = [];
  private pendingSizes: Float64Array[] = [];
  private rows = 0;
  private bytes = 0;
  readonly parts: PartInfo[] = [];

  constructor(
    private readonly out: OutputDir,
    private readonly prefix: string,
    private readonly schema: Schema,
    private readonly columns: readonly ColumnSpec[],
    private readonly format: OutputFormat,
    private readonly limits: PartLimits = { rows: DEFAULT_PART_ROWS, bytes: DEFAULT_PART_BYTES },
  ) {}

  /** `sizes`: each row's rowBytes, when the caller has them already (columnSetRowBytes). */
  add(batch: RecordBatch, sizes: Float64Array = rowBytes(batch)): void {
    if (batch.numRows === 0) return;
    this.pending.push(batch);
    this.pendingSizes.push(sizes);
    this.rows += batch.numRows;
    for (const s of sizes) this.bytes += s;
    for (let cut = this.cut(); cut > 0; cut = this.cut()) this.flush(cut);
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

  /** Rows of the next full part, or 0 if the pending rows do not fill one yet. */
  private cut(): number {
    if (this.rows < this.limits.rows && this.bytes < this.limits.bytes) return 0;
    let rows = 0;
    let bytes = 0;
    for (const sizes of this.pendingSizes) {
      for (let i = 0; i < sizes.length; i++) {
        rows++;
        bytes += sizes[i]!;
        if (rows === this.limits.rows || bytes >= this.limits.bytes) return rows;
      }
    }
    return 0;
  }

  private flush(n: number): void {
    const table = new arrow.Table(this.schema, this.pending);
    const part = n === table.numRows ? table : table.slice(0, n);
    const bytes = this.format.encode(part, this.columns);
    const path = `${this.prefix}${String(this.parts.length).padStart(5, '0')}.${this.format.extension}`;
    this.out.writeAtomic(path, bytes);
    this.parts.push({ path, rows: n, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    // Keep the rows after the cut, with their sizes.
    const rest = n === table.numRows ? [] : table.slice(n).batches;
    const sizes = concatSizes(this.pendingSizes).subarray(n);
    this.pending = rest;
    this.pendingSizes = sizes.length ? [sizes] : [];
    this.rows -= n;
    this.bytes = 0;
    for (const s of sizes) this.bytes += s;
  }
}

function concatSizes(parts: Float64Array[]): Float64Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
