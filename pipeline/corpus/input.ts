/**
 * Opens the input of a corpus run: a JSONL file, a folder of .txt files, or `-` for JSONL on
 * standard input. Only the file's name goes into outputs, never its absolute path.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { diskFS } from '../core/fs.js';
import { UsageError } from '../core/errors.js';
import { npmMoved, shownPath } from '../core/userFolder.js';
import { messages } from '../core/messages.js';
import { folderBatches, type FilesBatch } from './folderBatches.js';
import { jsonlBatches, type JsonlBatch } from './jsonlBatches.js';
import { ioFailure } from './paths.js';
import { PACKED_HEAD_BYTES, packedKind, unpackCommands } from './packedInput.js';

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
  if (!existsSync(path)) throw new UsageError(messages.fileNotFound(path, npmMoved()));
  const st = statSync(path);
  if (st.isDirectory())
    return {
      kind: 'folder',
      name: basename(path),
      totalBytes: null,
      batches: folderBatches(diskFS(path, { links: 'skip' }), '.', batchBytes),
    };
  const packed = packedKind(headOf(path));
  if (packed) {
    const shown = shownPath(path);
    throw new UsageError(messages.corpusPacked(shown, packed.name, unpackCommands(packed, shown)));
  }
  return {
    kind: 'jsonl',
    name: basename(path),
    totalBytes: st.size,
    batches: jsonlBatches(readChunks(path), batchBytes),
  };
}

/** The file's first bytes (fewer for a shorter file; none when it cannot be read: the run's own read reports that). */
function headOf(path: string): Uint8Array {
  const head = new Uint8Array(PACKED_HEAD_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } catch {
    return head.subarray(0, 0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The file's bytes in chunks, read with a file handle rather than a read stream: a stream that
 * fails before anyone iterates it emits an 'error' nobody listens to and kills the process; here
 * every failure (open or read) is a coded corpus-io-failed where the run awaits it.
 */
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw ioFailure(path, 'open the input', e);
  }
  try {
    for (;;) {
      const buf = new Uint8Array(READ_CHUNK);
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, 0, READ_CHUNK, null));
      } catch (e) {
        throw ioFailure(path, 'read the input', e);
      }
      if (n === 0) return;
      yield n === READ_CHUNK ? buf : buf.subarray(0, n);
    }
  } finally {
    await handle.close();
  }
}
