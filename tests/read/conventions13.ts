/**
 * Brings gold readings and curated annotations to the four conventions settled in session 13
 * (docs/curation.md, "Conventions settled in session 13"; the rules in conventionRules13.ts),
 * the same rule for every set, chosen on the item's own words and never on the reader's output:
 *
 *   npx tsx tests/read/conventions13.ts SET [--write] [--list]
 *
 * SET is a folder of tests/read/devset/ or `annotations` (raw/annotations/). It prints how many
 * items each convention changes and how many it leaves as unclear; --list also prints them (never
 * for a test set: `heldout`, `heldout9`, `heldout10`, and the held-out part of the annotations,
 * whose items are counted only). A changed annotation item's review block is kept true to it
 * (its `edited` list follows the fields that now differ from the recorded proposal).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { curatedFiles } from './curated.js';
import {
  chipsGoods,
  dualUseGoods,
  exportIndicator,
  quoteAt,
  sendingVerb,
  thirdCountryTrade,
  type Convention,
} from './conventionRules13.js';
import { goldFiles } from './score.js';

const TEST_SETS = ['heldout', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14'];

interface Item {
  section: 'observations' | 'claims';
  index: number;
  fields: Record<string, unknown>;
}

export interface Change {
  convention: Convention;
  item: Item;
  set: Record<string, string>;
  quote: string;
}

export interface Unclear {
  convention: Convention;
  /** Words that name neither side (or both) of the convention: the item is left as it was. */
  wordless?: boolean;
  quote: string;
  why: string;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** What the conventions change in one text's items. `annotation` items use indicator (no flow) and entity ids. */
export function conventionChanges(
  text: string,
  observations: readonly Record<string, unknown>[],
  claims: readonly Record<string, unknown>[],
  ignored: readonly string[],
  annotation: boolean,
): { changes: Change[]; unclear: Unclear[] } {
  const changes: Change[] = [];
  const unclear: Unclear[] = [];
  const goodsRules = (item: Item, field: 'product' | 'goods', span: { start: number; end: number }, claim: boolean) => {
    const now = str(item.fields[field]);
    const quote = String(item.fields.quote);
    const sameQuoteGoods = claims.filter((c) => c !== item.fields && String(c.quote) === quote).map((c) => str(c.goods));
    if (now === 'microelectronics' || now === 'semiconductors') {
      const want = chipsGoods(text, span, claim);
      if (want === 'unclear') unclear.push({ convention: 'chips', quote, why: 'both chips and semiconductors named' });
      else if (want === null || want === 'other')
        unclear.push({ convention: 'chips', quote, why: 'no chips or semiconductors words decide it', wordless: true });
      else if ((want === 'microelectronics' || want === 'semiconductors') && want !== now) {
        if (claim && sameQuoteGoods.includes(want))
          unclear.push({ convention: 'chips', quote, why: `another claim on the same words already has ${want}` });
        else changes.push({ convention: 'chips', item, set: { [field]: want }, quote });
      }
    }
    if (now === 'dual-use-goods' || now === 'dual-use-items' || (claim && now === null)) {
      const want = dualUseGoods(text, span, claim);
      if (want === 'unclear' && now !== null)
        unclear.push({ convention: 'dual-use', quote, why: 'both plain and controlled dual-use words' });
      else if ((want === null || want === 'other') && now !== null)
        unclear.push({ convention: 'dual-use', quote, why: 'no dual-use words the convention names decide it', wordless: true });
      else if ((want === 'dual-use-goods' || want === 'dual-use-items') && want !== now) {
        if (claim && sameQuoteGoods.includes(want))
          unclear.push({ convention: 'dual-use', quote, why: `another claim on the same words already has ${want}` });
        else changes.push({ convention: 'dual-use', item, set: { [field]: want }, quote });
      }
    }
  };
  observations.forEach((o, index) => {
    const item: Item = { section: 'observations', index, fields: o };
    const span = quoteAt(text, String(o.quote), Number(o.occurrence ?? 1));
    if (span === null) throw new Error(`quote not in text: ${String(o.quote)}`);
    goodsRules(item, 'product', span, false);
    const indicator = str(o.indicator) ?? '';
    const flow = annotation ? /^(supply|import)-/.exec(indicator)?.[1] : str(o.flow);
    if ((flow !== 'supply' && flow !== 'import') || o.reporter !== 'RUS') return;
    const verb = sendingVerb(text, span);
    if (verb === null) return;
    const partner = str(o.partner);
    const target = exportIndicator(indicator);
    if (!verb.settled)
      unclear.push({ convention: 'export', quote: String(o.quote), why: `the verb "${verb.verb}" is not one the convention names` });
    else if (target === null) unclear.push({ convention: 'export', quote: String(o.quote), why: `${indicator}: a share keeps its base` });
    else if (partner === null || partner === 'WLD' || partner === 'RUS')
      unclear.push({ convention: 'export', quote: String(o.quote), why: `no supplier country (partner ${partner})` });
    else {
      const set: Record<string, string> = { indicator: target, reporter: partner, partner: 'RUS' };
      if (!annotation) set.flow = 'export';
      changes.push({ convention: 'export', item, set, quote: String(o.quote) });
    }
  });
  claims.forEach((c, index) => {
    const span = quoteAt(text, String(c.quote));
    if (span === null) throw new Error(`quote not in text: ${String(c.quote)}`);
    goodsRules({ section: 'claims', index, fields: c }, 'goods', span, true);
  });
  for (const q of ignored) {
    const span = quoteAt(text, q);
    if (span !== null && thirdCountryTrade(text, span))
      unclear.push({
        convention: 'third-country',
        quote: q,
        why: 'ignored: a third country’s whole trade with Russia or a transit country (to be made a statistic)',
      });
  }
  return { changes, unclear };
}

