/**
 * Column builders that run in the worker threads and hand their buffers to the main thread
 * by transfer (no copy, no structured clone of objects).
 *
 * Hand-written rather than apache-arrow's `makeBuilder`: on 262,144 mention-like rows the
 * Arrow builders took 1.7 s and 500 MB resident, these take under 0.1 s (docs/performance.md).
 * The buffers are laid out exactly as Arrow wants them (LSB validity bitmap, Int32 offsets),
 * so the main thread wraps them with `makeData` in pipeline/corpus/toArrow.ts.
 */

export type ColumnType = 'int32' | 'float64' | 'utf8';

/** One column's buffers, ready to transfer. `valid` is absent when there are no nulls. */
export type ColumnData =
  | { type: 'int32'; length: number; nulls: number; values: Int32Array; valid?: Uint8Array }
  | { type: 'float64'; length: number; nulls: number; values: Float64Array; valid?: Uint8Array }
  | { type: 'utf8'; length: number; nulls: number; offsets: Int32Array; bytes: Uint8Array; valid?: Uint8Array };

/** Rows of one table, column by column in schema order. */
export interface ColumnSet {
  length: number;
  columns: ColumnData[];
  /** Each row's size in Arrow memory (rowBytes.ts), when the worker computed it. */
  rowBytes?: Float64Array;
}

export interface ColumnBuilder {
  /** Appends a value; null (or undefined, or a value of another type) is a null. */
  push(v: unknown): void;
  finish(): ColumnData;
}

const utf8 = new TextEncoder();

export function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, need: number, keep: number): T {
  let n = Math.max(a.length * 2, 64);
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a.subarray(0, keep));
  return b;
}

/**
 * Validity bitmap (a set bit is a non-null row), made only when the first null arrives:
 * most columns never have one, and then Arrow needs no bitmap at all.
 */
export class Validity {
  private bits: Uint8Array | undefined;
  nulls = 0;
  setNull(i: number): void {
    if (!this.bits) this.bits = new Uint8Array(Math.max(64, (i >> 3) + 1)).fill(0xff);
    if (i >> 3 >= this.bits.length) {
      const old = this.bits.length;
      this.bits = grown(this.bits, (i >> 3) + 1, old);
      this.bits.fill(0xff, old);
    }
    this.bits[i >> 3]! &= ~(1 << (i & 7));
    this.nulls++;
  }
  finish(length: number): Uint8Array | undefined {
    if (!this.bits) return undefined;
    const bytes = (length + 7) >> 3;
    const out = new Uint8Array(bytes);
    out.set(this.bits.subarray(0, Math.min(bytes, this.bits.length)));
    if (bytes > this.bits.length) out.fill(0xff, this.bits.length);
    if (length & 7) out[bytes - 1]! &= (1 << (length & 7)) - 1; // bits past the end are 0
    return out;
  }
}

/** Int32 and Float64 columns: a growing typed array plus a validity bitmap. */
class NumberBuilder<A extends Int32Array | Float64Array> implements ColumnBuilder {
  private n = 0;
  private readonly validity = new Validity();
  constructor(
    private values: A,
    private readonly type: 'int32' | 'float64',
  ) {}
  push(v: number | null | unknown): void {
    if (this.n === this.values.length) this.values = grown(this.values, this.n + 1, this.n);
    if (typeof v === 'number') this.values[this.n] = v;
    else this.validity.setNull(this.n);
    this.n++;
  }
  finish(): ColumnData {
    const valid = this.validity.finish(this.n);
    // The subclasses pair each type with its array, which the union type cannot see.
    return {
      type: this.type,
      length: this.n,
      nulls: this.validity.nulls,
      values: this.values.slice(0, this.n),
      ...(valid ? { valid } : {}),
    } as ColumnData;
  }
}

export class Int32Builder extends NumberBuilder<Int32Array> {
  constructor() {
    super(new Int32Array(256), 'int32');
  }
}

export class Float64Builder extends NumberBuilder<Float64Array> {
  constructor() {
    super(new Float64Array(256), 'float64');
  }
}

/**
 * Strings are collected as they come and encoded once, at the end, by one native
 * TextEncoder call over their concatenation: encoding each short string as it arrives cost
 * ~100 ns a string (most mention texts are slices of two-byte documents), more than the rest
 * of the row. Offsets then come from the UTF-16 lengths, or, when the text is not all ASCII,
 * from one walk over its code units (utf8Offsets).
 */
