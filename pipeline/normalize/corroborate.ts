/**
 * Corroboration across sources: which figures and claims of different sources speak to the
 * same supply — same importer (reporter), partner country, goods (or a category and the wider
 * one it belongs to: "missiles" within "arms") and kind of measure, over overlapping periods —
 * and whether they agree. Pure: published rows in, `corroborations` rows
 * out (schemas/corroborations.schema.json), both directions of every pair, sorted.
 *
 * Qualitative shares ("the overwhelming majority") are compared through their definitional
 * bounds only (QUALITATIVE_SHARES): a majority is over 50% by definition; how far over "an
 * overwhelming majority" is, the words do not say, and we do not make it up. So "overwhelming
 * majority" agrees with "nearly 70%" and disagrees with "30%".
 *
 * A claim states no period; it is taken to speak of the 12 months up to its source's date
 * (published, else published_inferred) — the `window` relation — because the claims we carry are
 * in the present or present perfect ("are coming from China", "has been providing").
 */
import { byCodeUnit } from '../core/order.js';
import type { ClaimsRow, EntitiesRow, IndicatorsRow, ObservationsRow, SourcesRow } from '../model/index.js';
import type { CorroborationsRow } from '../types/tables.js';

export type QualitativeShare = NonNullable<ClaimsRow['share']>;

export interface Bounds {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** The ordinal vocabulary of qualitative shares, in order, with their definitional bounds (percent). */
export const QUALITATIVE_SHARES: readonly { share: QualitativeShare; words: string; bounds: Bounds }[] = [
  { share: 'minority', words: 'a minority (under 50%)', bounds: { low: 0, high: 50, lowInclusive: false, highInclusive: false } },
  { share: 'majority', words: 'a majority (over 50%)', bounds: { low: 50, high: 100, lowInclusive: false, highInclusive: true } },
  {
    share: 'overwhelming-majority',
    words: 'the overwhelming majority (over 50%)',
    bounds: { low: 50, high: 100, lowInclusive: false, highInclusive: true },
  },
  { share: 'nearly-all', words: 'nearly all (over 50%)', bounds: { low: 50, high: 100, lowInclusive: false, highInclusive: true } },
  { share: 'all', words: 'all (100%)', bounds: { low: 100, high: 100, lowInclusive: true, highInclusive: true } },
];

export interface CorroborationInput {
  observations: readonly ObservationsRow[];
  claims: readonly ClaimsRow[];
  entities: readonly EntitiesRow[];
  indicators: readonly IndicatorsRow[];
  sources: readonly SourcesRow[];
  /** Each goods id's wider category (raw/vocab/goods.yaml `broader`), if any. */
  broader?: ReadonlyMap<string, string>;
}

type Measure = CorroborationsRow['measure'];

/** A figure or a claim, reduced to what corroboration compares. */
interface Statement {
  table: 'observations' | 'claims';
  id: string;
  source: string;
  reporter: string;
  partners: string[];
  product: string;
  measure: Measure;
  indicator: string | null;
  unit: string | null;
  start: string;
  end: string;
  /** False for a claim: its period is the window before its source's date. */
  dated: boolean;
  bounds: Bounds | null;
  qualitative: boolean;
  denied: boolean;
  label: string;
}

const pctOrUnit = (v: number, unit: string | null): string => {
  if (unit === 'percent') return `${v}%`;
  if (unit === 'ratio') return `${v}×`;
  const scaled = Math.abs(v) >= 1e9 ? `${v / 1e9} billion` : Math.abs(v) >= 1e6 ? `${v / 1e6} million` : String(v);
  return unit ? `${scaled} ${unit}` : scaled;
};

export function boundsText(b: Bounds, unit: string | null): string {
  if (b.low !== null && b.high !== null) {
    if (b.low === b.high) return pctOrUnit(b.low, unit);
    const lo = unit === 'percent' ? String(b.low) : pctOrUnit(b.low, unit);
    return `${b.lowInclusive ? '' : 'over '}${lo}–${b.highInclusive ? '' : 'under '}${pctOrUnit(b.high, unit)}`;
  }
  if (b.low !== null) return `${b.lowInclusive ? 'at least' : 'over'} ${pctOrUnit(b.low, unit)}`;
  if (b.high !== null) return `${b.highInclusive ? 'at most' : 'under'} ${pctOrUnit(b.high, unit)}`;
  return 'unbounded';
}

/** Whether two intervals share at least one point (open ends and exclusive bounds respected). */
export function overlaps(a: Bounds, b: Bounds): boolean {
  const lo = (x: Bounds) => x.low ?? -Infinity;
  const hi = (x: Bounds) => x.high ?? Infinity;
  const low = Math.max(lo(a), lo(b));
  const high = Math.min(hi(a), hi(b));
  if (low < high) return true;
  if (low > high) return false;
  const inA = (lo(a) < low || a.lowInclusive) && (hi(a) > high || a.highInclusive);
  const inB = (lo(b) < low || b.lowInclusive) && (hi(b) > high || b.highInclusive);
  return inA && inB;
}

/** The ISO date `months` months before `date` plus one day: the start of a window ending on `date`. */
function windowStart(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 - months, d + 1));
  return t.toISOString().slice(0, 10);
}

