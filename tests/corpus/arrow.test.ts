import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esm from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrow } from '../../pipeline/corpus/arrow.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';

describe('corpus arrow', () => {
  it("is apache-arrow's single-file build, from the package's own folder", () => {
    const require = createRequire(import.meta.url);
    expect(arrow).toBe(require(join(dirname(require.resolve('apache-arrow')), 'Arrow.esnext.min.js')));
    expect(arrow.Table).not.toBe(esm.Table);
  });

  it("exports every name of the package's Node entry", () => {
    const entry = createRequire(import.meta.url)('apache-arrow') as Record<string, unknown>;
    expect(Object.keys(arrow).sort()).toEqual(Object.keys(entry).sort());
  });

  it('writes the same Arrow IPC bytes as the Node entry', () => {
    const entry = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');
    const ipc = (a: typeof entry) => a.tableToIPC(a.tableFromArrays({ i: Int32Array.from([1, 2, 3]), s: ['a', 'é', 'null'] }), 'file');
    expect(Buffer.from(ipc(arrow)).equals(Buffer.from(ipc(entry)))).toBe(true);
  });

  it('makes the record batches the corpus writer builds, so they can be put in its tables', () => {
    const specs = [{ name: 'i', type: 'int32' as const, nullable: false, description: '' }];
    const batch = toRecordBatch(arrowSchema(specs), specs, {
      length: 1,
      columns: [{ type: 'int32', length: 1, nulls: 0, values: new Int32Array([7]) }],
    });
    expect(batch).toBeInstanceOf(arrow.RecordBatch);
    expect(new arrow.Table([batch]).getChild('i')?.get(0)).toBe(7);
  });
});
