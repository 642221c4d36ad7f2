/**
 * Reads a package out of a zip without trusting the zip: only the entries a package has (its
 * datapackage.json, the resources and schemas that names, and the files its SHA256SUMS lists),
 * each refused before inflating when the central directory declares more than the limits, and
 * inflated in small steps that stop as soon as an entry, or all of them together, pass the
 * limits — a header can lie about the size (a 2 MB zip held 2 GiB of zeros and took 2.2 GB).
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { FiguresError, UsageError, type Problem } from '../../core/errors.js';
import { messages } from '../../core/messages.js';
import type { FileTree } from '../../core/fs.js';

export interface ZipLimits {
  /** Most bytes one entry may inflate to. */
  entryBytes: number;
  /** Most bytes all entries read may inflate to together. */
  totalBytes: number;
}

/** A package of this project is well under 10 MB. */
export const ZIP_LIMITS: ZipLimits = { entryBytes: 256 * 2 ** 20, totalBytes: 1024 * 2 ** 20 };

/** Compressed bytes handed to the inflater at a time: one step inflates to at most ~1,000 times this. */
const STEP = 16 * 1024;

const DESCRIPTOR = 'datapackage.json';
const SUMS = 'SHA256SUMS';

/** The central directory: each file's name and the size it declares (folders left out). */
function directory(label: string, zip: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  try {
    unzipSync(zip, {
      filter: (f) => {
        if (!f.name.endsWith('/')) out.set(f.name, f.originalSize);
        return false; // only the central directory is read
      },
    });
  } catch (e) {
    throw new UsageError(messages.packageBadZip(label, (e as Error).message));
  }
  return out;
}

class Reader {
  private total = 0;
  constructor(
    private readonly label: string,
    private readonly zip: Uint8Array,
    private readonly dir: Map<string, number>,
    private readonly limits: ZipLimits,
  ) {}

  /** Inflates the named entries that exist, refusing by declared size first, then stopping at the limits. */
  read(names: readonly string[]): Map<string, Uint8Array> {
    const wanted = new Set(names.filter((n) => this.dir.has(n)));
    let declared = this.total;
    for (const name of wanted) {
      const size = this.dir.get(name)!;
      declared += size;
      if (size > this.limits.entryBytes) throw new FiguresError([messages.packageTooLarge(this.label, name, size, this.limits.entryBytes)]);
      if (declared > this.limits.totalBytes)
        throw new FiguresError([messages.packageTooLarge(this.label, name, declared, this.limits.totalBytes)]);
    }
    if (wanted.size === 0) return new Map();
    const out = new Map<string, Uint8Array>();
    let over: Problem | undefined;
    let failure: Error | undefined;
    const unzip = new Unzip((file) => {
      if (!wanted.has(file.name) || out.has(file.name)) return; // never started: never inflated
      const parts: Uint8Array[] = [];
      let size = 0;
      file.ondata = (err, chunk, final) => {
        if (err) failure ??= err;
        if (err || over) return;
        size += chunk.length;
        this.total += chunk.length;
        if (size > this.limits.entryBytes)
          over = messages.packageTooLarge(this.label, file.name, size, this.limits.entryBytes, 'inflating');
        else if (this.total > this.limits.totalBytes)
          over = messages.packageTooLarge(this.label, file.name, this.total, this.limits.totalBytes, 'inflating');
        else parts.push(chunk);
        if (final && !over) out.set(file.name, concat(parts, size));
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    try {
      for (let i = 0; i < this.zip.length && !over && !failure; i += STEP)
        unzip.push(this.zip.subarray(i, i + STEP), i + STEP >= this.zip.length);
    } catch (e) {
      failure ??= e as Error;
    }
    if (over) throw new FiguresError([over]);
    if (failure) throw new UsageError(messages.packageBadZip(this.label, failure.message));
    return out;
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The paths a descriptor names: each resource's path (or paths) and its schema file, if it is one. */
function resourcePaths(descriptor: Uint8Array): string[] {
  let d: unknown;
  try {
    d = JSON.parse(new TextDecoder().decode(descriptor));
  } catch {
    return []; // reported by packageFromTree
  }
  const resources = (d as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return [];
  return resources.flatMap((r: unknown) => {
    const { path, schema } = (r ?? {}) as { path?: unknown; schema?: unknown };
    return [...(Array.isArray(path) ? path : [path]), schema].filter((p): p is string => typeof p === 'string');
  });
}

/** The files a SHA256SUMS lists ("<hash>  <path>" lines). */
function listedPaths(sums: Uint8Array | undefined): string[] {
  if (!sums) return [];
  return new TextDecoder()
    .decode(sums)
    .split('\n')
    .map((l) => /^[0-9a-f]{64} [ *](.+)$/.exec(l)?.[1])
    .filter((p): p is string => p !== undefined);
}

/**
 * The package in a zip, re-rooted at `root` (a folder ending in '/', or '' ), or at the
 * shallowest folder holding datapackage.json when `root` is undefined. Undefined when nothing
 * lies under `root`; without a descriptor, the tree is empty.
 */
export function packageFromZip(label: string, zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS, root?: string): FileTree | undefined {
  const dir = directory(label, zip);
  if (root !== undefined && ![...dir.keys()].some((p) => p.startsWith(root))) return undefined;
  const base =
    root ??
    [...dir.keys()]
      .filter((p) => p === DESCRIPTOR || p.endsWith(`/${DESCRIPTOR}`))
      .sort((a, b) => a.length - b.length)[0]
      ?.slice(0, -DESCRIPTOR.length);
  if (base === undefined || !dir.has(base + DESCRIPTOR)) return new Map();
  const reader = new Reader(label, zip, dir, limits);
  const first = reader.read([base + DESCRIPTOR, base + SUMS]);
  const rest = [...resourcePaths(first.get(base + DESCRIPTOR)!), ...listedPaths(first.get(base + SUMS))]
    .map((p) => base + p)
    .filter((p) => !first.has(p));
  const files = new Map([...first, ...reader.read([...new Set(rest)])]);
  return new Map([...files.keys()].sort().map((p) => [p.slice(base.length), files.get(p)!]));
}
