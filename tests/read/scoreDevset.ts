/**
 * Prints the reader's agreement with the gold readings: `npx tsx tests/read/scoreDevset.ts dev`
 * (or `heldout`, or `fresh`, a second set never tuned on; `curated` for all the annotations in raw/, `curated-tune` and `curated-heldout`
 * for its two parts; add --misses to list every disagreement). `heldout` and `curated-heldout`
 * are test sets: report them, never tune on them.
 */
import { join } from 'node:path';
import { curatedCases, curatedSplit } from './curated.js';
import { formatScore, loadCases, scoreSet } from './score.js';

const which = process.argv[2] ?? 'dev';
const cases =
  which === 'curated'
    ? curatedCases()
    : which === 'curated-tune'
      ? curatedCases(undefined, curatedSplit().tune)
      : which === 'curated-heldout'
        ? curatedCases(undefined, curatedSplit().heldout)
        : loadCases(join(import.meta.dirname, 'devset', which));
const score = scoreSet(cases);
process.stdout.write(formatScore(which, score) + '\n');
if (process.argv.includes('--misses')) process.stdout.write(score.misses.map((m) => `  - ${m}`).join('\n') + '\n');
