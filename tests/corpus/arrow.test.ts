import { createRequire } from 'node:module';
import * as esm from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrow } from '../../pipeline/corpus/arrow.js';
import { arrowSchema, toRecordBatch } from '../../pipeline/corpus/toArrow.js';

describe('corpus arrow', () => {
  it("is apache-arrow's CommonJS build, the one require gives", () => {
    expect(arrow).toBe(createRequire(import.meta.url)('apache-arrow'));
    expect(arrow.Table).not.toBe(esm.Table);
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
