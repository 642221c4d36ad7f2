/**
 * Which of the reader's decisions gives the claims' wrong fields, over the tuning sets: for every
 * gold claim the reader drafted with a field wrong, the decision that gave that field (a speaker
 * named in the sentence, the actor of a sanction, a default when none is named — the statement's
 * speaker, the text's publisher, the speaker of the sentences before —; a supplier from the verb's
 * subject or from a possessive; certainty from a cue or by default), read from the claim's
 * evidence, counted by field × decision × set; with how often the decision was taken at all
 * (right or wrong), so that a decision that fails across sets stands out from one that is merely
 * common. For the claimant decided by default, what the gold names instead (none, a speaker of the
 * claim's sentence, a name of the text's opening, another name of the text):
 *
 *   npx tsx tests/read/auditClaims.ts [--top N] [--examples DECISION] [--undrafted] [--sets A,B]
 *
 * --undrafted lists every gold claim the reader drafts nothing for (no draft overlapping its quote),
 * with the gold's supplier, recipient, goods, certainty and claimant and the claim's sentence.
 *
 * Only tuning sets are read (docs/reading.md); the validation and test sets never.
 */
import { join } from 'node:path';
import { buildLexicon, readText, type ReadClaim, type Reading } from '../../pipeline/read/index.js';
import { curatedCases, curatedSplit } from './curated.js';
import { CLAIM_FIELDS, claimFieldsRight, loadCases, loadVocab, norm, span, TUNING_SETS, type Case, type GoldClaim } from './score.js';

export { TUNING_SETS };

type Field = (typeof CLAIM_FIELDS)[number];

/** Evidence rules grouped into the decisions they stand for, first match wins (the rule strings of pipeline/read/). */
const DECISIONS: Record<Field, [RegExp, string][]> = {
  claimant: [
    [/a speaker reported by another/, 'named: a speaker reported by another'],
    [/^speaker label/, 'named: a speaker label (transcript)'],
    [/\(a sentence before\)|\(the line introducing the list\)/, 'default: the speaker of a sentence before'],
    [/\(the sentence after\)|one speaker before/, 'default: a speaker around (next sentence, the one before)'],
    [/actor of a sanction or determination before/, 'default: the sanctioning actor of a sentence before'],
    [/actor of a sanction or determination of the text/, 'default: the sanctioning actor of the text'],
    [/actor of a sanction or determination/, 'named: the sanctioning actor of its sentence'],
    [/the speaker of the statement/, 'default: the statement’s speaker (heading, title)'],
    [
      /publisher|author of the text|body named alone|body the release is from|agency of the rule|readout is attributable|sender|letter/,
      'default: the text’s publisher or author',
    ],
    [/lead|release opening/, 'default: the body the lead names'],
    [/.*/, 'named: a verb or phrase of saying in its sentence'],
  ],
  supplier: [
    [/^fallback/, 'fallback: the subject before an unknown verb'],
    [/pronoun/, 'a pronoun'],
    [/relative clause/, 'subject: the phrase a relative clause describes'],
    [/subject of a supply verb/, 'subject: of the supply verb'],
    [/agent of a passive/, 'passive: the agent after "by"'],
    [/^from X|comes from|origin of|made by/, 'origin: "from X", "made by X", "comes from X"'],
    [/owner|’s|country whose trade|adjective/, 'possessive: "X’s support/exports", "Chinese sales"'],
    [/.*/, 'other'],
  ],
  recipient: [
    [/^\(none\)$/, 'none'],
    [/claim before|named before|paragraph/, 'default: carried from before'],
    [/^to X|^to a |^for X/, 'named: "to X"'],
    [/object of a supply verb/, 'named: the verb’s object'],
    [/subject of a receiving verb|owner of the subject/, 'named: the receiver'],
    [/buyers of that country/, 'named: "Russian buyers"'],
    [/.*/, 'inferred: the country the goods serve, and others'],
  ],
  goods: [
    [/^\(none\)$/, 'none'],
    [/does not know/, 'goods the vocabulary lacks'],
    [/one of the goods named together/, 'an item of a list'],
    [/^fallback/, 'fallback'],
    [/.*/, 'the goods named'],
  ],
  certainty: [
    [/^\(none\)$/, 'default: asserted'],
    [/negation|den/, 'cue: a negation (denied)'],
    [/hedg/, 'cue: a hedge (likely)'],
    [/determin|sanction/, 'cue: a determination or sanction (determined)'],
    [/.*/, 'cue: other'],
  ],
};

