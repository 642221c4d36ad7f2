/**
 * A corpus worker thread's entry in the compiled CLI (bin/compile.js): the worker loop with
 * the project's extractor and reader, compiled beside the CLI so a run bundles nothing.
 */
import { extractMentions } from '../extract/index.js';
import { serve } from './worker.js';

serve(extractMentions, () => import('../read/index.js'));
