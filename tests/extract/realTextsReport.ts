/**
 * Prints the extractor's agreement with the hand-read real sentences and every disagreement:
 *   npx tsx tests/extract/realTextsReport.ts [1|2]     (2: only the sentences read after the first fixes)
 */
import { extractMentions, type Mention } from '../../pipeline/extract/index.js';
import { REAL_SENTENCES } from './realTexts.js';
import { scoreRealTexts } from './realTextsScore.js';

const only = process.argv[2]; // "1" or "2": one round of the table
const table = only ? REAL_SENTENCES.filter((r) => String(r.round ?? 1) === only) : REAL_SENTENCES;
const s = scoreRealTexts(table, extractMentions);
const show = (m: Mention): string => `[${m.kind} "${m.text}" ${m.value} ${m.unit} ${m.hedge} ${m.value_low}..${m.value_high}]`;
for (const r of s.stats) {
  if (r.rightWithInterval) continue;
  const e = r.expected;
  console.log(`${r.right ? 'INTERVAL' : 'WRONG'}  want "${e.text}" ${e.value} ${e.unit} ${e.hedge} ${e.value_low}..${e.value_high}`);
  console.log(`        got ${r.got.length ? r.got.map(show).join(' ') : 'nothing'}`);
  console.log(`        in: ${r.sentence}`);
}
for (const x of s.spurious) {
  console.log(`SPURIOUS ${show(x.mention)}`);
  console.log(`        in: ${x.sentence}`);
}
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const withFigures = table.filter((r) => r.expect.length > 0).length;
console.log(`\n${s.sentences} sentences (${withFigures} with statistics) from ${s.sources} articles; ${s.expected} statistics expected`);
console.log(
  `right (value, unit, hedge): ${s.right}; with interval: ${s.rightWithInterval}; same words: ${s.sameSpan}; spurious: ${s.spurious.length}`,
);
console.log(`agreement: ${pct(s.rate)} (with interval ${pct(s.rateWithInterval)})`);
