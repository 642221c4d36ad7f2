/**
 * Opens the input of a corpus run: a JSONL file, a folder of .txt files, or `-` for JSONL on
 * standard input. Only the file's name goes into outputs, never its absolute path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { diskFS } from '../core/fs.js';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { folderBatches, type FilesBatch } from './folderBatches.js';
import { jsonlBatches, type JsonlBatch } from './jsonlBatches.js';

export type InputKind = 'jsonl' | 'folder' | 'stdin';

export interface CorpusInput {
  kind: InputKind;
  /** How outputs and messages name the input. */
  name: string;
  /** Size in bytes when known in advance (a file), for the progress bar. */
  totalBytes: number | null;
  batches: AsyncIterable<JsonlBatch | FilesBatch>;
}

const READ_CHUNK = 1 << 20;

export function openInput(path: string, batchBytes: number, stdin: AsyncIterable<Uint8Array> = process.stdin): CorpusInput {
  if (path === '-') return { kind: 'stdin', name: '<stdin>', totalBytes: null, batches: jsonlBatches(stdin, batchBytes) };
  if (!existsSync(path)) throw new UsageError(messages.fileNotFound(path));
  const st = statSync(path);
  if (st.isDirectory())
    return { kind: 'folder', name: basename(path), totalBytes: null, batches: folderBatches(diskFS(path), '.', batchBytes) };
  return {
    kind: 'jsonl',
    name: basename(path),
    totalBytes: st.size,
    batches: jsonlBatches(createReadStream(path, { highWaterMark: READ_CHUNK }), batchBytes),
  };
}
