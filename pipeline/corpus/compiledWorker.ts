/**
 * Where the compiled corpus worker is, when this code runs compiled (bin/compile.js sets
 * FIGURES_COMPILED_WORKER, the worker's file name beside the CLI bundle, with esbuild's
 * `define`). Run from the TypeScript sources (tests, tsx) there is none, and runCorpus
 * bundles the worker itself.
 */
declare const FIGURES_COMPILED_WORKER: string | undefined;

export function compiledWorkerUrl(): URL | undefined {
  return typeof FIGURES_COMPILED_WORKER === 'string' ? new URL(FIGURES_COMPILED_WORKER, import.meta.url) : undefined;
}
