/**
 * apache-arrow as the corpus writer uses it: the package's own single-file build
 * (`Arrow.esnext.min.js`, shipped in the package beside its other builds), loaded with `require`.
 *
 * Why: the package's Node entry is ~150 CommonJS files; resolving and compiling them took
 * ~0.17 CPU-s of every corpus run's first second, when the worker threads need the cores, and
 * the single file loads in ~0.03 (docs/performance.md). Its exports are the same names (a test
 * checks), and corpus output is byte for byte the same (the corpus tests compare every byte).
 * The package's `exports` map does not list the file, so it is required by its path beside the
 * package's entry, which Node resolves as usual.
 *
 * Every module of pipeline/corpus that makes or reads Arrow objects takes Arrow from here, and
 * so must code that hands it Arrow objects: objects of two builds do not mix (each has its own
 * classes, and Arrow checks instanceof).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The path of the single-file build, in the folder of the package's resolved entry. */
export const ARROW_BUNDLE = join(dirname(require.resolve('apache-arrow')), 'Arrow.esnext.min.js');

export const arrow = require(ARROW_BUNDLE) as typeof import('apache-arrow');