const WINDOW_MONTHS = 12;

function observationStatement(o: ObservationsRow, measures: ReadonlyMap<string, string>): Statement | undefined {
  const measure = measures.get(o.indicator);
  if (measure !== 'share' && measure !== 'level' && measure !== 'growth') return undefined;
  const bounds: Bounds = {
    low: o.value_low,
    high: o.value_high,
    lowInclusive: o.low_inclusive ?? true,
    highInclusive: o.high_inclusive ?? true,
  };
  const words = o.quote ?? `${o.observation_id} (${o.method})`;
  return {
    table: 'observations',
    id: o.observation_id,
    source: o.source_id,
    reporter: o.reporter,
    partners: [o.partner],
    product: o.product,
    measure,
    indicator: o.indicator,
    unit: o.unit,
    start: o.period_start,
    end: o.period_end,
    dated: true,
    bounds,
    qualitative: false,
    denied: false,
    label: `${words} (${boundsText(bounds, o.unit)}, ${o.period})`,
  };
}

function claimStatement(
  c: ClaimsRow,
  countryOf: ReadonlyMap<string, string | null>,
  dateOf: ReadonlyMap<string, string | null>,
): Statement | undefined {
  const reporter = countryOf.get(c.recipient) ?? null;
  const partners = [...new Set(c.supplier.map((s) => countryOf.get(s) ?? null).filter((x): x is string => x !== null))].sort();
  const date = dateOf.get(c.source_id) ?? null;
  if (reporter === null || partners.length === 0 || c.goods === null || date === null) return undefined;
  const q = c.share ? QUALITATIVE_SHARES.find((s) => s.share === c.share) : undefined;
  const denied = c.certainty === 'denied';
  return {
    table: 'claims',
    id: c.claim_id,
    source: c.source_id,
    reporter,
    partners,
    product: c.goods,
    measure: q ? 'share' : 'supply',
    indicator: null,
    unit: q ? 'percent' : null,
    start: windowStart(date, WINDOW_MONTHS),
    end: date,
    dated: false,
    bounds: q ? q.bounds : null,
    qualitative: q !== undefined,
    denied,
    label: q ? q.words : `${c.certainty} supply`,
  };
}

/**
 * The goods two statements share: the same id, or the wider of a category and the one it belongs
 * to (a claim of ballistic missiles and one of arms speak of the same supply, at two levels of detail).
 */
function sharedProduct(a: Statement, b: Statement, broader: ReadonlyMap<string, string>): string | undefined {
  if (a.product === b.product) return a.product;
  if (broader.get(a.product) === b.product) return b.product;
  if (broader.get(b.product) === a.product) return a.product;
  return undefined;
}

