import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { columnBuilder } from '../../pipeline/corpus/columns.js';
import { FORMATS } from '../../pipeline/corpus/formats/index.js';
import { memoryOutputDir } from '../../pipeline/corpus/outputDir.js';
import { PartWriter } from '../../pipeline/corpus/partWriter.js';
import type { ColumnSpec } from '../../pipeline/corpus/tableSchema.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';

const specs: ColumnSpec[] = [{ name: 'n', type: 'int32', nullable: false, description: '' }];
const schema = arrowSchema(specs);
const batchOf = (from: number, to: number) => {
  const b = columnBuilder('int32');
  for (let i = from; i < to; i++) b.push(i);
  return toRecordBatch(schema, specs, { length: to - from, columns: [b.finish()] });
};

function write(batchSizes: number[], partRows: number) {
  const out = memoryOutputDir();
  const w = new PartWriter(out, 'part-', schema, FORMATS.jsonl, partRows);
  let at = 0;
  for (const n of batchSizes) {
    w.add(batchOf(at, at + n));
    at += n;
  }
  return { parts: w.finish(), files: out.files, writer: w };
}

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('PartWriter', () => {
  it('writes parts of exactly partRows rows, the last one fewer, numbered from 00000', () => {
    const { parts, files } = write([4, 3], 3);
    expect(parts.map((p) => [p.path, p.rows])).toEqual([['part-00000.jsonl', 3], ['part-00001.jsonl', 3], ['part-00002.jsonl', 1]]);
    expect(text(files.get('part-00001.jsonl'))).toBe('{"n":3}\n{"n":4}\n{"n":5}\n');
  });

  it('writes the same files however the rows were batched', () => {
    const a = write([10], 4).files;
    const b = write([1, 2, 3, 0, 4], 4).files;
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(text(b.get(k))).toBe(text(v));
  });

  it('records each part with its size and SHA-256', () => {
    const { parts, files } = write([2], 10);
    const bytes = files.get('part-00000.jsonl')!;
    expect(parts).toEqual([{ path: 'part-00000.jsonl', rows: 2, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }]);
  });

  it('writes an empty part 0 for an empty table, so the schema can still be read', () => {
    const out = memoryOutputDir();
    const w = new PartWriter(out, 'part-', schema, FORMATS.csv, 10);
    expect(w.finish().map((p) => [p.path, p.rows])).toEqual([['part-00000.csv', 0]]);
    expect(text(out.files.get('part-00000.csv'))).toBe('n\n');
  });

  it('discard removes the parts already written', () => {
    const { files, writer } = write([5], 2);
    writer.discard();
    expect(files.size).toBe(0);
  });
});
