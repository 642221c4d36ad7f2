/**
 * The error fixtures: each tests/fixtures/errors/cases/<name>.yaml edits the valid base project
 * (tests/fixtures/errors/base/raw, two invented texts) so that one error code fires, and states
 * the exact problem the build must report. Loaded here, applied in memory or on disk.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Location } from '../../pipeline/core/errors.js';

export const BASE = 'tests/fixtures/errors/base';
export const CASES = 'tests/fixtures/errors/cases';
export const A = 'test-2025-01-15-freedonia-drone-engines';
export const B = 'test-2025-02-03-freedonia-ministry-denial';

/** One change to the base: exactly one of replace (which must occur once), write, delete, rename, insertBytes. */
export interface Edit {
  file: string;
  replace?: string;
  with?: string;
  write?: string;
  delete?: true;
  rename?: string;
  insertBytes?: { at: number; hex: string };
}

export interface ExpectedProblem {
  message: string;
  location: Location;
  value?: unknown;
  hint?: string;
}

export interface ErrorFixture {
  name: string;
  /** The code the fixture is about. */
  code: string;
  why: string;
  edits: Edit[];
  /** Every problem's code, in the order the build reports them (collateral problems included). */
  codes: string[];
  /** Every problem with `code`, in order, field for field. */
  expect: ExpectedProblem[];
  /** Process exit code of `figures build` and `figures validate`. */
  exit: number;
}

export type Files = Map<string, Uint8Array>;

/** A folder's files, path (POSIX, relative to `root`) → bytes. */
export function readTree(root: string): Files {
  const out: Files = new Map();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p).split('\\').join('/'), new Uint8Array(readFileSync(p)));
    }
  };
  walk(root);
  return out;
}

export const baseFiles = (): Files => readTree(BASE);

const enc = new TextEncoder();
const dec = new TextDecoder();

export function applyEdits(files: Files, edits: readonly Edit[]): Files {
  const out = new Map(files);
  for (const e of edits) {
    const bytes = out.get(e.file);
    if (e.write !== undefined) out.set(e.file, enc.encode(e.write));
    else if (bytes === undefined) throw new Error(`fixture edits ${e.file}, which does not exist`);
    else if (e.delete) out.delete(e.file);
    else if (e.rename !== undefined) {
      out.delete(e.file);
      out.set(e.rename, bytes);
    } else if (e.insertBytes) {
      const ins = Uint8Array.from(e.insertBytes.hex.match(/../g)!.map((h) => parseInt(h, 16)));
      const at = e.insertBytes.at;
      out.set(e.file, new Uint8Array([...bytes.subarray(0, at), ...ins, ...bytes.subarray(at)]));
    } else if (e.replace !== undefined) {
      const text = dec.decode(bytes);
      const n = text.split(e.replace).length - 1;
      if (n !== 1) throw new Error(`fixture replaces ${JSON.stringify(e.replace)} in ${e.file}, which occurs ${n} times`);
      out.set(e.file, enc.encode(text.replace(e.replace, () => e.with ?? '')));
    } else throw new Error(`fixture edit of ${e.file} does nothing`);
  }
  return out;
}

export function loadFixtures(): ErrorFixture[] {
  return readdirSync(CASES)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ name: n.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(CASES, n), 'utf8')) as Omit<ErrorFixture, 'name'>) }));
}

/** A Files map as the record memoryFS takes. */
export const asRecord = (files: Files): Record<string, Uint8Array> => Object.fromEntries(files);