/** The file's text with one field of one item set (lines `    field: value` inside the item). */
export function setField(source: string, section: string, index: number, field: string, value: string): string {
  const lines = source.split('\n');
  let inSection = false;
  let k = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const top = /^([a-z_]+):/.exec(l);
    if (top) inSection = top[1] === section;
    if (!inSection) continue;
    if (/^ {2}- /.test(l)) k++;
    if (k !== index) continue;
    const first = /^ {2}- /.test(l) ? l.replace(/^ {2}- /, '    ') : l;
    if (new RegExp(`^ {4}${field}:`).test(first)) {
      lines[i] = l.replace(new RegExp(`(${field}:\\s*).*$`), `$1${value}`);
      return lines.join('\n');
    }
  }
  throw new Error(`no ${field} in ${section}[${index}]`);
}

/** The review block's `decision`/`edited` after fields changed: edited lists the fields that differ from the recorded proposal. */
export function reviewAfter(
  review: { decision: string; edited?: string[]; proposal?: Record<string, unknown> | null },
  changed: Record<string, string>,
): { decision: string; edited: string[] } | null {
  if (!['accepted', 'edited'].includes(review.decision) || !review.proposal) return null;
  const edited = new Set(review.edited ?? []);
  for (const [f, v] of Object.entries(changed)) {
    if (str(review.proposal[f]) === v) edited.delete(f);
    else edited.add(f);
  }
  const order = Object.keys(review.proposal);
  const list = [...edited].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { decision: list.length === 0 ? 'accepted' : 'edited', edited: list };
}

/** Sets an item's review decision and edited list (replacing or adding the `edited:` line). */
function setReview(source: string, section: string, index: number, r: { decision: string; edited: string[] }): string {
  const lines = source.split('\n');
  let inSection = false;
  let k = -1;
  for (let i = 0; i < lines.length; i++) {
    const top = /^([a-z_]+):/.exec(lines[i]!);
    if (top) inSection = top[1] === section;
    if (!inSection) continue;
    if (/^ {2}- /.test(lines[i]!)) k++;
    if (k !== index || !/^ {6}decision:/.test(lines[i]!)) continue;
    lines[i] = `      decision: ${r.decision}`;
    const hasEdited = /^ {6}edited:/.test(lines[i + 1] ?? '');
    if (r.decision === 'edited') lines.splice(i + 1, hasEdited ? 1 : 0, `      edited: [${r.edited.join(', ')}]`);
    else if (hasEdited) lines.splice(i + 1, 1);
    return lines.join('\n');
  }
  throw new Error(`no review decision in ${section}[${index}]`);
}

