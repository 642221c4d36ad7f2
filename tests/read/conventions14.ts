/**
 * Brings gold readings to the convention settled in session 14 (docs/curation.md, "Conventions
 * settled in session 14"; the rule in conventionRules14.ts): a supply statement carried by its
 * figure is a statistic only, so its claim is removed. Decided on each claim's own words and the
 * gold figures of its sentence, never on the reader's output:
 *
 *   npx tsx tests/read/conventions14.ts SET [--write]
 *
 * SET is a folder of tests/read/devset/ or `annotations` (raw/annotations/). It prints how many
 * claims the convention removes and how many it leaves as unclear, and lists them for the tuning
 * sets only: a validation or test set (`heldout`, `heldout11` to `heldout14`, the held-out part of
 * the annotations) gets its counts alone. --write removes the claims from a devset's gold; the
 * annotations are never written (the coordinator decides on the curated claims it lists).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quoteAt } from './conventionRules13.js';
import {
  annotationFigureSides,
  carriedByFigure,
  devsetFigureSides,
  recipientCode,
  supplierSide,
  type ClaimSides,
  type FigureSides,
  type SupplierSide,
  type Verdict,
} from './conventionRules14.js';
import { curatedFiles } from './curated.js';
import { goldFiles } from './score.js';

/** Sets whose items are counted, never listed: the validation sets and the test sets. */
const UNLISTED = ['heldout', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'curated-heldout'];

type Rec = Record<string, unknown>;

export interface Outcome {
  index: number;
  quote: string;
  verdict: Verdict;
}

