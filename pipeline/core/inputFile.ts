/**
 * The one text file a command such as `read`, `extract` or `suggest` is given: its bytes, or a
 * usage error (exit 2) that names the path — never a Node error such as EISDIR, which the CLI
 * would report as a bug in the pipeline.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from './errors.js';
import { npmMoved } from './userFolder.js';
import { messages } from './messages.js';

export function readInputFile(file: string): Uint8Array {
  if (!existsSync(file)) throw new UsageError(messages.fileNotFound(file, npmMoved()));
  if (statSync(file).isDirectory()) throw new UsageError(messages.notAFile(file));
  return new Uint8Array(readFileSync(file));
}
