/**
 * Where a corpus run reads and writes, checked before anything is written: the output folder is
 * replaced whole, so it must neither hold the input (`--out o` with `o/part-00000.jsonl` deleted
 * its own input as "an earlier run's output") nor lie inside a folder input (its parts would
 * be read back as documents).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute, basename, join } from 'node:path';
import { EXIT, FiguresError, UsageError } from '../core/errors.js';
import { messages } from '../core/messages.js';

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realish(parent), basename(abs));
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export function refuseOverlap(input: string, out: string): void {
  if (input === '-') return;
  const i = realish(input);
  const o = realish(out);
  if (inside(i, o) || inside(o, i)) throw new UsageError(messages.corpusOutHoldsInput(out, input));
}

/** A Node I/O error as a coded one (exit 3, like write-failed): never "Unhandled 'error' event". */
export function ioFailure(path: string, doing: string, e: unknown): FiguresError {
  if (e instanceof FiguresError) return e;
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? err.name ?? 'Error';
  // Node's messages start with the code ("EEXIST: file already exists, …"): said once, not twice.
  const detail = (err.message ?? String(e)).replace(new RegExp(`^${code}: `), '');
  return new FiguresError([messages.corpusIoFailed(path, doing, code, detail)], EXIT.internal);
}