export function decisionOf(field: Field, claim: ReadClaim): string {
  const rule = claim.evidence[field === 'supplier' ? 'supplier' : field]?.rule ?? '(none)';
  if (field === 'claimant' && claim.claimant === null) return 'none: no speaker found';
  return DECISIONS[field].find(([re]) => re.test(rule))![1];
}

/** What a gold claimant is, for a claimant decided by default. */
function goldKind(c: Case, g: GoldClaim): string {
  if (g.claimant === null || g.claimant === undefined) return 'gold: none';
  const names = (Array.isArray(g.claimant) ? g.claimant : [g.claimant]).map((n) => norm(n)!).filter((n) => n.length > 1);
  const at = span(c.text, g.quote);
  const sentence = sentenceOf(c.text, at.start, at.end);
  const has = (s: string) => names.some((n) => norm(s)!.includes(n));
  if (has(sentence)) return 'gold: a name in the claim’s sentence';
  if (has(c.text.slice(0, 400))) return 'gold: a name in the text’s opening';
  if (has(c.text)) return 'gold: a name elsewhere in the text';
  return 'gold: a name not in the text (sidecar or entity)';
}

function sentenceOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.?!]\s$|\n$/.test(text.slice(Math.max(0, s - 2), s))) s--;
  let e = end;
  while (e < text.length && !/^[.?!](?:\s|$)|^\n/.test(text.slice(e, e + 2))) e++;
  return text.slice(s, e);
}

export interface Audit {
  /** field → decision → set → wrong fields. */
  wrong: Map<string, Map<string, number>>;
  /** field → decision → times taken (right or wrong). */
  taken: Map<string, number>;
  /** For claimant defaults: decision → what the gold names, when the decision was wrong. */
  goldOfDefaults: Map<string, Map<string, number>>;
  /** For every claimant decision: decision → what the gold names → [right, wrong]. */
  goldByDecision: Map<string, Map<string, [number, number]>>;
  notDrafted: Map<string, number>;
  /** Each gold claim with no draft overlapping its quote: set/text, the gold's fields and its sentence. */
  undrafted: string[];
  examples: Map<string, string[]>;
}

function byThisReader(): (c: Case) => Reading {
  const lexicon = buildLexicon(loadVocab());
  return (c) => readText(c.text, lexicon, undefined, c.source);
}

