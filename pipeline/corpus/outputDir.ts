/**
 * The output folder of a corpus run. Every file appears whole or not at all: it is written
 * under a hidden temporary name (which no `*.parquet` glob matches), flushed to disk, then
 * renamed. manifest.json is written last, so a folder without one is a run that did not
 * finish; any part in it is complete, but the set of parts is not.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { ioFailure } from './paths.js';

/** A file written bit by bit that becomes visible on commit. */
export interface StagedFile {
  append(bytes: Uint8Array): void;
  commit(): void;
  abort(): void;
}

export interface OutputDir {
  /** Empties the folder if it holds an earlier run's output; refuses anything else. */
  prepare(): void;
  writeAtomic(rel: string, bytes: Uint8Array): void;
  stage(rel: string): StagedFile;
  remove(rel: string): void;
}

/** Names a corpus run writes (and may therefore replace). */
const OWN_FILE = /^(manifest\.json|rejects\.jsonl|part-\d+\.(parquet|arrow|csv|jsonl)|\..+\.tmp)$/;
const OWN_DIRS = new Set(['documents', 'draft_observations', 'draft_claims']);

const tempOf = (path: string): string => join(dirname(path), `.${path.slice(dirname(path).length + 1)}.tmp`);

/** `fn`, with a Node I/O error turned into a coded corpus-io-failed naming the path `where` gives. */
function guarded<A extends unknown[], R>(fn: (...a: A) => R, doing: string, where: (a: A) => string): (...a: A) => R {
  return (...a) => {
    try {
      return fn(...a);
    } catch (e) {
      throw ioFailure(where(a), doing, e);
    }
  };
}

export function diskOutputDir(dir: string): OutputDir {
  const raw = rawDiskOutputDir(dir);
  const at = (a: unknown[]) => join(dir, String(a[0]));
  return {
    prepare: guarded(raw.prepare, 'prepare the output folder', () => dir),
    writeAtomic: guarded(raw.writeAtomic, 'write', at),
    stage: guarded(
      (rel: string): StagedFile => {
        const f = raw.stage(rel);
        const path = () => join(dir, rel);
        return { append: guarded(f.append, 'write', path), commit: guarded(f.commit, 'write', path), abort: f.abort };
      },
      'write',
      at,
    ),
    remove: guarded(raw.remove, 'remove', at),
  };
}

function rawDiskOutputDir(dir: string): OutputDir {
  const abs = (rel: string) => join(dir, rel);
  return {
    prepare() {
      if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(messages.corpusOutNotFolder(dir));
      mkdirSync(dir, { recursive: true });
      const entries = readdirSync(dir);
      for (const name of entries) {
        const isDir = statSync(abs(name)).isDirectory();
        const own = isDir ? OWN_DIRS.has(name) && readdirSync(abs(name)).every((n) => OWN_FILE.test(n)) : OWN_FILE.test(name);
        if (!own) throw new UsageError(messages.corpusOutNotEmpty(dir, isDir ? `${name}/` : name));
      }
      // The manifest first: from here on the folder no longer claims to be a finished run.
      rmSync(abs('manifest.json'), { force: true });
      for (const name of entries) rmSync(abs(name), { recursive: true, force: true });
    },
    writeAtomic(rel, bytes) {
      const path = abs(rel);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = tempOf(path);
      const fd = openSync(tmp, 'w');
      try {
        for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    },
    stage(rel) {
      const path = abs(rel);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = tempOf(path);
      const fd = openSync(tmp, 'w');
      let open = true;
      const close = () => {
        if (open) closeSync(fd);
        open = false;
      };
      return {
        append(bytes) {
          for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
        },
        commit() {
          fsyncSync(fd);
          close();
          renameSync(tmp, path);
        },
        abort() {
          close();
          rmSync(tmp, { force: true });
        },
      };
    },
    remove(rel) {
      if (existsSync(abs(rel))) rmSync(abs(rel), { force: true });
    },
  };
}

/** In memory, for tests: the committed files, by relative path. */
export function memoryOutputDir(files: Map<string, Uint8Array> = new Map()): OutputDir & { files: Map<string, Uint8Array> } {
  return {
    files,
    prepare() {
      files.clear();
    },
    writeAtomic(rel, bytes) {
      files.set(rel, bytes);
    },
    stage(rel) {
      const chunks: Uint8Array[] = [];
      return {
        append: (b) => void chunks.push(b.slice()),
        commit: () => void files.set(rel, new Uint8Array(Buffer.concat(chunks))),
        abort: () => undefined,
      };
    },
    remove(rel) {
      files.delete(rel);
    },
  };
}
