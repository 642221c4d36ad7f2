/**
 * A string column written as UTF-8 as each value arrives: the mention table's text and period.
 *
 * Utf8Builder (columns.ts) collects the strings and encodes them once at the end. For these
 * two columns every value is a fresh string (a slice of the document, a period built for the
 * mention), and collected they all lived until the batch was done, through every scavenge of
 * the worker's young generation; a text slice also kept its whole document alive. Here a value
 * is copied into the column's bytes at once (ASCII code unit by code unit, anything else by
 * TextEncoder), so nothing of a document outlives it. The columns whose values are constants
 * (kind, unit, hedge) or one string per document (doc_id) keep Utf8Builder: collecting them
 * holds no new string, and one encoding per column costs less than a copy per value. The bytes
 * are those of TextEncoder on each string alone, as Utf8Builder's: a lone surrogate becomes U+FFFD.
 */
import { grown, Validity, type ColumnBuilder, type ColumnData } from './columns.js';

const utf8 = new TextEncoder();

export class Utf8Writer implements ColumnBuilder {
  private bytes = new Uint8Array(1 << 14);
  /** offsets[i] is where row i starts; offsets[n] the end of the last. */
  private offsets = new Int32Array(1 << 10);
  private n = 0;
  private size = 0;
  private readonly validity = new Validity();

  push(v: string | null | unknown): void {
    if (typeof v === 'string') this.write(v);
    else this.validity.setNull(this.n);
    this.endRow();
  }

  finish(): ColumnData {
    const n = this.n;
    const valid = this.validity.finish(n);
    return {
      type: 'utf8',
      length: n,
      nulls: this.validity.nulls,
      offsets: this.offsets.slice(0, n + 1),
      bytes: this.bytes.slice(0, this.size),
      ...(valid ? { valid } : {}),
    };
  }

  private endRow(): void {
    const n = ++this.n;
    if (n === this.offsets.length) this.offsets = grown(this.offsets, n + 1, n);
    this.offsets[n] = this.size;
  }

  private write(s: string): void {
    const len = s.length;
    // at most 3 bytes a UTF-16 code unit (a surrogate pair: 4 bytes for 2)
    if (this.size + 3 * len > this.bytes.length) this.bytes = grown(this.bytes, this.size + 3 * len, this.size);
    const bytes = this.bytes;
    const start = this.size;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.size = start + utf8.encodeInto(s, bytes.subarray(start)).written;
        return;
      }
      bytes[start + i] = c;
    }
    this.size = start + len;
  }
}