const NOTE: Record<Convention, string> = {
  export:
    'Session 13 convention (docs/curation.md): a value the supplier shipped, sent, delivered or exported is its export, reported by the supplier.',
  chips:
    'Session 13 convention (docs/curation.md): "chips", "microchips" and "integrated circuits" are microelectronics, "semiconductors" semiconductors.',
  'dual-use':
    'Session 13 convention (docs/curation.md): dual-use goods, items, products or components are dual-use-goods; items named by their control (sanctioned, controlled, sensitive) and dual-use technologies dual-use-items.',
  'third-country': '',
};

/** Appends a sentence to an annotation item's folded `note: >-` (or adds a note). */
function addNote(source: string, section: string, index: number, sentence: string): string {
  const lines = source.split('\n');
  let inSection = false;
  let k = -1;
  let itemStart = -1;
  let itemEnd = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const top = /^([a-z_]+):/.exec(lines[i]!);
    if (top) {
      if (itemStart >= 0 && itemEnd === lines.length) itemEnd = i;
      inSection = top[1] === section;
    }
    if (!inSection) continue;
    if (/^ {2}- /.test(lines[i]!)) {
      k++;
      if (k === index) itemStart = i;
      else if (k === index + 1) itemEnd = i;
    }
  }
  if (itemStart < 0) throw new Error(`no ${section}[${index}]`);
  for (let i = itemStart; i < itemEnd; i++) {
    if (/^ {4}note: >-?\s*$/.test(lines[i]!)) {
      let j = i + 1;
      while (j < itemEnd && /^ {6}\S/.test(lines[j]!)) j++;
      if (lines.slice(i + 1, j).some((l) => l.includes(sentence))) return source;
      lines.splice(j, 0, `      ${sentence}`);
      return lines.join('\n');
    }
    if (/^ {4}note: /.test(lines[i]!)) {
      const value = String(parse(lines[i]!.replace(/^ {4}note: /, '')));
      if (value.includes(sentence)) return source;
      lines.splice(i, 1, '    note: >-', `      ${value}`, `      ${sentence}`);
      return lines.join('\n');
    }
  }
  const at = lines.slice(itemStart, itemEnd).findIndex((l) => /^ {4}review:/.test(l));
  lines.splice(at < 0 ? itemEnd : itemStart + at, 0, '    note: >-', `      ${sentence}`);
  return lines.join('\n');
}

interface Counts {
  changed: Record<string, number>;
  unclear: Record<string, number>;
  wordless: Record<string, number>;
  files: number;
}

function tally(c: Counts, changes: Change[], unclear: Unclear[]): void {
  for (const x of changes) c.changed[x.convention] = (c.changed[x.convention] ?? 0) + 1;
  for (const x of unclear) {
    const into = x.wordless ? c.wordless : c.unclear;
    into[x.convention] = (into[x.convention] ?? 0) + 1;
  }
  if (changes.length > 0) c.files++;
}

function listing(name: string, changes: Change[], unclear: Unclear[]): string[] {
  return [
    ...changes.map((x) => `  ${name}: ${x.convention} ${x.item.section} "${x.quote.slice(0, 70)}" ${JSON.stringify(x.set)}`),
    ...unclear.map((x) => `  ${name}: ${x.wordless ? 'NO WORDS' : 'UNCLEAR'} ${x.convention} "${x.quote.slice(0, 70)}" (${x.why})`),
  ];
}

