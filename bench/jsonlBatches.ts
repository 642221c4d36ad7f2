/**
 * A JSONL file cut into batches of about 1 MB at line ends, as the corpus reader hands them to its
 * workers: the unit the batch benchmarks (batchAB.ts, workerWarmup.ts) time.
 */
import { readFileSync } from 'node:fs';

export function jsonlBatches(file: string, size = 1_000_000): Uint8Array[] {
  const bytes = new Uint8Array(readFileSync(file));
  const batches: Uint8Array[] = [];
  for (let start = 0; start < bytes.length;) {
    const nl = bytes.indexOf(10, Math.min(bytes.length, start + size));
    const end = nl < 0 ? bytes.length : nl + 1;
    batches.push(bytes.slice(start, end));
    start = end;
  }
  return batches;
}
