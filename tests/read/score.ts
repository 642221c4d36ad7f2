/**
 * Scoring the reader against gold readings, field by field. A gold statistic is matched to the
 * reader's observation whose span overlaps its quote; a gold claim to the reader's claim that
 * overlaps it. Strings are compared normalized (case, articles, punctuation, diacritics); a gold
 * field may list several acceptable phrasings, written with the gold before any scoring.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  annotationProduct,
  buildLexicon,
  readText,
  type Lexicon,
  type ReadClaim,
  type Reading,
  type ReadObservation,
  type ReaderVocab,
  type SourceContext,
} from '../../pipeline/read/index.js';
import { normalizeText } from '../../pipeline/core/text.js';
import { parsePeriod } from '../../pipeline/model/period.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export function loadVocab(root = ROOT): ReaderVocab {
  const y = (f: string) => parse(readFileSync(join(root, 'raw', 'vocab', f), 'utf8'));
  return { indicators: y('indicators.yaml'), goods: y('goods.yaml'), countries: y('countries.yaml') };
}

type Alternatives = string | string[] | null;

export interface GoldObservation {
  quote: string;
  occurrence?: number;
  indicator: string | null;
  measure: string;
  flow: string;
  reporter: string | null;
  partner: string | null;
  product: string | null;
  period: string | null;
  hedge: string;
  attributed_to: Alternatives;
  /** The value with its sign (a fall is negative), checked only where the gold gives it. */
  value?: number;
}

export interface GoldClaim {
  quote: string;
  /** Each supplier with its acceptable names. */
  supplier: (string | string[])[];
  recipient: Alternatives;
  goods: string | null;
  certainty: string;
  claimant: Alternatives;
  share?: string | null;
}

export interface Gold {
  observations: GoldObservation[];
  claims: GoldClaim[];
  ignored: string[];
}

export interface Case {
  name: string;
  text: string;
  gold: Gold;
  /** What the text's sidecar says (curated sources): the reader is given it, as suggest gives it. */
  source?: SourceContext;
  /** Gold in the annotation's terms (curated sources): the reading is compared as suggest drafts it (annotationTerms.ts). */
  annotationTerms?: boolean;
}

/** A devset text and its gold file: the name, the normalized text, the gold's path and its YAML as written. */
export interface GoldFile {
  name: string;
  text: string;
  file: string;
  yaml: string;
}

/** The texts of a devset folder with their gold files, in name order. */
export function goldFiles(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const file = join(dir, `${name}.gold.yaml`);
      return { name, text: normalizeText(readFileSync(join(dir, f), 'utf8')), file, yaml: readFileSync(file, 'utf8') };
    });
}

export function loadCases(dir: string): Case[] {
  return goldFiles(dir).map(({ name, text, yaml }) => {
    const gold = parse(yaml) as Gold;
    return { name, text, gold: { observations: gold.observations ?? [], claims: gold.claims ?? [], ignored: gold.ignored ?? [] } };
  });
}

/** Case, accents, apostrophes, leading articles and punctuation do not count. */
export function norm(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^a-z0-9']+/g, '-')
    .replace(/^-|-$/g, '');
}

export function accepts(gold: Alternatives, got: string | null): boolean {
  if (gold === null || gold === undefined) return got === null;
  const list = Array.isArray(gold) ? gold : [gold];
  return got !== null && list.some((g) => norm(g) === norm(got));
}

export function span(text: string, quote: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`gold quote not in text: ${quote}`);
  return { start: at, end: at + quote.length };
}

