/**
 * Measures draft-entity finding against the curated entities of every source in raw/:
 * the capitalized-sequence rule of pipeline/suggest/names.ts (with and without single words; and
 * with the country-word groups suggest adds, "Chinese companies") against the compromise NLP library (topics = people + places + organizations, and people +
 * organizations only). Not a test: run `npx tsx tests/suggest/measure-entities.ts` and read the
 * table (docs/adding-a-source.md quotes it).
 *
 * A prediction is right when one of its strings (name or aliases) equals a curated entity's name
 * or alias after normalization (case, possessive, a leading "the", punctuation at the ends).
 * Precision = right predictions / predictions; recall = curated entities found / curated entities.
 * "named" recall leaves out curated entities no capitalization can find (groups such as
 * "senior Biden administration officials", lower-case names such as "the officials").
 */
import { readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise';
import { parse } from 'yaml';
import { COUNTRY_ALIASES, DEMONYMS } from '../../pipeline/suggest/countries.js';
import { draftAnnotation } from '../../pipeline/suggest/draft.js';
import { findNames } from '../../pipeline/suggest/names.js';

interface Gold {
  id: string;
  type: string;
  strings: string[];
}

const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/['’]s\b/g, '')
    .replace(/^[\s“”"'‘’(),.;:—–-]+|[\s“”"'‘’(),.;:—–-]+$/g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

type System = (text: string) => string[][];
const countries = { ...COUNTRY_ALIASES, ...DEMONYMS };
const systems: Record<string, System> = {
  'capitalized rule': (t) => findNames(t, { countries }).map((c) => [c.name, ...c.aliases]),
  'capitalized rule, multi-word only': (t) => findNames(t, { countries, singleWords: false }).map((c) => [c.name, ...c.aliases]),
  // What suggest drafts without reusing known entities: names plus country-word groups.
  'suggest draft (rule + groups)': (t) =>
    draftAnnotation('x', t, [], { countries: [], goods: [], indicators: [], known: [] }).entities.map((e) => {
      const f = (k: string) => e.fields.find((x) => x.key === k)?.value;
      return [f('name') as string, ...((f('aliases') as string[]) ?? [])];
    }),
  'compromise topics()': (t) => dedupe(nlp(t).topics().out('array') as string[]),
  'compromise people()+organizations()': (t) =>
    dedupe([...(nlp(t).people().out('array') as string[]), ...(nlp(t).organizations().out('array') as string[])]),
};

function dedupe(names: string[]): string[][] {
  const seen = new Map<string, string>();
  for (const n of names) if (norm(n) && !seen.has(norm(n))) seen.set(norm(n), n);
  return [...seen.values()].map((n) => [n]);
}

function score(predictions: string[][], gold: Gold[]) {
  const found = new Set<string>();
  let right = 0;
  for (const p of predictions) {
    const ps = new Set(p.map(norm));
    const hits = gold.filter((g) => g.strings.some((s) => ps.has(norm(s))));
    if (hits.length > 0) right++;
    for (const h of hits) found.add(h.id);
  }
  return { right, predicted: predictions.length, found };
}

const root = new URL('../../', import.meta.url).pathname;
const ids = readdirSync(`${root}raw/annotations`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));
const rows: string[][] = [];
const totals = new Map<string, { right: number; predicted: number; found: number; gold: number; named: number; namedFound: number }>();
for (const id of ids) {
  const text = readFileSync(`${root}raw/sources/${id}.txt`, 'utf8').normalize('NFC');
  const ann = parse(readFileSync(`${root}raw/annotations/${id}.yaml`, 'utf8')) as {
    entities?: { id: string; name: string; type: string; aliases?: string[] }[];
  };
  const gold: Gold[] = (ann.entities ?? []).map((e) => ({ id: e.id, type: e.type, strings: [e.name, ...(e.aliases ?? [])] }));
  const named = gold.filter((g) => g.type !== 'group' && /^\p{Lu}|^[a-z]+\p{Lu}/u.test(g.strings[0]!));
  for (const [name, system] of Object.entries(systems)) {
    const s = score(system(text), gold);
    const t = totals.get(name) ?? { right: 0, predicted: 0, found: 0, gold: 0, named: 0, namedFound: 0 };
    t.right += s.right;
    t.predicted += s.predicted;
    t.found += s.found.size;
    t.gold += gold.length;
    t.named += named.length;
    t.namedFound += named.filter((g) => s.found.has(g.id)).length;
    totals.set(name, t);
    rows.push([id.slice(0, 28), name, `${s.right}/${s.predicted}`, `${s.found.size}/${gold.length}`]);
  }
}
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`);
console.log('per source: system, right/predicted, curated found/curated');
for (const r of rows) console.log(`  ${r[0]!.padEnd(30)} ${r[1]!.padEnd(38)} ${r[2]!.padStart(7)} ${r[3]!.padStart(7)}`);
console.log('\nall sources            precision         recall (all curated)   recall (named curated)   F1 (all)');
for (const [name, t] of totals) {
  const p = t.right / t.predicted;
  const r = t.found / t.gold;
  console.log(
    `  ${name.padEnd(38)} ${pct(t.right, t.predicted).padStart(4)} (${t.right}/${t.predicted})   ${pct(t.found, t.gold).padStart(4)} (${t.found}/${t.gold})          ${pct(t.namedFound, t.named).padStart(4)} (${t.namedFound}/${t.named})            ${((2 * p * r) / (p + r)).toFixed(2)}`,
  );
}