function apply(source: string, changes: Change[], annotation: boolean, parsed?: Record<string, unknown[]>): string {
  let out = source;
  for (const x of changes) {
    for (const [f, v] of Object.entries(x.set)) out = setField(out, x.item.section, x.item.index, f, v);
    if (!annotation) continue;
    out = addNote(out, x.item.section, x.item.index, NOTE[x.convention]);
    const item = parsed![x.item.section]![x.item.index] as { review?: Parameters<typeof reviewAfter>[0] };
    if (item.review) {
      const r = reviewAfter(item.review, x.set);
      if (r) {
        out = setReview(out, x.item.section, x.item.index, r);
        item.review = { ...item.review, ...r };
      }
    }
  }
  return out;
}

/** The gold's leading comment gains a line naming the conventions applied (its older comments may give the earlier reading). */
export function withGoldNote(source: string, changes: readonly Change[]): string {
  const which = [...new Set(changes.map((c) => c.convention))].join(', ');
  const line = `# Session 13 conventions (docs/curation.md) applied by tests/read/conventions13.ts: ${which}; comments above may give the earlier reading.`;
  const lines = source.split('\n');
  const at = lines.findIndex((l) => !l.startsWith('#'));
  lines.splice(at < 0 ? 0 : at, 0, line);
  return lines.join('\n');
}

function runDevset(folder: string, write: boolean, list: boolean): void {
  const dir = join(import.meta.dirname, 'devset', folder);
  const counts: Counts = { changed: {}, unclear: {}, wordless: {}, files: 0 };
  const lines: string[] = [];
  for (const { name, text, file, yaml: source } of goldFiles(dir)) {
    const gold = parse(source) as { observations?: Record<string, unknown>[]; claims?: Record<string, unknown>[]; ignored?: string[] };
    const { changes, unclear } = conventionChanges(text, gold.observations ?? [], gold.claims ?? [], gold.ignored ?? [], false);
    tally(counts, changes, unclear);
    if (list) lines.push(...listing(name, changes, unclear));
    if (write && changes.length > 0) writeFileSync(file, withGoldNote(apply(source, changes, false), changes));
  }
  report(folder, counts, write);
  if (list) process.stdout.write(lines.join('\n') + '\n');
}

function runAnnotations(write: boolean, list: boolean): void {
  const parts: Record<string, Counts> = {};
  const lines: string[] = [];
  for (const { file, yaml: source, annotation, text, part } of curatedFiles()) {
    const a = annotation as {
      source: string;
      observations?: Record<string, unknown>[];
      claims?: Record<string, unknown>[];
      ignore?: { quote: string }[];
    };
    const { changes, unclear } = conventionChanges(
      text,
      a.observations ?? [],
      a.claims ?? [],
      (a.ignore ?? []).map((i) => i.quote),
      true,
    );
    tally((parts[part] ??= { changed: {}, unclear: {}, wordless: {}, files: 0 }), changes, unclear);
    if (list && part !== 'curated-heldout') lines.push(...listing(a.source, changes, unclear));
    if (write && changes.length > 0) writeFileSync(file, apply(source, changes, true, a as unknown as Record<string, unknown[]>));
  }
  for (const [part, c] of Object.entries(parts)) report(part, c, write);
  if (list) process.stdout.write(lines.join('\n') + '\n');
}

function report(label: string, c: Counts, write: boolean): void {
  const fmt = (r: Record<string, number>) =>
    (['export', 'chips', 'dual-use', 'third-country'] as const).map((k) => `${k} ${r[k] ?? 0}`).join(', ');
  process.stdout.write(
    `${label}: ${write ? 'changed' : 'to change'} ${fmt(c.changed)} (in ${c.files} files); unclear, left: ${fmt(c.unclear)}; ` +
      `left, no words of the convention decide it: ${fmt(c.wordless)}\n`,
  );
}

if (process.argv[1]?.endsWith('conventions13.ts')) {
  const set = process.argv[2];
  if (!set) throw new Error('usage: npx tsx tests/read/conventions13.ts SET [--write] [--list]');
  const write = process.argv.includes('--write');
  const list = process.argv.includes('--list') && !TEST_SETS.includes(set);
  if (set === 'annotations') runAnnotations(write, list);
  else runDevset(set, write, list);
}