export function sameSuppliers(gold: readonly (string | string[])[], got: readonly string[]): boolean {
  if (gold.length !== got.length) return false;
  const left = [...got];
  for (const g of gold) {
    const i = left.findIndex((x) => accepts(g, x));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** Periods agree when they cover the same months: 2024-H1 is 2024-01/2024-06. */
function samePeriod(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const canon = (p: string) => {
    // An open period from a year starts in its January: "2023/.." and "2023-01/.." are one reading of "since 2023".
    if (p.endsWith('/..')) return /^\d{4}\/\.\.$/.test(p) ? `${p.slice(0, 4)}-01/..` : p;
    const r = parsePeriod(p);
    return 'error' in r ? p : r.period;
  };
  return canon(String(a)) === canon(String(b));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export const STAT_FIELDS = ['measure', 'flow', 'reporter', 'partner', 'product', 'period', 'hedge', 'attributed_to'] as const;
export const CLAIM_FIELDS = ['supplier', 'recipient', 'goods', 'certainty', 'claimant'] as const;

/** The sets whose misses may be read while tuning (tests/read/scoreDevset.ts names the others). */
export const TUNING_SETS = [
  'dev',
  'curated-tune',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
  'heldout13',
  'heldout14',
  'heldout15',
  'heldout16',
  'heldout17',
  'heldout18',
  'heldout19',
  'heldout20',
  'fresh',
] as const;

/**
 * Why a set's misses may not be printed, or null when they may: only a tuning set's misses are
 * read, so that the validation and test sets stay text nobody tuned on.
 */
export function missesRefused(set: string): string | null {
  if ((TUNING_SETS as readonly string[]).includes(set)) return null;
  return `"${set}" is not a tuning set: its misses are never read (print its totals without --misses or --only); tuning sets: ${TUNING_SETS.join(', ')}`;
}

/** Whether a drafted statistic's field agrees with the gold, as the score counts it. */
export function statisticFieldRight(f: (typeof STAT_FIELDS)[number], o: ReadObservation, g: GoldObservation): boolean {
  if (f === 'attributed_to') return accepts(g.attributed_to, o.attributed_to);
  if (f === 'period') return samePeriod(o.period, g.period);
  if (f === 'hedge' && g.hedge === '(extractor)') return true;
  return (o[f] ?? null) === (g[f] ?? null);
}

/** Which fields of a drafted claim agree with the gold, as the score counts them. */
export function claimFieldsRight(g: GoldClaim, r: ReadClaim): Record<(typeof CLAIM_FIELDS)[number], boolean> {
  return {
    supplier: sameSuppliers(g.supplier, r.supplier),
    recipient: accepts(g.recipient, r.recipient),
    goods: r.goods === g.goods,
    certainty: r.certainty === g.certainty,
    claimant: accepts(g.claimant, r.claimant),
  };
}

export interface Score {
  statistics: number;
  statisticsFound: number;
  statisticsAllRight: number;
  indicatorRight: number;
  statField: Record<string, number>;
  /** Statistics whose gold gives a value (with its sign) and the reader's differs. */
  valueWrong: number;
  claims: number;
  claimsFound: number;
  claimsAllRight: number;
  claimField: Record<string, number>;
  drafts: number;
  draftsToDelete: number;
  ignoredGold: number;
  ignoredRight: number;
  misses: string[];
}

export function emptyScore(): Score {
  return {
    statistics: 0,
    statisticsFound: 0,
    statisticsAllRight: 0,
    indicatorRight: 0,
    statField: Object.fromEntries(STAT_FIELDS.map((f) => [f, 0])),
    valueWrong: 0,
    claims: 0,
    claimsFound: 0,
    claimsAllRight: 0,
    claimField: Object.fromEntries(CLAIM_FIELDS.map((f) => [f, 0])),
    drafts: 0,
    draftsToDelete: 0,
    ignoredGold: 0,
    ignoredRight: 0,
    misses: [],
  };
}

export function scoreCase(c: Case, reading: Reading, into: Score = emptyScore()): Score {
  const usedObs = new Set<number>();
  for (const g of c.gold.observations) {
    into.statistics++;
    const gs = span(c.text, g.quote, g.occurrence);
    const i = reading.observations.findIndex((o, k) => !usedObs.has(k) && overlaps(o, gs));
    if (i < 0) {
      into.misses.push(`${c.name}: statistic "${g.quote}" not drafted`);
      continue;
    }
    usedObs.add(i);
    into.statisticsFound++;
    const o = reading.observations[i]!;
    if (o.indicator === g.indicator) into.indicatorRight++;
    else into.misses.push(`${c.name}: "${g.quote}" indicator ${o.indicator} ≠ ${g.indicator}`);
    let all = true;
    for (const f of STAT_FIELDS) {
      const ok = statisticFieldRight(f, o, g);
      if (ok) into.statField[f]!++;
      else {
        all = false;
        into.misses.push(`${c.name}: "${g.quote}" ${f} ${JSON.stringify(o[f])} ≠ ${JSON.stringify(g[f])}`);
      }
    }
    if (g.value !== undefined && (o.value === null || Math.abs(o.value - g.value) >= 0.05)) {
      all = false;
      into.valueWrong++;
      into.misses.push(`${c.name}: "${g.quote}" value ${JSON.stringify(o.value)} ≠ ${g.value}`);
    }
    if (all) into.statisticsAllRight++;
  }
  const usedClaims = new Set<number>();
  for (const g of c.gold.claims) {
    into.claims++;
    const gs = span(c.text, g.quote);
    const candidates = reading.claims.map((r, k) => ({ r, k })).filter(({ r, k }) => !usedClaims.has(k) && overlaps(r, gs));
    const pick = candidates.find(({ r }) => r.goods === g.goods) ?? candidates[0];
    if (!pick) {
      into.misses.push(`${c.name}: claim "${g.quote}" not drafted`);
      continue;
    }
    usedClaims.add(pick.k);
    into.claimsFound++;
    const r = pick.r;
    const results = claimFieldsRight(g, r);
    let all = true;
    for (const f of CLAIM_FIELDS) {
      if (results[f]) into.claimField[f]!++;
      else {
        all = false;
        into.misses.push(`${c.name}: claim "${g.quote.slice(0, 40)}" ${f} ${JSON.stringify(r[f])} ≠ ${JSON.stringify(g[f])}`);
      }
    }
    if (all) into.claimsAllRight++;
  }
  into.drafts += reading.observations.length + reading.claims.length;
  reading.observations.forEach((o, k) => {
    if (!usedObs.has(k)) {
      into.draftsToDelete++;
      into.misses.push(`${c.name}: extra observation "${o.quote}"`);
    }
  });
  reading.claims.forEach((r, k) => {
    if (!usedClaims.has(k)) {
      into.draftsToDelete++;
      into.misses.push(`${c.name}: extra claim "${r.quote.slice(0, 60)}"`);
    }
  });
  for (const q of c.gold.ignored) {
    into.ignoredGold++;
    const gs = span(c.text, q);
    if (!reading.observations.some((o) => overlaps(o, gs))) into.ignoredRight++;
  }
  return into;
}

export function scoreSet(cases: readonly Case[], lexicon: Lexicon = buildLexicon(loadVocab())): Score {
  const score = emptyScore();
  for (const c of cases) {
    const reading = readText(c.text, lexicon, undefined, c.source);
    if (c.annotationTerms) for (const o of reading.observations) o.product = annotationProduct(o);
    scoreCase(c, reading, score);
  }
  return score;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

export function formatScore(label: string, s: Score): string {
  const lines = [
    `${label}`,
    `  statistics with every field right: ${s.statisticsAllRight}/${s.statistics} = ${pct(s.statisticsAllRight, s.statistics)} (drafted ${s.statisticsFound}; indicator right ${pct(s.indicatorRight, s.statistics)})`,
    `    per field: ${STAT_FIELDS.map((f) => `${f} ${pct(s.statField[f]!, s.statistics)}`).join(', ')}${s.valueWrong > 0 ? `; value (sign) wrong ${s.valueWrong}` : ''}`,
    `  claims with every field right: ${s.claimsAllRight}/${s.claims} = ${pct(s.claimsAllRight, s.claims)} (drafted ${s.claimsFound})`,
    `    per field: ${CLAIM_FIELDS.map((f) => `${f} ${pct(s.claimField[f]!, s.claims)}`).join(', ')}`,
    `  drafts a curator would delete: ${s.draftsToDelete}/${s.drafts} = ${pct(s.draftsToDelete, s.drafts)}`,
    `  gold-ignored mentions left out: ${s.ignoredRight}/${s.ignoredGold}`,
  ];
  return lines.join('\n');
}