const list = (v: unknown): string[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** What the convention says of each claim of one text; `sides` turns a gold figure into its supplier and recipient. */
export function claimOutcomes(
  text: string,
  observations: readonly Rec[],
  claims: readonly Rec[],
  supplierOf: (s: unknown) => SupplierSide,
  recipientOf: (r: unknown) => string | null,
  sides: (o: Rec) => Pick<FigureSides, 'supplier' | 'recipient'>,
): Outcome[] {
  const figures: FigureSides[] = observations.map((o) => {
    const at = quoteAt(text, String(o.quote), Number(o.occurrence ?? 1));
    if (at === null) throw new Error(`quote not in text: ${String(o.quote)}`);
    return { quote: String(o.quote), ...at, ...sides(o), product: o.product === undefined ? null : (o.product as string | null) };
  });
  return claims.map((c, index) => {
    const at = quoteAt(text, String(c.quote));
    if (at === null) throw new Error(`quote not in text: ${String(c.quote)}`);
    const sides: ClaimSides = {
      ...at,
      suppliers: (c.supplier as unknown[]).map(supplierOf),
      recipient: recipientOf(c.recipient),
      goods: (c.goods as string | null | undefined) ?? null,
    };
    return { index, quote: String(c.quote), verdict: carriedByFigure(text, sides, figures) };
  });
}

/**
 * The gold file's text without the claims at `indices`. An anchor one of them defines moves to the
 * first alias of it left, so the file still parses; a section left empty becomes `claims: []`.
 */
export function withoutClaims(source: string, indices: readonly number[]): string {
  const lines = source.split('\n');
  const top = lines.findIndex((l) => /^claims:/.test(l));
  if (top < 0) throw new Error('no claims section');
  let end = lines.findIndex((l, i) => i > top && /^[a-z_]+:/.test(l));
  if (end < 0) end = lines.length;
  const starts: number[] = [];
  for (let i = top + 1; i < end; i++) if (/^ {2}- /.test(lines[i]!)) starts.push(i);
  const blocks = starts.map((s, k) => {
    let e = (starts[k + 1] ?? end) - 1;
    while (e > s && /^\s*(#.*)?$/.test(lines[e]!)) e--;
    return { start: s, end: e };
  });
  const drop = new Set<number>();
  const moved: { name: string; value: string }[] = [];
  for (const k of indices) {
    const b = blocks[k];
    if (!b) throw new Error(`no claims[${k}]`);
    for (let i = b.start; i <= b.end; i++) {
      drop.add(i);
      for (const m of lines[i]!.matchAll(/&([\w-]+) (.+)$/g)) moved.push({ name: m[1]!, value: m[2]! });
    }
  }
  for (const { name, value } of moved) {
    const use = lines.findIndex((l, i) => !drop.has(i) && new RegExp(`\\*${name}\\b`).test(l));
    if (use < 0) continue;
    if (!/^[[{"']/.test(value) && /[[{]/.test(value)) throw new Error(`anchor ${name} is not on one line`);
    lines[use] = lines[use]!.replace(new RegExp(`\\*${name}\\b`), `&${name} ${value}`);
  }
  const kept = lines.filter((_, i) => !drop.has(i));
  const left = kept.slice(top + 1).findIndex((l) => /^ {2}- /.test(l) || /^[a-z_]+:/.test(l));
  const nextTop = kept.findIndex((l, i) => i > top && /^[a-z_]+:/.test(l));
  if (left < 0 || (nextTop >= 0 && top + 1 + left === nextTop)) kept[top] = 'claims: []';
  return kept.join('\n');
}

/** The gold's leading comment gains a line saying the convention was applied. */
export function withGoldNote(source: string, removed: number): string {
  const line = `# Session 14 convention (docs/curation.md) applied by tests/read/conventions14.ts: ${removed} claim${removed === 1 ? '' : 's'} carried by ${removed === 1 ? 'its figure' : 'their figures'} removed (statistic only); comments above may name ${removed === 1 ? 'it' : 'them'}.`;
  const lines = source.split('\n');
  const at = lines.findIndex((l) => !l.startsWith('#'));
  lines.splice(at < 0 ? 0 : at, 0, line);
  return lines.join('\n');
}

interface Counts {
  claims: number;
  removed: number;
  unclear: number;
  files: number;
}

function tally(c: Counts, outcomes: readonly Outcome[]): void {
  c.claims += outcomes.length;
  const removed = outcomes.filter((o) => o.verdict.carried).length;
  c.removed += removed;
  c.unclear += outcomes.filter((o) => !o.verdict.carried && o.verdict.unclear).length;
  if (removed > 0) c.files++;
}

function listing(name: string, outcomes: readonly Outcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.verdict.carried
      ? [`  ${name}: REMOVE claims[${o.index}] "${o.quote.slice(0, 90)}" (carried by "${o.verdict.figure}")`]
      : o.verdict.unclear
        ? [`  ${name}: UNCLEAR, left claims[${o.index}] "${o.quote.slice(0, 90)}" (${o.verdict.unclear})`]
        : o.verdict.kept
          ? [`  ${name}: KEPT claims[${o.index}] "${o.quote.slice(0, 90)}" (${o.verdict.kept})`]
          : [],
  );
}

function report(label: string, c: Counts, write: boolean): void {
  process.stdout.write(
    `${label}: ${write ? 'removed' : 'to remove'} ${c.removed} of ${c.claims} claims (in ${c.files} files); unclear, left: ${c.unclear}\n`,
  );
}

const devsetSupplier = (s: unknown): SupplierSide => supplierSide(list(s));
const devsetRecipient = (r: unknown): string | null => recipientCode(list(r));

function runDevset(folder: string, write: boolean, listed: boolean): void {
  const dir = join(import.meta.dirname, 'devset', folder);
  const counts: Counts = { claims: 0, removed: 0, unclear: 0, files: 0 };
  const lines: string[] = [];
  for (const { name, text, file, yaml: source } of goldFiles(dir)) {
    const gold = parse(source) as { observations?: Rec[]; claims?: Rec[] };
    const outcomes = claimOutcomes(text, gold.observations ?? [], gold.claims ?? [], devsetSupplier, devsetRecipient, devsetFigureSides);
    tally(counts, outcomes);
    if (listed) lines.push(...listing(name, outcomes));
    const removed = outcomes.filter((o) => o.verdict.carried).map((o) => o.index);
    if (write && removed.length > 0) writeFileSync(file, withGoldNote(withoutClaims(source, removed), removed.length));
  }
  report(folder, counts, write);
  if (listed && lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

interface Entity {
  id: string;
  type?: string;
  country?: string;
}

/** The curated claims: counted for every part, listed for the tuned-on part; never written. */
function runAnnotations(): void {
  const parts: Record<string, Counts> = {};
  const lines: string[] = [];
  for (const { annotation, text, part } of curatedFiles()) {
    const a = annotation as { source: string; observations?: Rec[]; claims?: Rec[]; entities?: Entity[] };
    const entities = new Map((a.entities ?? []).map((e) => [e.id, e]));
    // Entity ids: a country, or a group of a country's firms, is a country side; a company, person or body a named party.
    const supplierOf = (s: unknown): SupplierSide => {
      const e = entities.get(String(s));
      if (e && (e.type === 'country' || e.type === 'group') && e.country) return { kind: 'country', code: e.country };
      if (e && e.type === 'group') return { kind: 'unknown', name: e.id };
      return e ? { kind: 'named', name: e.id } : supplierSide([String(s)]);
    };
    const recipientOf = (r: unknown): string | null => {
      if (r === null || r === undefined) return null;
      const e = entities.get(String(r));
      return e?.country ?? recipientCode([String(r)]);
    };
    const outcomes = claimOutcomes(text, a.observations ?? [], a.claims ?? [], supplierOf, recipientOf, annotationFigureSides);
    tally((parts[part] ??= { claims: 0, removed: 0, unclear: 0, files: 0 }), outcomes);
    if (!UNLISTED.includes(part)) lines.push(...listing(a.source, outcomes));
  }
  for (const [part, c] of Object.entries(parts)) report(part, c, false);
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1]?.endsWith('conventions14.ts')) {
  const set = process.argv[2];
  if (!set) throw new Error('usage: npx tsx tests/read/conventions14.ts SET [--write]');
  const write = process.argv.includes('--write');
  if (set === 'annotations') {
    if (write) throw new Error('the annotations are not written: the coordinator decides on the claims listed');
    runAnnotations();
  } else runDevset(set, write, !UNLISTED.includes(set));
}
