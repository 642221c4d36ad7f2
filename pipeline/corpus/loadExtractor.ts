/**
 * The extractor a corpus run uses, named by module URL so worker threads can load it too.
 * The default is the project's extractor; tests pass a module of their own.
 */
import type { Extractor } from './processBatch.js';

/** The project's extractor. Compiled, the URL names no file; it only marks the default. */
export const DEFAULT_EXTRACTOR = new URL('../extract/index.ts', import.meta.url).href;

export async function loadExtractor(moduleUrl: string): Promise<Extractor> {
  // The default through a literal import, so the compiled CLI carries it (a .ts URL would not load there).
  const mod = (moduleUrl === DEFAULT_EXTRACTOR ? await import('../extract/index.js') : await import(moduleUrl)) as {
    extractMentions?: Extractor;
  };
  if (typeof mod.extractMentions !== 'function') throw new Error(`${moduleUrl} does not export extractMentions`);
  return mod.extractMentions;
}
