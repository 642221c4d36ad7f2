import type { Command } from 'commander';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { EXIT, FiguresError, UsageError } from '../core/errors.js';
import { diskFS, recoverInterruptedWrite, writeTreeAtomic, type FileTree } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { build } from '../build.js';

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

/**
 * `figures build [--timings] [--root DIR] [--out DIR]`: builds the package in memory from
 * DIR/raw and swaps it into the output folder atomically — a failed build leaves it untouched.
 * Warnings go to stderr; with --timings, the time of each stage too.
 */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the data package from raw/ into dist/ (atomically: a failed build leaves dist/ untouched)')
    .option('--timings', 'print the time each stage took to stderr')
    .option('--root <dir>', 'project folder holding raw/', '.')
    .option('--out <dir>', 'output folder (default: dist in the project folder)')
    .action((opts: { timings?: boolean; root: string; out?: string }) => {
      const out = opts.out ?? join(opts.root, 'dist');
      const t0 = performance.now();
      const stages: [string, number][] = [];
      prepareOut(opts.root, out); // before the build, so a wrong --out costs no waiting
      const tree = build(diskFS(opts.root), { onStage: (stage, ms) => stages.push([stage, ms]) });
      const w0 = performance.now();
      writePackage(opts.root, out, tree);
      stages.push(['write', performance.now() - w0]);
      if (opts.timings) {
        for (const [stage, ms] of stages) process.stderr.write(`${stage.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms\n`);
        process.stderr.write(`${'total'.padEnd(10)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms\n`);
      }
      const bytes = [...tree.values()].reduce((n, b) => n + b.length, 0);
      process.stderr.write(`built ${out}/: ${tree.size} files, ${bytes} bytes\n`);
    });
}
