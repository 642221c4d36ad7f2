/**
 * Prints the reader's agreement with the gold readings: `npx tsx tests/read/scoreDevset.ts dev`
 * (or `heldout`, or `curated` for the annotations in raw/; add --misses to list every
 * disagreement). `heldout` is the test set: report it, never tune on it.
 */
import { join } from 'node:path';
import { curatedCases } from './curated.js';
import { formatScore, loadCases, scoreSet } from './score.js';

const which = process.argv[2] ?? 'dev';
const cases = which === 'curated' ? curatedCases() : loadCases(join(import.meta.dirname, 'devset', which));
const score = scoreSet(cases);
process.stdout.write(formatScore(which, score) + '\n');
if (process.argv.includes('--misses')) process.stdout.write(score.misses.map((m) => `  - ${m}`).join('\n') + '\n');
