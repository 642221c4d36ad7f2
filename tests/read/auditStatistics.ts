/**
 * Which of the reader's decisions produce the wrong statistic fields (session 14, stats15): over the
 * tuning sets, every gold statistic the reader drafts is compared field by field, and each wrong field
 * is put down to the decision that filled it, read from the draft's evidence rule — words of the
 * figure's own sentence the rule matched (`stated`), the statistic before carried over (`carried`), a
 * sentence or source earlier in the paragraph (`paragraph`), the text as a whole — its speaker,
 * publisher, lead or headline (`text`), the text's date (`dateline`), a default that no words give
 * (`default`), or nothing at all, the field left null (`none`).
 *
 *   npx tsx tests/read/auditStatistics.ts [SET,SET…] [--right] [--list FIELD DECISION]
 *
 * It prints the wrong fields counted by field × decision × set, most first; `--right` adds how often
 * each decision was right (a default is worth keeping when most gold agrees with it); `--list` prints
 * the items of one field and decision. Only tuning sets: validation and test sets are refused, for
 * their misses are never read (tests/read/scoreDevset.ts).
 */
import { join } from 'node:path';
import { annotationProduct, buildLexicon, readText } from '../../pipeline/read/index.js';
import { curatedCases, curatedSplit } from './curated.js';
import { loadCases, loadVocab, statisticFieldRight, TUNING_SETS, type Case } from './score.js';

const TUNING: readonly string[] = TUNING_SETS;
const FIELDS = ['measure', 'flow', 'reporter', 'partner', 'product', 'period', 'attributed_to'] as const;
export type Decision = 'stated' | 'carried' | 'paragraph' | 'text' | 'dateline' | 'default' | 'none';

const CARRIED =
  /statistic before|reads like|of the total before|share before|of the month before|figures before|the sentences before|line introducing the list|section’s heading|heading of a table/;
const PARAGRAPH = /a sentence before|paragraph places|earlier in the paragraph|of its paragraph|the sentence before|a source line below/;
const TEXT =
  /of the statement|text names most|author of the text|publisher of the text|text’s lead|text’s one reporter|the text speaks of|of the headline|agency of the rule|title of the source|speaker label|body that issues the text/;
const DATELINE = /text’s date|publication|sidecar/;
const DEFAULT = /^(?:no partner named|all partners|the other country named|the base of a share|before (?:the war|a date))/;

/** The decision behind a field, from its evidence rule (or its absence). */
export function decisionOf(rule: string | undefined, value: unknown): Decision {
  if (rule === undefined) return value === null || value === undefined ? 'none' : 'default';
  if (DATELINE.test(rule)) return 'dateline';
  if (CARRIED.test(rule)) return 'carried';
  if (PARAGRAPH.test(rule)) return 'paragraph';
  if (TEXT.test(rule)) return 'text';
  if (DEFAULT.test(rule)) return 'default';
  return 'stated';
}

function casesOf(set: string): Case[] {
  if (set === 'curated-tune') return curatedCases(undefined, curatedSplit().tune);
  return loadCases(join(import.meta.dirname, 'devset', set));
}

interface Row {
  wrong: Map<string, number>;
  right: number;
  items: string[];
}

const args = process.argv.slice(2);
const sets = args[0] && !args[0].startsWith('--') ? args[0].split(',') : TUNING;
const refused = sets.filter((s) => !TUNING.includes(s));
if (refused.length > 0) {
  process.stderr.write(`only tuning sets are audited (${TUNING.join(', ')}); refused: ${refused.join(', ')}\n`);
  process.exit(2);
}
const listAt = args.indexOf('--list');
const listKey = listAt >= 0 ? `${args[listAt + 1]} ${args[listAt + 2]}` : undefined;
const lexicon = buildLexicon(loadVocab());
const rows = new Map<string, Row>();
const row = (k: string) => rows.get(k) ?? (rows.set(k, { wrong: new Map(), right: 0, items: [] }), rows.get(k)!);

for (const set of sets)
  for (const c of casesOf(set)) {
    const reading = readText(c.text, lexicon, undefined, c.source);
    if (c.annotationTerms) for (const o of reading.observations) o.product = annotationProduct(o);
    const used = new Set<number>();
    for (const g of c.gold.observations) {
      let at = -1;
      for (let k = 0; k < (g.occurrence ?? 1); k++) at = c.text.indexOf(g.quote, at + 1);
      const end = at + g.quote.length;
      const i = reading.observations.findIndex((o, k) => !used.has(k) && o.start < end && at < o.end);
      if (i < 0) continue;
      used.add(i);
      const o = reading.observations[i]!;
      for (const f of FIELDS) {
        const ev = o.evidence[f];
        const r = row(`${f} ${decisionOf(ev?.rule, o[f])}`);
        if (statisticFieldRight(f, o, g)) {
          r.right++;
          continue;
        }
        r.wrong.set(set, (r.wrong.get(set) ?? 0) + 1);
        r.items.push(
          `${set}/${c.name}: "${g.quote}" ${f} ${JSON.stringify(o[f] ?? null)} ≠ ${JSON.stringify(g[f] ?? null)} (${ev ? `${ev.rule}: "${ev.text.slice(0, 60)}"` : 'no evidence'})`,
        );
      }
    }
  }

const total = (r: Row) => [...r.wrong.values()].reduce((a, b) => a + b, 0);
const ordered = [...rows].filter(([, r]) => total(r) > 0).sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
const showRight = args.includes('--right');
process.stdout.write(`wrong fields by field × decision (sets: ${sets.join(', ')})\n`);
process.stdout.write(
  `| field | decision | wrong | sets with it |${showRight ? ' right |' : ''} by set |\n|---|---|---|---|${showRight ? '---|' : ''}---|\n`,
);
for (const [k, r] of ordered) {
  const [f, d] = k.split(' ');
  const bySet = [...r.wrong].map(([s, n]) => `${s} ${n}`).join(', ');
  process.stdout.write(`| ${f} | ${d} | ${total(r)} | ${r.wrong.size} |${showRight ? ` ${r.right} |` : ''} ${bySet} |\n`);
}
if (showRight)
  for (const [k, r] of [...rows].filter(([, r]) => total(r) === 0).sort())
    process.stdout.write(`| ${k.replace(' ', ' | ')} | 0 | 0 | ${r.right} | |\n`);
if (listKey !== undefined) {
  process.stdout.write(`\n${listKey}:\n`);
  for (const item of rows.get(listKey)?.items ?? []) process.stdout.write(`  - ${item}\n`);
}
