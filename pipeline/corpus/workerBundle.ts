/**
 * The code of a corpus worker thread: the worker's loop (worker.ts), the extractor module and the reader,
 * bundled by esbuild into one plain JavaScript module at the start of a run — when the code
 * runs from the TypeScript sources (tests) or with another extractor. The compiled CLI has
 * its worker compiled beside it (compiledWorker.ts) and never loads esbuild.
 *
 * Why a bundle: a worker thread starts with a bare Node. Loading the TypeScript through tsx
 * there meant registering tsx's loader (which starts a loader thread of its own) and sending
 * ~30 modules through it: ~0.2 s before the worker's first batch and ~0.15 CPU-s, per worker,
 * on two cores that the run needs for extraction. Bundling takes ~30 ms once, in the main
 * thread, and a worker is then ready in ~40 ms (docs/performance.md). esbuild is what tsx
 * itself uses to compile, so the code that runs is compiled the same way.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOOP = fileURLToPath(new URL('./worker.ts', import.meta.url));
const READER = fileURLToPath(new URL('../read/index.ts', import.meta.url));

/** One ES module's source; `extractorUrl` is a file: URL of a module exporting extractMentions. */
export async function bundleWorker(extractorUrl: string): Promise<string> {
  const extractor = fileURLToPath(extractorUrl);
  const entry = [
    `import { extractMentions } from ${JSON.stringify(extractor)};`,
    `import { serve } from ${JSON.stringify(LOOP)};`,
    `serve(extractMentions, () => import(${JSON.stringify(READER)}));`,
  ].join('\n');
  // esbuild is a development dependency: loaded only here, never by the compiled CLI.
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, resolveDir: dirname(LOOP), sourcefile: 'corpus-worker.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** A worker's URL for the bundle (a data: URL, so nothing is written to disk). */
export function workerUrl(code: string): URL {
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
