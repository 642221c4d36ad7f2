/**
 * Prints the reader's agreement with the gold readings: `npx tsx tests/read/scoreDevset.ts dev`
 * (or `heldout`, `heldout2` … `heldout24`, `fresh`; `curated` for all the
 * annotations in raw/, `curated-tune` and `curated-heldout` for its two parts; add --misses to
 * list every disagreement, --only PREFIX to score only the texts whose names start with PREFIX,
 * such as one batch; several prefixes separated by commas — both for tuning sets only, score.ts's
 * TUNING_SETS). `heldout`, `heldout23`, `heldout24` (written in session 20) and `curated-heldout`
 * are test sets: the coordinator scores them, never tune on them. `heldout21` and `heldout22`
 * (written in session 19) became validation sets in session 20: their totals and fields may be
 * printed to judge whether a rule carries over, never their misses. `heldout2`, `heldout3`,
 * `heldout4` and `fresh`, scored in every session since they were written, were opened for tuning
 * in session 11; `heldout5` and `heldout6` in session 12; `heldout7` and `heldout8` in session 13;
 * `heldout9` and `heldout10` in session 15; `heldout11` and `heldout12` in session 16; `heldout13`
 * and `heldout14` in session 17; `heldout15` and `heldout16` in session 18; `heldout17` and
 * `heldout18` in session 19; `heldout19` and `heldout20` (validation sets in session 19) in
 * session 20.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { curatedCases, curatedSplit } from './curated.js';
import { formatScore, loadCases, missesRefused, scoreSet, type Case } from './score.js';

/** The folders of tests/read/devset/ with texts and gold readings, numbered sets in their numbers' order. */
const DEVSETS = readdirSync(join(import.meta.dirname, 'devset'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((x, y) => {
    const [, xs = x, xn = ''] = /^(.*?)(\d*)$/.exec(x)!;
    const [, ys = y, yn = ''] = /^(.*?)(\d*)$/.exec(y)!;
    return xs < ys ? -1 : xs > ys ? 1 : Number(xn || 0) - Number(yn || 0);
  });

function casesOf(which: string): Case[] | null {
  if (which === 'curated') return curatedCases();
  if (which === 'curated-tune') return curatedCases(undefined, curatedSplit().tune);
  if (which === 'curated-heldout') return curatedCases(undefined, curatedSplit().heldout);
  if (DEVSETS.includes(which)) return loadCases(join(import.meta.dirname, 'devset', which));
  return null;
}

const which = process.argv[2] ?? 'dev';
const onlyAt = process.argv.indexOf('--only');
const refused = process.argv.includes('--misses') || onlyAt > 0 ? missesRefused(which) : null;
if (refused !== null) {
  process.stderr.write(refused + '\n');
  process.exit(2);
}
const only = onlyAt > 0 ? process.argv[onlyAt + 1]?.split(',') : undefined;
const all = casesOf(which);
const cases = all && only !== undefined ? all.filter((c) => only.some((p) => c.name.startsWith(p))) : all;
if (cases === null) {
  process.stderr.write(`unknown set "${which}": use one of ${[...DEVSETS, 'curated', 'curated-tune', 'curated-heldout'].join(', ')}\n`);
  process.exit(2);
}
const score = scoreSet(cases);
process.stdout.write(formatScore(which, score) + '\n');
if (process.argv.includes('--misses')) process.stdout.write(score.misses.map((m) => `  - ${m}`).join('\n') + '\n');
