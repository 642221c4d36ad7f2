import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
  const w = new PartWriter(out, 'part-', schema, specs, FORMATS.jsonl, { rows: partRows, bytes: 1 << 30 });
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
    expect(parts.map((p) => [p.path, p.rows])).toEqual([
      ['part-00000.jsonl', 3],
      ['part-00001.jsonl', 3],
      ['part-00002.jsonl', 1],
    ]);
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
    expect(parts).toEqual([
      { path: 'part-00000.jsonl', rows: 2, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    ]);
  });

  it('writes an empty part 0 for an empty table, so the schema can still be read', () => {
    const out = memoryOutputDir();
    const w = new PartWriter(out, 'part-', schema, specs, FORMATS.csv, { rows: 10, bytes: 1 << 30 });
    expect(w.finish().map((p) => [p.path, p.rows])).toEqual([['part-00000.csv', 0]]);
    expect(text(out.files.get('part-00000.csv'))).toBe('n\n');
  });

  it('closes a part early at the row that reaches the byte budget, the same however the rows were batched', () => {
    const sspecs: ColumnSpec[] = [{ name: 's', type: 'utf8', nullable: false, description: '' }];
    const sschema = arrowSchema(sspecs);
    const strings = fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 });
    fc.assert(
      fc.property(strings, fc.array(fc.nat(60)), (values, cuts) => {
        const run = (splits: number[]) => {
          const out = memoryOutputDir();
          const w = new PartWriter(out, 'part-', sschema, sspecs, FORMATS.jsonl, { rows: 1000, bytes: 100 });
          const bounds = [0, ...[...new Set(splits)].filter((c) => c < values.length).sort((a, b) => a - b), values.length];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const b = columnBuilder('utf8');
            for (const v of values.slice(bounds[i], bounds[i + 1])) b.push(v);
            w.add(toRecordBatch(sschema, sspecs, { length: bounds[i + 1]! - bounds[i]!, columns: [b.finish()] }));
          }
          return { parts: w.finish(), files: out.files };
        };
        const one = run([]);
        const many = run(cuts);
        expect(many.parts).toEqual(one.parts);
        // Every part but the last reaches the budget (4 bytes of offset + the UTF-8 bytes per row)
        // only at its last row.
        let at = 0;
        for (const p of one.parts.slice(0, -1)) {
          const sizes = values.slice(at, at + p.rows).map((v) => 4 + Buffer.byteLength(v));
          expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
          expect(sizes.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(100);
          at += p.rows;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('discard removes the parts already written', () => {
    const { files, writer } = write([5], 2);
    writer.discard();
    expect(files.size).toBe(0);
  });
});