/** Same or nested goods, importer and a common partner; a measure and unit that can be compared; overlapping periods. */
function comparable(a: Statement, b: Statement, broader: ReadonlyMap<string, string>): boolean {
  if (a.source === b.source || a.reporter !== b.reporter || sharedProduct(a, b, broader) === undefined) return false;
  if (!a.partners.some((p) => b.partners.includes(p))) return false;
  if (a.measure !== b.measure && a.measure !== 'supply' && b.measure !== 'supply') return false;
  if (a.start > b.end || b.start > a.end) return false;
  // A level or a growth counts only over the same period and in the same unit.
  if ((a.measure === 'level' || a.measure === 'growth') && a.measure === b.measure) {
    return a.unit === b.unit && a.start === b.start && a.end === b.end;
  }
  return true;
}

function row(subject: Statement, support: Statement, product: string): CorroborationsRow {
  const partners = subject.partners.filter((p) => support.partners.includes(p));
  const period_relation =
    !subject.dated || !support.dated ? 'window' : subject.start === support.start && subject.end === support.end ? 'same' : 'overlap';
  const measure: Measure = subject.measure === 'supply' ? support.measure : subject.measure;
  let comparison: CorroborationsRow['comparison'];
  let agree: boolean;
  let why: string;
  if (subject.denied !== support.denied) {
    comparison = 'supply';
    agree = false;
    why = 'one denies the supply the other states';
  } else if (subject.bounds && support.bounds) {
    comparison = subject.qualitative || support.qualitative ? 'qualitative' : 'interval';
    agree = overlaps(subject.bounds, support.bounds);
    why = agree ? 'compatible' : 'incompatible: the intervals do not overlap';
  } else {
    comparison = 'supply';
    agree = true;
    why = subject.denied
      ? 'both deny the supply'
      : subject.bounds || support.bounds
        ? 'both state the supply; only one gives a quantity'
        : 'both state the supply';
  }
  const notes: string[] = [];
  if (subject.indicator && support.indicator && subject.indicator !== support.indicator)
    notes.push(`different indicators: ${subject.indicator} vs ${support.indicator}`);
  if (subject.product !== support.product) notes.push(`different goods: ${subject.product} vs ${support.product}, compared as ${product}`);
  if (period_relation === 'window') notes.push(`a claim without a period is read as the ${WINDOW_MONTHS} months to its source's date`);
  return {
    corroboration_id: `${subject.id}--${support.id}`,
    subject_table: subject.table,
    subject_id: subject.id,
    subject_source: subject.source,
    support_table: support.table,
    support_id: support.id,
    support_source: support.source,
    reporter: subject.reporter,
    partners: partners as [string, ...string[]],
    product,
    measure,
    period_relation,
    comparison,
    agreement: agree ? 'agree' : 'disagree',
    basis: `${subject.label} vs ${support.label}: ${why}${notes.length ? ` (${notes.join('; ')})` : ''}`,
  };
}

export function corroborate(input: CorroborationInput): CorroborationsRow[] {
  const measures = new Map(input.indicators.map((i) => [i.indicator_id, i.measure] as const));
  const countryOf = new Map(input.entities.map((e) => [e.entity_id, e.country] as const));
  const dateOf = new Map(input.sources.map((s) => [s.source_id, s.published ?? s.published_inferred] as const));
  const statements = [
    ...input.observations.map((o) => observationStatement(o, measures)),
    ...input.claims.map((c) => claimStatement(c, countryOf, dateOf)),
  ].filter((s): s is Statement => s !== undefined);
  const rows: CorroborationsRow[] = [];
  const broader = input.broader ?? new Map<string, string>();
  for (const a of statements)
    for (const b of statements) if (a !== b && comparable(a, b, broader)) rows.push(row(a, b, sharedProduct(a, b, broader)!));
  const key = (r: CorroborationsRow) => `${r.subject_id}\u0000${r.support_id}\u0000${r.subject_table}\u0000${r.support_table}`;
  return rows.sort((x, y) => byCodeUnit(key(x), key(y)));
}