const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** `read`: another reader to audit (a past commit's, to see which decisions failed on text it had not seen). */
export function audit(sets: readonly string[], read: (c: Case) => Reading = byThisReader()): Audit {
  const a: Audit = {
    wrong: new Map(),
    taken: new Map(),
    goldOfDefaults: new Map(),
    goldByDecision: new Map(),
    notDrafted: new Map(),
    undrafted: [],
    examples: new Map(),
  };
  for (const set of sets) {
    const cases =
      set === 'curated-tune' ? curatedCases(undefined, curatedSplit().tune) : loadCases(join(import.meta.dirname, 'devset', set));
    for (const c of cases) {
      const reading = read(c);
      const used = new Set<number>();
      for (const g of c.gold.claims) {
        const gs = span(c.text, g.quote);
        const candidates = reading.claims
          .map((r, k) => ({ r, k }))
          .filter(({ r, k }) => !used.has(k) && r.start < gs.end && gs.start < r.end);
        const pick = candidates.find(({ r }) => r.goods === g.goods) ?? candidates[0];
        if (!pick) {
          bump(a.notDrafted, set);
          const who = [g.supplier, g.recipient, g.goods, g.certainty, g.claimant].map((v) => JSON.stringify(v)).join(' ');
          a.undrafted.push(`${set}/${c.name}: ${who}\n    ${sentenceOf(c.text, gs.start, gs.end).replace(/\s+/g, ' ').trim()}`);
          continue;
        }
        used.add(pick.k);
        const r = pick.r;
        const right = claimFieldsRight(g, r);
        const byKind = a.goldByDecision.get(decisionOf('claimant', r)) ?? new Map<string, [number, number]>();
        a.goldByDecision.set(decisionOf('claimant', r), byKind);
        const kind = goldKind(c, g);
        const rw = byKind.get(kind) ?? [0, 0];
        byKind.set(kind, rw);
        rw[right.claimant ? 0 : 1]++;
        for (const f of CLAIM_FIELDS) {
          const d = `${f} | ${decisionOf(f, r)}`;
          bump(a.taken, d);
          if (right[f]) continue;
          const row = a.wrong.get(d) ?? new Map<string, number>();
          a.wrong.set(d, row);
          bump(row, set);
          const ex = a.examples.get(d) ?? [];
          a.examples.set(d, ex);
          ex.push(`${set}/${c.name}: "${g.quote.slice(0, 70)}" ${JSON.stringify(r[f])} ≠ ${JSON.stringify(g[f])}`);
          if (f === 'claimant' && !d.includes('named:')) {
            const k = a.goldOfDefaults.get(d) ?? new Map<string, number>();
            a.goldOfDefaults.set(d, k);
            bump(k, kind);
          }
        }
      }
    }
  }
  return a;
}

export function report(a: Audit, sets: readonly string[], top: number): string {
  const total = (row: Map<string, number>) => [...row.values()].reduce((x, y) => x + y, 0);
  const rows = [...a.wrong].sort((x, y) => total(y[1]) - total(x[1]) || x[0].localeCompare(y[0])).slice(0, top);
  const out = [
    `| field | decision | wrong | taken | sets with a wrong one | ${sets.join(' | ')} |`,
    `|---|---|---|---|---|${sets.map(() => '---|').join('')}`,
  ];
  for (const [d, row] of rows) {
    const [field, decision] = d.split(' | ');
    out.push(
      `| ${field} | ${decision} | ${total(row)} | ${a.taken.get(d) ?? 0} | ${row.size} | ${sets.map((s) => row.get(s) ?? 0).join(' | ')} |`,
    );
  }
  out.push('', `claims not drafted: ${sets.map((s) => `${s} ${a.notDrafted.get(s) ?? 0}`).join(', ')}`, '');
  out.push('claimant decided by default and wrong: what the gold names instead');
  for (const [d, kinds] of a.goldOfDefaults)
    out.push(
      `  ${d.replace('claimant | ', '')}: ${[...kinds]
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  out.push('', 'every claimant decision: what the gold names (right/wrong)');
  for (const [d, kinds] of [...a.goldByDecision].sort((x, y) => x[0].localeCompare(y[0])))
    out.push(
      `  ${d}: ${[...kinds]
        .sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1])
        .map(([k, [r, w]]) => `${k.replace('gold: ', '')} ${r}/${w}`)
        .join(', ')}`,
    );
  return out.join('\n');
}

if (process.argv[1]?.endsWith('auditClaims.ts')) {
  const topAt = process.argv.indexOf('--top');
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 20;
  const exAt = process.argv.indexOf('--examples');
  const setsAt = process.argv.indexOf('--sets');
  const sets =
    setsAt > 0 ? process.argv[setsAt + 1]!.split(',').filter((s) => (TUNING_SETS as readonly string[]).includes(s)) : TUNING_SETS;
  const a = audit(sets);
  process.stdout.write(report(a, sets, top) + '\n');
  if (process.argv.includes('--undrafted')) process.stdout.write(`\nnot drafted\n${a.undrafted.map((u) => `  ${u}`).join('\n')}\n`);
  if (exAt > 0) {
    const want = process.argv[exAt + 1] ?? '';
    for (const [d, ex] of a.examples) if (d.includes(want)) process.stdout.write(`\n${d}\n${ex.map((e) => `  ${e}`).join('\n')}\n`);
  }
}
