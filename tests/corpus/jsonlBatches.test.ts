import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonlBatches, type JsonlBatch } from '../../pipeline/corpus/jsonlBatches.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c > at && c < bytes.length) {
      yield bytes.subarray(at, c);
      at = c;
    }
  }
  yield bytes.subarray(at);
}

async function collect(it: AsyncIterable<JsonlBatch>): Promise<JsonlBatch[]> {
  const out: JsonlBatch[] = [];
  for await (const b of it) out.push(b);
  return out;
}

const text = (b: JsonlBatch) => new TextDecoder().decode(b.bytes);

describe('jsonlBatches', () => {
  it('cuts after the first newline once a batch reaches the target size', async () => {
    const input = utf8('aaaa\nbb\ncccccc\nd\ne');
    const batches = await collect(jsonlBatches(chunked(input, []), 6));
    expect(batches.map(text)).toEqual(['aaaa\nbb\n', 'cccccc\n', 'd\ne']);
    expect(batches.map((b) => b.firstByte)).toEqual([0, 8, 15]);
  });

  it('keeps a line longer than the target whole', async () => {
    const batches = await collect(jsonlBatches(chunked(utf8('x'.repeat(50) + '\ny\n'), [3, 10, 49]), 8));
    expect(batches.map(text)).toEqual(['x'.repeat(50) + '\n', 'y\n']);
  });

  it('drops a UTF-8 byte order mark and counts it in the offsets', async () => {
    const batches = await collect(jsonlBatches(chunked(utf8('\uFEFF{"id":1}\n{"id":2}\n'), [1, 2]), 4));
    expect(batches.map(text)).toEqual(['{"id":1}\n', '{"id":2}\n']);
    expect(batches.map((b) => b.firstByte)).toEqual([3, 12]);
  });

  it('gives each batch its own buffer, so it can be transferred to a worker', async () => {
    const [b] = await collect(jsonlBatches(chunked(utf8('a\nb\n'), [1]), 100));
    expect(b!.bytes.byteOffset).toBe(0);
    expect(b!.bytes.buffer.byteLength).toBe(b!.bytes.length);
  });

  it('gives the same batches however the stream is chunked, and they add up to the input', async () => {
    const lines = fc.array(
      fc.string({ maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')),
      { maxLength: 40 },
    );
    await fc.assert(
      fc.asyncProperty(lines, fc.array(fc.nat(800)), fc.integer({ min: 1, max: 64 }), fc.boolean(), async (ls, cuts, target, trailing) => {
        const input = utf8(ls.join('\n') + (trailing ? '\n' : ''));
        const whole = await collect(jsonlBatches(chunked(input, []), target));
        const pieces = await collect(jsonlBatches(chunked(input, cuts), target));
        expect(pieces.map(text)).toEqual(whole.map(text));
        expect(pieces.map((b) => b.firstByte)).toEqual(whole.map((b) => b.firstByte));
        expect(Buffer.concat(pieces.map((b) => b.bytes)).equals(Buffer.from(input))).toBe(true);
        for (const b of pieces.slice(0, -1)) expect(b.bytes[b.bytes.length - 1]).toBe(10);
      }),
      { numRuns: 300 },
    );
  });
});
