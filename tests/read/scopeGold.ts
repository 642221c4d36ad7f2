/**
 * Moves the gold observations of a devset folder that measure goods FROM Russia — Russia's
 * exports, another country's imports or supplies from Russia — to its `ignored` list, as the
 * dataset's scope wants them (docs/curation.md, "Scope of observations"; pipeline/read/scope.ts),
 * with a comment that keeps their old reading. The choice is made on the gold's own fields, never
 * on the reader's output, so a test set can be brought to the convention without being read:
 *
 *   npx tsx tests/read/scopeGold.ts FOLDER [--write]   # prints only how many it moves
 *
 * Session 9 ran it on every folder (docs/reading-history.md, "Session 9 scope round").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCases, type GoldObservation } from './score.js';

/** Whether a gold observation carries goods from Russia (the reader's outOfScope, on the gold's fields). */
export function fromRussia(o: GoldObservation): boolean {
  if (o.flow === 'export') return o.reporter === 'RUS';
  return (o.flow === 'import' || o.flow === 'supply') && o.partner === 'RUS' && o.reporter !== 'RUS';
}

const NOTE = [
  'Session 9 scope round: moved from observations to ignored as goods FROM Russia (docs/curation.md,',
  '"Scope of observations": the dataset keeps figures on supplies to Russia; a curator deletes Russia\'s',
  "exports and other countries' imports from Russia). Their reading as observations was",
  '(indicator reporter ← partner):',
];

/** The gold file's text with these observations moved to `ignored` (quotes at their first occurrence). */
export function moveToIgnored(source: string, moved: readonly GoldObservation[]): string {
  const quotes = moved.map((o) => o.quote);
  const out: string[] = [];
  let section = '';
  let skipping = false;
  for (const l of source.split('\n')) {
    const top = /^([a-z_]+):/.exec(l);
    if (top) [section, skipping] = [top[1]!, false];
    if (section === 'observations' && /^ {2}- /.test(l)) {
      const q = /^ {2}- quote:\s*(.*)$/.exec(l);
      skipping = q !== null && quotes.includes(String(parse(q[1]!)));
    }
    if (!(section === 'observations' && skipping)) out.push(l);
  }
  let text = out.join('\n').replace(/^observations:\n(?=[a-z_]+:|$)/m, 'observations: []\n');
  const items = quotes.map((q) => JSON.stringify(q));
  const block = items.map((i) => `  - ${i}`).join('\n');
  if (/^ignored:\s*\[\s*\]\s*$/m.test(text)) text = text.replace(/^ignored:\s*\[\s*\]\s*$/m, () => `ignored:\n${block}`);
  else if (/^ignored:\s*\[.*\]\s*$/m.test(text))
    text = text.replace(/^(ignored:\s*\[.*)\]\s*$/m, (_a, b: string) => `${b}, ${items.join(', ')}]`);
  else if (/^ignored:\s*$/m.test(text)) {
    const at = text.search(/^ignored:\s*$/m);
    let end = text.indexOf('\n', at) + 1;
    while (end > 0 && end < text.length && /^ {2}- /.test(text.slice(end))) {
      const n = text.indexOf('\n', end);
      end = n < 0 ? text.length : n + 1;
    }
    text = `${text.slice(0, end)}${block}\n${text.slice(end)}`;
  } else text = `${text.replace(/\n*$/, '\n')}ignored:\n${block}`;
  const note = [
    ...NOTE,
    ...moved.map((o) => `  ${o.quote}: ${o.indicator} ${o.reporter ?? '—'} ← ${o.partner ?? '—'}${o.product ? ` (${o.product})` : ''}`),
  ]
    .map((l) => `# ${l}`)
    .join('\n');
  const lines = text.split('\n');
  lines.splice(
    lines.findIndex((l) => !l.startsWith('#')),
    0,
    note,
  );
  return lines.join('\n').replace(/\n*$/, '\n');
}

/** Check that the move changed nothing else: the same claims, the kept observations, the ignored list grown by the moved quotes. */
function check(before: string, after: string, moved: readonly GoldObservation[], name: string): void {
  const b = parse(before);
  const a = parse(after);
  const kept = (b.observations ?? []).filter((o: { quote: unknown }) => !moved.some((m) => m.quote === String(o.quote)));
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (
    !same(kept, a.observations ?? []) ||
    !same(b.claims, a.claims) ||
    !same([...(b.ignored ?? []), ...moved.map((m) => m.quote)], a.ignored)
  )
    throw new Error(`${name}: the move would change more than the moved observations`);
}

if (process.argv[1]?.endsWith('scopeGold.ts')) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: npx tsx tests/read/scopeGold.ts FOLDER [--write]');
  const dir = join(import.meta.dirname, 'devset', folder);
  let files = 0;
  let total = 0;
  for (const c of loadCases(dir)) {
    const moved = c.gold.observations.filter(fromRussia);
    if (moved.some((o) => (o.occurrence ?? 1) > 1)) throw new Error(`${c.name}: a quote past its first occurrence; move it by hand`);
    if (moved.length === 0) continue;
    const file = join(dir, `${c.name}.gold.yaml`);
    const before = readFileSync(file, 'utf8');
    const after = moveToIgnored(before, moved);
    check(before, after, moved, c.name);
    if (process.argv.includes('--write')) writeFileSync(file, after);
    files++;
    total += moved.length;
  }
  process.stdout.write(
    `${folder}: ${total} gold observation(s) on goods from Russia in ${files} file(s)${process.argv.includes('--write') ? ', moved to ignored' : ''}\n`,
  );
}