export class Utf8Builder implements ColumnBuilder {
  private readonly strings = stringArray();
  private readonly validity = new Validity();
  push(v: string | null | unknown): void {
    if (typeof v === 'string') this.strings.push(v);
    else {
      this.validity.setNull(this.strings.length);
      this.strings.push('');
    }
  }
  /** Appends the same string `count` times (a document's id on each of its mentions). */
  pushRepeated(v: string, count: number): void {
    for (let k = 0; k < count; k++) this.strings.push(v);
  }
  finish(): ColumnData {
    const n = this.strings.length;
    let joined = this.strings.join('');
    let bytes = utf8.encode(joined);
    const offsets = new Int32Array(n + 1);
    if (bytes.length === joined.length) {
      let at = 0;
      for (let i = 0; i < n; i++) offsets[i + 1] = at += this.strings[i]!.length;
    } else if (!utf8Offsets(this.strings, joined, offsets)) {
      // A string ends with a high surrogate (JSON allows "\ud800" in an id): it is lone and
      // becomes U+FFFD, as TextEncoder makes it, string by string, so that it does not pair
      // with a low surrogate that begins the next string.
      for (let i = 0; i < n; i++) this.strings[i] = (this.strings[i] as WellFormed).toWellFormed();
      joined = this.strings.join('');
      bytes = utf8.encode(joined);
      utf8Offsets(this.strings, joined, offsets);
    }
    const valid = this.validity.finish(n);
    return { type: 'utf8', length: n, nulls: this.validity.nulls, offsets, bytes, ...(valid ? { valid } : {}) };
  }
}

/**
 * An empty array whose elements are already of V8's kind for strings. A new `[]` holds small
 * integers until its first string arrives; code optimized for the arrays of one batch then
 * met the next batch's fresh `[]`, and each isolate deoptimized and recompiled the row
 * builders that push into it (MentionRows.add, ~0.1 s of optimizing compilation per thread).
 */
function stringArray(): string[] {
  const a = [''];
  a.pop();
  return a;
}

/** ES2024 String.prototype.toWellFormed, in Node 20 but not in the ES2022 lib. */
type WellFormed = string & { toWellFormed(): string };

/**
 * Fills `offsets[1..]` with where each of `strings` ends in the UTF-8 of `joined`, their
 * concatenation, as TextEncoder encodes it: a surrogate pair is 4 bytes, a lone surrogate
 * becomes U+FFFD, 3 bytes. One loop over the code units, with no allocation: a regular
 * expression's exec per non-ASCII character and a search of every string for a trailing high
 * surrogate cost more than this on figure-dense text (docs/performance.md, issue 17, third
 * pass). Returns false, leaving `offsets` unfinished, when a string ends with a high
 * surrogate: in `joined` it could pair with the next string's first code unit.
 */
export function utf8Offsets(strings: readonly string[], joined: string, offsets: Int32Array): boolean {
  let bytes = 0;
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    const end = at + strings[i]!.length;
    while (at < end) {
      const c = joined.charCodeAt(at++);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if ((c & 0xfc00) !== 0xd800) bytes += 3;
      else if (at === end) return false;
      else if ((joined.charCodeAt(at) & 0xfc00) === 0xdc00) {
        bytes += 4;
        at++;
      } else bytes += 3;
    }
    offsets[i + 1] = bytes;
  }
  return true;
}

export function columnBuilder(type: ColumnType): ColumnBuilder {
  return type === 'utf8' ? new Utf8Builder() : type === 'int32' ? new Int32Builder() : new Float64Builder();
}

/** The buffers of a column set, for `postMessage(..., transferList)`. */
export function transferList(set: ColumnSet): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of set.columns) {
    if (c.type === 'utf8') out.push(c.offsets.buffer as ArrayBuffer, c.bytes.buffer as ArrayBuffer);
    else out.push(c.values.buffer as ArrayBuffer);
    if (c.valid) out.push(c.valid.buffer as ArrayBuffer);
  }
  if (set.rowBytes) out.push(set.rowBytes.buffer as ArrayBuffer);
  return out;
}
