/**
 * The checkout the running CLI belongs to: the nearest folder above this module that holds
 * package.json (build/ when compiled, pipeline/core/ under tsx). The reader's vocabularies go
 * with its code, so `figures read FILE` finds them here wherever it is run from.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function ownRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    // No package.json above: the current folder, as before (loadReaderVocab then names what it missed).
    if (up === dir) return process.cwd();
    dir = up;
  }
}
