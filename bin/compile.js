// @ts-check
/**
 * Compiles the CLI once: esbuild bundles pipeline/cli.ts and the corpus worker's entry into
 * plain JavaScript in build/ (gitignored), so `npm run build` and `npm run figures` run no
 * TypeScript loader. npm's `prepare` runs this at `npm ci`; bin/figures.js runs it again
 * whenever a source file has changed since.
 *
 * What is bundled: the project's own modules and the JSON they import (schemas/), which
 * paths relative to the repository do not reach at run time. What is not: packages from
 * node_modules (`packages: 'external'`), which Node loads as usual — their CommonJS, their
 * WebAssembly and their files stay where their authors put them. Code splitting keeps the
 * CLI's lazy command loading: each command's modules and libraries load only when it runs.
 *
 *   node bin/compile.js     compiles (always)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = join(ROOT, 'build');
/** The record of what build/ was compiled from: input paths and the hash of their contents. */
const INPUTS = join(OUT, 'inputs.json');
/** The file name of the worker entry beside the CLI; pipeline/corpus/compiledWorker.ts reads it. */
const WORKER = 'corpus-worker.js';
const THIS = relative(ROOT, fileURLToPath(import.meta.url));

/**
 * One hash of the files `paths` (relative to the root): their names and their bytes. A file
 * that is gone gives undefined, so a deleted source means a recompile.
 * @param {string[]} paths
 * @returns {string | undefined}
 */
function hashInputs(paths) {
  const h = createHash('sha256');
  for (const p of paths) {
    const abs = join(ROOT, p);
    if (!existsSync(abs)) return undefined;
    h.update(`${p}\0`).update(readFileSync(abs)).update('\0');
  }
  return h.digest('hex');
}

/**
 * Whether build/ holds what compiling the sources as they are now would give. Reads every
 * input (~200 files, ~1 MB): a few milliseconds, and no dependence on modification times.
 * @returns {boolean}
 */
export function isCurrent() {
  if (!existsSync(INPUTS)) return false;
  const { files, sha256 } = JSON.parse(readFileSync(INPUTS, 'utf8'));
  return hashInputs(files) === sha256;
}

/** Bundles the CLI and the worker into build/ and records the inputs. */
export async function compile() {
  /** @type {typeof import('esbuild')} */
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      'bin/compile.js: esbuild is not installed; run `npm ci` (it installs the development dependencies and compiles the CLI).',
    );
  }
  rmSync(OUT, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'pipeline/cli.ts', [WORKER.replace(/\.js$/, '')]: 'pipeline/corpus/workerMain.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild writes a regex literal with \p{…} as `new RegExp(…)` for this target, which then
    // builds the regex at every call of the function that holds it (the reader's rules hold
    // hundreds). Node 20 parses such literals (every \p{…} in pipeline/ is a general category),
    // and the engine is the same either way, so they are kept as literals, built once.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    define: { FIGURES_COMPILED_WORKER: JSON.stringify(WORKER) },
    // Stack traces (--debug) name functions as in the sources.
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const files = [...Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/')), THIS, 'package-lock.json'].sort();
  writeFileSync(INPUTS, `${JSON.stringify({ files, sha256: hashInputs(files) }, null, 1)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await compile();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
