/**
 * The write half of `figures build`: refuses an output folder whose loss would cost something,
 * recovers a write that was cut short, and swaps the package in atomically. Kept apart from the
 * command so it loads none of the pipeline (the kill test runs it in a process of its own).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { EXIT, FiguresError, UsageError } from '../core/errors.js';
import { recoverInterruptedWrite, writeTreeAtomic, type FileTree } from '../core/fs.js';
import { messages } from '../core/messages.js';

/** Why `out` must not be replaced, or undefined: the root, a folder above it, or raw/ (the curated input). */
function unsafeOut(root: string, out: string): string | undefined {
  const r = resolve(root);
  const o = resolve(out);
  const inside = (dir: string, p: string): boolean => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  if (inside(o, r)) return 'is the project folder or holds it';
  if (inside(join(r, 'raw'), o)) return 'is inside raw/, the curated input';
  if (existsSync(o) && !statSync(o).isDirectory()) return 'is a file, not a folder';
  return undefined;
}

/** Refuses `out` (usage error) unless replacing it loses nothing; restores it if an earlier write was cut short. */
export function prepareOut(root: string, out: string): void {
  const unsafe = unsafeOut(root, out);
  if (unsafe) throw new UsageError(messages.outUnsafe(out, unsafe));
  fileSystem(out, () => {
    recoverInterruptedWrite(out);
    const entries = existsSync(out) ? readdirSync(out).sort() : [];
    if (entries.length > 0 && !entries.includes('datapackage.json')) throw new UsageError(messages.outNotPackage(out, entries[0]!));
  });
}

/** Runs `f`; a file-system error in it (no space, no permission) is write-failed: neither the data's fault nor a bug. */
function fileSystem(out: string, f: () => void): void {
  try {
    f();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof FiguresError || typeof code !== 'string') throw e;
    throw new FiguresError([messages.writeFailed(out, code, (e as Error).message.replace(`${code}: `, ''))], EXIT.internal);
  }
}

/**
 * Swaps `tree` into `out` atomically, after recovering an interrupted earlier write. Refuses an
 * output folder whose loss would cost the user something: the project, raw/, or a folder that is
 * neither empty nor an earlier build. A failed write leaves `out` as it was.
 */
export function writePackage(root: string, out: string, tree: FileTree): void {
  prepareOut(root, out);
  fileSystem(out, () => writeTreeAtomic(out, tree));
}
