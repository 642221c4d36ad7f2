/**
 * The size of each row of a record batch in Arrow memory: fixed-width values plus string
 * bytes (validity bits ignored). Used to close a part before its rows use too much memory,
 * at a row that depends only on the data, not on how it was batched.
 */
import type { RecordBatch } from 'apache-arrow';
import type { ColumnSet } from './columns.js';

export function rowBytes(batch: RecordBatch): Float64Array {
  const sizes = new Float64Array(batch.numRows);
  for (let c = 0; c < batch.numCols; c++) {
    const data = batch.getChildAt(c)!.data[0]!;
    const offsets = data.valueOffsets as Int32Array | undefined;
    if (offsets) {
      // arrow-js slices valueOffsets along with the data: index 0 is the slice's first row.
      for (let i = 0; i < sizes.length; i++) sizes[i]! += 4 + offsets[i + 1]! - offsets[i]!;
    } else {
      const width = (data.values as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 8;
      for (let i = 0; i < sizes.length; i++) sizes[i]! += width;
    }
  }
  return sizes;
}

/**
 * The same sizes from the column buffers a worker built, before they become Arrow data: the
 * workers compute them, so the main thread (the one serial stage) does not, and the loops see
 * one shape of column each (over Arrow's data objects V8 optimized rowBytes four times a run).
 */
export function columnSetRowBytes(set: ColumnSet): Float64Array {
  const sizes = new Float64Array(set.length);
  for (const c of set.columns) {
    if (c.type === 'utf8') {
      const offsets = c.offsets;
      for (let i = 0; i < sizes.length; i++) sizes[i]! += 4 + offsets[i + 1]! - offsets[i]!;
    } else {
      const width = c.type === 'int32' ? 4 : 8;
      for (let i = 0; i < sizes.length; i++) sizes[i]! += width;
    }
  }
  return sizes;
}
