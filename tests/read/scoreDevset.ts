/**
 * Prints the reader's agreement with the gold readings: `npx tsx tests/read/scoreDevset.ts dev`
 * (add --misses to list every disagreement). `heldout` is the test set: report it, never tune on it.
 */
import { join } from 'node:path';
import { formatScore, loadCases, scoreSet } from './score.js';

const which = process.argv[2] ?? 'dev';
const score = scoreSet(loadCases(join(import.meta.dirname, 'devset', which)));
process.stdout.write(formatScore(which, score) + '\n');
if (process.argv.includes('--misses')) process.stdout.write(score.misses.map((m) => `  - ${m}`).join('\n') + '\n');
