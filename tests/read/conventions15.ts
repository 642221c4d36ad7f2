/**
 * Brings gold statistics to the three conventions settled in session 15 (docs/curation.md,
 * "Conventions settled in session 15"; the rules in conventionRules15.ts), decided on each gold
 * item's words and its text, never on the reader's output:
 *
 *   npx tsx tests/read/conventions15.ts SET [--write]
 *
 * SET is a folder of tests/read/devset/ or `annotations` (raw/annotations/, never written: the
 * script counts what the conventions would change there and lists the tuned-on part). It prints how
 * many statistics each convention changes, and lists them for the tuning sets only: a validation or
 * test set gets its counts alone. Whether a tuning text is an institution's own release is a hand
 * list (OWN_RELEASES, one reason a text); elsewhere a statistic credited only to the words of the
 * text's heading counts as the institution's own.
 */
import { setGoldField } from './goldEdit.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quoteAt } from './conventionRules13.js';
import {
  carriedAttribution,
  fiscalPeriod,
  headingOwnFigure,
  ownFigureAttribution,
  OWN_RELEASES,
  paragraphStart,
  SAME_FISCAL_YEAR,
  sentenceStart,
  type Convention15,
  type GoldStat,
} from './conventionRules15.js';
import { curatedFiles } from './curated.js';
import { goldFiles, TUNING_SETS } from './score.js';

export interface Change15 {
  convention: Convention15;
  index: number;
  field: 'attributed_to' | 'period';
  value: unknown;
  quote: string;
  why: string;
}

const str = (v: unknown): string => JSON.stringify(v ?? null);

/** What the conventions change in one text's gold statistics (`key` is SET/NAME, for the hand list). */
export function changes15(
  key: string,
  text: string,
  stats: readonly GoldStat[],
  tuning: boolean,
): { changes: Change15[]; unclear: string[] } {
  const changes: Change15[] = [];
  const unclear: string[] = [];
  const now = stats.map((s) => ({ ...s }));
  const listed = OWN_RELEASES[key];
  now.forEach((s, index) => {
    if (listed) {
      const after = ownFigureAttribution(s.attributed_to, listed.own);
      if (after !== undefined) {
        changes.push({ convention: 'own-figures', index, field: 'attributed_to', value: after, quote: s.quote, why: listed.why });
        s.attributed_to = after;
      }
    } else {
      const after = headingOwnFigure(text, s.attributed_to);
      if (after === undefined) return;
      if (tuning) unclear.push(`"${s.quote}" credited to ${str(s.attributed_to)}, a body of the opening: left (not in the hand list)`);
      else {
        changes.push({
          convention: 'own-figures',
          index,
          field: 'attributed_to',
          value: after,
          quote: s.quote,
          why: 'a body of the opening',
        });
        s.attributed_to = after;
      }
    }
  });
  now.forEach((s, index) => {
    const carry = carriedAttribution(text, now, index);
    if (!carry) return;
    changes.push({ convention: 'carried', index, field: 'attributed_to', value: carry.value, quote: s.quote, why: `from "${carry.from}"` });
    s.attributed_to = carry.value;
  });
  let lastFiscal: { para: number; period: string } | undefined;
  now.forEach((s, index) => {
    const at = quoteAt(text, s.quote, s.occurrence ?? 1);
    if (!at) throw new Error(`quote not in text: ${s.quote}`);
    const para = paragraphStart(text, at.start);
    let want = fiscalPeriod(text, at);
    if (want === undefined && lastFiscal?.para === para) {
      const sentence = text.slice(sentenceStart(text, at.start, para), at.end + 120);
      if (SAME_FISCAL_YEAR.test(sentence.split(/(?<=[.!?])\s/)[0] ?? sentence)) want = lastFiscal.period;
    }
    if (want === undefined) return;
    lastFiscal = { para, period: want };
    if (String(s.period ?? '') !== want) {
      changes.push({ convention: 'fiscal', index, field: 'period', value: want, quote: s.quote, why: `was ${str(s.period)}` });
      s.period = want;
    }
  });
  return { changes, unclear };
}

const NOTE: Record<Convention15, string> = {
  'own-figures': 'session 15 convention 6: the official text’s own figure',
  carried: 'session 15 convention 7: the attribution carried in its paragraph',
  fiscal: 'session 15 convention 8: the fiscal year as the country counts it',
};

interface Counts {
  changed: Record<Convention15, number>;
  unclear: number;
  files: number;
}

const emptyCounts = (): Counts => ({ changed: { 'own-figures': 0, carried: 0, fiscal: 0 }, unclear: 0, files: 0 });

function tally(c: Counts, changes: readonly Change15[], unclear: readonly string[]): void {
  for (const x of changes) c.changed[x.convention]++;
  c.unclear += unclear.length;
  if (changes.length > 0) c.files++;
}

function report(label: string, c: Counts, write: boolean): void {
  process.stdout.write(
    `${label}: ${write ? 'changed' : 'to change'} own figures ${c.changed['own-figures']}, carried ${c.changed.carried}, fiscal ${c.changed.fiscal} (in ${c.files} files); unclear, left: ${c.unclear}\n`,
  );
}

function runDevset(set: string, write: boolean): void {
  const dir = join(import.meta.dirname, 'devset', set);
  const tuning = (TUNING_SETS as readonly string[]).includes(set);
  const counts = emptyCounts();
  const lines: string[] = [];
  for (const { name, text, file, yaml } of goldFiles(dir)) {
    let source = yaml;
    const gold = parse(source) as { observations?: GoldStat[] };
    const { changes, unclear } = changes15(`${set}/${name}`, text, gold.observations ?? [], tuning);
    tally(counts, changes, unclear);
    if (tuning) {
      for (const x of changes) lines.push(`  ${name}: ${x.convention} "${x.quote}" ${x.field} → ${str(x.value)} (${x.why})`);
      for (const u of unclear) lines.push(`  ${name}: UNCLEAR ${u}`);
    }
    if (write && changes.length > 0) {
      // Later changes of the same field win: apply in order.
      for (const x of changes) source = setGoldField(source, 'observations', x.index, x.field, x.value, NOTE[x.convention]);
      writeFileSync(file, source);
    }
  }
  report(set, counts, write);
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

/** The curated statistics: counted for every part, listed for the tuned-on part; never written. */
function runAnnotations(): void {
  const parts: Record<string, Counts> = {};
  const lines: string[] = [];
  for (const { annotation, text, part } of curatedFiles()) {
    const a = annotation as { source: string; observations?: GoldStat[] };
    const { changes, unclear } = changes15(`annotations/${a.source}`, text, a.observations ?? [], false);
    tally((parts[part] ??= emptyCounts()), changes, unclear);
    if (part === 'curated-tune')
      for (const x of changes) lines.push(`  ${a.source}: ${x.convention} "${x.quote}" ${x.field} → ${str(x.value)} (${x.why})`);
  }
  for (const [part, c] of Object.entries(parts)) report(part, c, false);
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1]?.endsWith('conventions15.ts')) {
  const set = process.argv[2];
  if (!set) throw new Error('usage: npx tsx tests/read/conventions15.ts SET [--write]');
  const write = process.argv.includes('--write');
  if (set === 'annotations') {
    if (write) throw new Error('the annotations are not written: the coordinator decides on the items listed');
    runAnnotations();
  } else runDevset(set, write);
}
