/**
 * apache-arrow as the corpus writer uses it: its CommonJS build, loaded with `require`.
 *
 * Why: under tsx (how the CLI runs), loading the ES module build sends each of its ~150 files
 * through tsx's loader thread; `require` stays in the thread and costs ~0.3 CPU-s less, in the
 * first second of a corpus run, when the worker threads need the cores (docs/performance.md).
 * Every module of pipeline/corpus that makes or reads Arrow objects takes Arrow from here, and
 * so must code that hands it Arrow objects: objects of the two builds do not mix (each has its
 * own classes, and Arrow checks instanceof).
 */
import { createRequire } from 'node:module';

export const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');
