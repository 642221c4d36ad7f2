/**
 * A folder of .txt files as batches of documents: every `.txt` file below the folder, in
 * code-unit order of the names at each level (the same order on every machine), hidden
 * entries skipped. A document's id is its path inside the folder without `.txt`
 * (`2024/04/article-17`). Files are read through ReadFS, so tests run in memory.
 */
import type { ReadFS } from '../core/fs.js';

export interface FilesBatch {
  kind: 'files';
  files: { id: string; file: string; bytes: Uint8Array }[];
}

function* walk(fs: ReadFS, root: string, rel: string): Generator<{ file: string; bytes: Uint8Array }> {
  for (const name of fs.list(rel === '' ? root : `${root}/${rel}`)) {
    if (name.startsWith('.')) continue;
    const file = rel === '' ? name : `${rel}/${name}`;
    const bytes = name.endsWith('.txt') ? fs.read(`${root}/${file}`) : undefined;
    if (bytes) yield { file, bytes };
    else yield* walk(fs, root, file); // a folder (list of anything else is empty)
  }
}

export async function* folderBatches(fs: ReadFS, root: string, targetBytes: number): AsyncGenerator<FilesBatch> {
  let files: FilesBatch['files'] = [];
  let size = 0;
  for (const { file, bytes } of walk(fs, root, '')) {
    files.push({ id: file.slice(0, -'.txt'.length), file, bytes });
    size += bytes.length;
    if (size >= targetBytes) {
      yield { kind: 'files', files };
      files = [];
      size = 0;
    }
  }
  if (files.length > 0) yield { kind: 'files', files };
}
