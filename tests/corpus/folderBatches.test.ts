import { describe, expect, it } from 'vitest';
import { memoryFS } from '../../pipeline/core/fs.js';
import { folderBatches, type FilesBatch } from '../../pipeline/corpus/folderBatches.js';

async function collect(it: AsyncIterable<FilesBatch>): Promise<FilesBatch[]> {
  const out: FilesBatch[] = [];
  for await (const b of it) out.push(b);
  return out;
}

const fs = memoryFS({
  'c/b.txt': 'bb',
  'c/a.txt': 'a',
  'c/2024/04/z.txt': 'zzz',
  'c/notes.md': 'not a text',
  'c/.hidden.txt': 'skipped',
  'c/.git/x.txt': 'skipped',
  'c/Zed.txt': 'upper case sorts first',
});

describe('folderBatches', () => {
  it('lists every .txt file below the folder in code-unit order, ids without .txt', async () => {
    const batches = await collect(folderBatches(fs, 'c', 1 << 20));
    expect(batches.flatMap((b) => b.files.map((f) => [f.id, f.file]))).toEqual([
      ['2024/04/z', '2024/04/z.txt'],
      ['Zed', 'Zed.txt'],
      ['a', 'a.txt'],
      ['b', 'b.txt'],
    ]);
  });

  it('groups files into batches of at least the target size', async () => {
    const batches = await collect(folderBatches(fs, 'c', 3));
    expect(batches.map((b) => b.files.map((f) => f.id))).toEqual([['2024/04/z'], ['Zed'], ['a', 'b']]);
  });
});
