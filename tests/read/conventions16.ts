/**
 * Brings gold claims to the convention settled in session 16 (docs/curation.md, "Conventions settled
 * in session 16", convention 10; the rule in conventionRules16.ts): a rejected accusation is one
 * claim, certainty `denied`, claimant the rejecter. Decided on each gold claim's words and its text,
 * never on the reader's output:
 *
 *   npx tsx tests/read/conventions16.ts SET [--write]
 *
 * SET is a folder of tests/read/devset/ or `annotations` (raw/annotations/, never written: counted
 * only). It prints how many claims the convention changes and how many it leaves as unclear, and
 * lists them for the tuning sets only: a validation or test set gets its counts alone.
 */
import { setGoldField } from './goldEdit.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quoteAt } from './conventionRules13.js';
import { rejectedAccusation, rejectedStatements } from './conventionRules16.js';
import { curatedFiles } from './curated.js';
import { goldFiles, norm, TUNING_SETS } from './score.js';

type Rec = Record<string, unknown>;

export interface Change16 {
  index: number;
  quote: string;
  certainty?: 'denied';
  claimant?: string[];
  why: string;
}

const list = (v: unknown): string[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** What the convention changes in one text's gold claims, and the claims it leaves as unclear. */
export function changes16(text: string, claims: readonly Rec[]): { changes: Change16[]; unclear: string[] } {
  const changes: Change16[] = [];
  const unclear: string[] = [];
  claims.forEach((c, index) => {
    const quote = String(c.quote);
    const at = quoteAt(text, quote, Number(c.occurrence ?? 1));
    if (!at) throw new Error(`quote not in text: ${quote}`);
    const r = rejectedAccusation(text, at);
    if (!r) return;
    if (r.rejecter === null) {
      unclear.push(`claims[${index}] "${quote.slice(0, 70)}" after "${r.words}": ${r.unclear ?? 'rejecter unread'}`);
      return;
    }
    const rejecter = r.rejecter;
    const change: Change16 = { index, quote, why: `"${rejecter}" ${r.words}` };
    if (c.certainty !== 'denied') change.certainty = 'denied';
    const now = list(c.claimant);
    if (!now.some((n) => norm(n) === norm(rejecter))) {
      // The rejecter's other names, where another claim of the text already lists them.
      const known = claims.map((o) => list(o.claimant)).find((names) => names.some((n) => norm(n) === norm(rejecter)));
      change.claimant = known ?? [rejecter];
    }
    if (change.certainty || change.claimant) changes.push(change);
  });
  // A rejected statement the gold records no claim for: the convention makes it one, but its goods are the curator's to name.
  for (const r of rejectedStatements(text)) {
    const covered = claims.some((c) => {
      const at = quoteAt(text, String(c.quote), Number(c.occurrence ?? 1));
      return at !== null && at.start <= r.at + 40 && at.end > r.at;
    });
    if (!covered) unclear.push(`no gold claim for the statement after "${r.words}": "${text.slice(r.at, r.at + 70)}"`);
  }
  return { changes, unclear };
}

/** The gold's leading comment gains a line saying the convention was applied. */
export function withGoldNote16(source: string, changed: number): string {
  const line = `# Session 16 convention 10 (docs/curation.md) applied by tests/read/conventions16.ts: ${changed} rejected accusation${changed === 1 ? '' : 's'} now the rejecter’s denial; comments above may say otherwise.`;
  const lines = source.split('\n');
  const at = lines.findIndex((l) => !l.startsWith('#'));
  lines.splice(at < 0 ? 0 : at, 0, line);
  return lines.join('\n');
}

const NOTE = 'session 16 convention 10: a rejected accusation is the rejecter’s denial';

function report(label: string, changed: number, files: number, unclear: number, write: boolean): void {
  process.stdout.write(`${label}: ${write ? 'changed' : 'to change'} ${changed} claims (in ${files} files); unclear, left: ${unclear}\n`);
}

function runDevset(set: string, write: boolean): void {
  const dir = join(import.meta.dirname, 'devset', set);
  const tuning = (TUNING_SETS as readonly string[]).includes(set);
  let changed = 0;
  let files = 0;
  let unclearCount = 0;
  const lines: string[] = [];
  for (const { name, text, file, yaml } of goldFiles(dir)) {
    const gold = parse(yaml) as { claims?: Rec[] };
    const { changes, unclear } = changes16(text, gold.claims ?? []);
    changed += changes.length;
    unclearCount += unclear.length;
    if (changes.length > 0) files++;
    if (tuning) {
      for (const x of changes)
        lines.push(
          `  ${name}: claims[${x.index}] "${x.quote.slice(0, 70)}"${x.certainty ? ' certainty → denied' : ''}${x.claimant ? ` claimant → ${JSON.stringify(x.claimant)}` : ''} (${x.why})`,
        );
      for (const u of unclear) lines.push(`  ${name}: UNCLEAR ${u}`);
    }
    if (write && changes.length > 0) {
      let source = yaml;
      for (const x of changes) {
        if (x.certainty) source = setGoldField(source, 'claims', x.index, 'certainty', x.certainty, NOTE);
        if (x.claimant) source = setGoldField(source, 'claims', x.index, 'claimant', x.claimant, NOTE);
      }
      writeFileSync(file, withGoldNote16(source, changes.length));
    }
  }
  report(set, changed, files, unclearCount, write);
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

/** The curated claims: counted for every part (certainty only: their claimants are entity ids); never written. */
function runAnnotations(): void {
  const parts: Record<string, { changed: number; unclear: number; files: number }> = {};
  for (const { annotation, text, part } of curatedFiles()) {
    const a = annotation as { claims?: Rec[] };
    const { changes, unclear } = changes16(text, a.claims ?? []);
    const c = (parts[part] ??= { changed: 0, unclear: 0, files: 0 });
    const certainty = changes.filter((x) => x.certainty).length;
    c.changed += certainty;
    c.unclear += unclear.length;
    if (certainty > 0) c.files++;
  }
  for (const [part, c] of Object.entries(parts)) report(`${part} (certainty)`, c.changed, c.files, c.unclear, false);
}

if (process.argv[1]?.endsWith('conventions16.ts')) {
  const set = process.argv[2];
  if (!set) throw new Error('usage: npx tsx tests/read/conventions16.ts SET [--write]');
  const write = process.argv.includes('--write');
  if (set === 'annotations') {
    if (write) throw new Error('the annotations are not written: the coordinator decides on the items counted');
    runAnnotations();
  } else runDevset(set, write);
}
