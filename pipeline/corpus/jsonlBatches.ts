/**
 * Cuts a JSONL byte stream (a file or standard input) into batches of whole lines without
 * decoding it: the workers decode. A batch is the shortest run of whole lines of at least
 * `targetBytes` (or what is left at the end), so where batches fall depends only on the
 * bytes, never on how the stream happened to be chunked.
 */

export interface JsonlBatch {
  kind: 'jsonl';
  /** Whole lines; its own ArrayBuffer, so it can be transferred to a worker. */
  bytes: Uint8Array;
  /** Offset of `bytes[0]` in the input. */
  firstByte: number;
}

/**
 * 1 MB: every batch costs a message each way, a result of its own and a record batch the
 * Parquet writer handles separately; at 128 KB (16 in flight) those per-batch costs came to a
 * sixth of the CPU of a 200 MB news-like run (8.19 vs 6.90 CPU-s, medians of 5 A/B runs,
 * docs/performance.md), at 1 MB they are small.
 */
export const DEFAULT_BATCH_BYTES = 1 << 20;

const NEWLINE = 10;

export async function* jsonlBatches(chunks: AsyncIterable<Uint8Array>, targetBytes = DEFAULT_BATCH_BYTES): AsyncGenerator<JsonlBatch> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let scanned = 0; // pending bytes already searched for the cutting newline
  let offset = 0;
  let first = true;

  const findNewline = (from: number): number => {
    let base = 0;
    for (const p of parts) {
      if (base + p.length > from) {
        const i = p.indexOf(NEWLINE, Math.max(0, from - base));
        if (i >= 0) return base + i;
      }
      base += p.length;
    }
    return -1;
  };

  const take = (n: number): JsonlBatch => {
    const bytes = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const p = parts[0]!;
      const k = Math.min(p.length, n - filled);
      bytes.set(k === p.length ? p : p.subarray(0, k), filled);
      filled += k;
      if (k === p.length) parts.shift();
      else parts[0] = p.subarray(k);
    }
    size -= n;
    let batch: JsonlBatch = { kind: 'jsonl', bytes, firstByte: offset };
    offset += n;
    if (first) {
      first = false;
      // A UTF-8 byte order mark is not part of the first line's JSON.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) batch = { kind: 'jsonl', bytes: bytes.subarray(3), firstByte: 3 };
    }
    return batch;
  };

  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    parts.push(chunk);
    size += chunk.length;
    while (size >= targetBytes) {
      const cut = findNewline(Math.max(targetBytes - 1, scanned));
      if (cut < 0) {
        scanned = size;
        break;
      }
      yield take(cut + 1);
      scanned = 0;
    }
  }
  if (size > 0) yield take(size);
  parts = [];
}
