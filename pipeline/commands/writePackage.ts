/**
 * The write half of `figures build`: refuses an output folder whose loss would cost something,
 * recovers a write that was cut short, and swaps the package in atomically. Kept apart from the
 * command so it loads none of the pipeline (the kill test runs it in a process of its own).
 */
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { EXIT, FiguresError, UsageError } from '../core/errors.js';
import { recoverInterruptedWrite, writeTreeAtomic, type FileTree } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { SHA256SUMS } from '../publish/sha256sums.js';

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
    const stranger = notOurs(out);
    if (stranger !== undefined) throw new UsageError(messages.outNotPackage(out, stranger));
  });
}

/**
 * The first entry of `out` that shows it is not a package this project built, or undefined
 * (an empty or missing folder, or an earlier build). The mark of an earlier build is the one
 * every build writes: a SHA256SUMS that lists datapackage.json and every other file in the
 * folder. Someone else's Frictionless package (datapackage.json beside important.csv and
 * notes/) has none, so it is refused instead of emptied.
 */
function notOurs(out: string): string | undefined {
  const entries = existsSync(out) ? readdirSync(out).sort() : [];
  if (entries.length === 0) return undefined;
  const sums = join(out, SHA256SUMS);
  if (!existsSync(sums) || !lstatSync(sums).isFile()) return entries.includes(SHA256SUMS) ? SHA256SUMS : entries[0]!;
  const listed = new Set(
    readFileSync(sums, 'utf8')
      .split('\n')
      .map((l) => /^[0-9a-f]{64} {2}(.+)$/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined),
  );
  if (!listed.has('datapackage.json')) return SHA256SUMS;
  const walk = (rel: string): string | undefined => {
    for (const name of readdirSync(join(out, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(out, path));
      if (st.isDirectory()) {
        const inner = walk(path);
        if (inner !== undefined) return inner;
      } else if (path !== SHA256SUMS && !listed.has(path)) return path;
    }
    return undefined;
  };
  return walk('');
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
