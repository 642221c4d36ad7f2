/**
 * Which figures a chart draws together, by rule, so that a new source's figures find their
 * chart without a chart module of their own (docs/site.md):
 *
 * - A series is the observations of one indicator, reporter, partner, product and unit over
 *   two or more distinct periods: one chart per series.
 * - A group of comparable figures is what the corroborations table compares by quantity
 *   (comparison `interval` or `qualitative`: two intervals, or a qualitative share's bounds
 *   against an interval), joined with observations that give the same indicator, reporter,
 *   partner, product and period in different sources; linked pairs are merged into groups
 *   (connected components), and a group is kept when its members come from two or more
 *   sources: one chart per group.
 *
 * Pure functions of the tables; the order of the output depends only on the rows' ids.
 */
import { byCodeUnit } from '../../core/order.js';
import type { ClaimsRow, CorroborationsRow, ObservationsRow } from '../../model/index.js';

/** The fields that make observations one series. */
export function seriesKey(o: ObservationsRow): string {
  return [o.indicator, o.reporter, o.partner, o.product, o.unit].join('|');
}

export interface Series {
  key: string;
  /** Sorted by period start, then id. */
  rows: ObservationsRow[];
}

const byStart = (a: ObservationsRow, b: ObservationsRow) =>
  byCodeUnit(a.period_start, b.period_start) || byCodeUnit(a.observation_id, b.observation_id);

/** Every series with two or more distinct periods, ordered by key. */
export function seriesOf(observations: readonly ObservationsRow[]): Series[] {
  const groups = new Map<string, ObservationsRow[]>();
  for (const o of observations) groups.set(seriesKey(o), [...(groups.get(seriesKey(o)) ?? []), o]);
  return [...groups]
    .filter(([, rows]) => new Set(rows.map((o) => o.period)).size >= 2)
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([key, rows]) => ({ key, rows: [...rows].sort(byStart) }));
}

export type Member = { table: 'observations'; row: ObservationsRow } | { table: 'claims'; row: ClaimsRow };

export interface ComparableGroup {
  /** Observations first, then claims, each by id. */
  members: Member[];
  /** Whether any corroboration between two members says they disagree. */
  disagree: boolean;
}

export interface ComparableInput {
  observations: readonly ObservationsRow[];
  claims: readonly ClaimsRow[];
  corroborations: readonly CorroborationsRow[];
}

/** Comparisons that set two quantities side by side (not stated supply against stated supply). */
export const QUANTITATIVE: ReadonlySet<CorroborationsRow['comparison']> = new Set(['interval', 'qualitative']);

const keyOf = (table: string, id: string) => `${table}:${id}`;

export const memberId = (m: Member): string => (m.table === 'observations' ? m.row.observation_id : m.row.claim_id);
export const memberSource = (m: Member): string => m.row.source_id;

/** The groups of comparable figures from two or more sources, ordered by their first member. */
export function comparableGroups(input: ComparableInput): ComparableGroup[] {
  const members = new Map<string, Member>();
  for (const row of input.observations) members.set(keyOf('observations', row.observation_id), { table: 'observations', row });
  for (const row of input.claims) members.set(keyOf('claims', row.claim_id), { table: 'claims', row });
  // Union-find over members; a pair links only when both ends are rows we have.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(byCodeUnit(ra, rb) < 0 ? rb : ra, byCodeUnit(ra, rb) < 0 ? ra : rb);
  };
  const disagreeing = new Set<string>();
  for (const c of input.corroborations) {
    if (!QUANTITATIVE.has(c.comparison)) continue;
    const a = keyOf(c.subject_table, c.subject_id);
    const b = keyOf(c.support_table, c.support_id);
    if (!members.has(a) || !members.has(b)) continue;
    union(a, b);
    if (c.agreement === 'disagree') disagreeing.add(a).add(b);
  }
  const same = new Map<string, string>();
  for (const o of input.observations) {
    const k = `${seriesKey(o)}|${o.period}`;
    const first = same.get(k);
    if (first === undefined) same.set(k, keyOf('observations', o.observation_id));
    else union(first, keyOf('observations', o.observation_id));
  }
  const groups = new Map<string, Member[]>();
  for (const k of [...parent.keys()].sort(byCodeUnit)) {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), members.get(k)!]);
  }
  const order = (a: Member, b: Member) => byCodeUnit(a.table, b.table) || byCodeUnit(memberId(a), memberId(b));
  return [...groups.values()]
    .filter((g) => new Set(g.map(memberSource)).size >= 2)
    .map((g) => {
      const sorted = [...g].sort((a, b) => (a.table === b.table ? order(a, b) : a.table === 'observations' ? -1 : 1));
      return { members: sorted, disagree: sorted.some((m) => disagreeing.has(keyOf(m.table, memberId(m)))) };
    })
    .sort((a, b) => byCodeUnit(memberId(a.members[0]!), memberId(b.members[0]!)));
}
