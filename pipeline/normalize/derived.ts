/**
 * Derived observations: each formula parsed (no eval) and evaluated with interval arithmetic
 * over the intervals of the observations it names — curated or derived, in any source —
 * in dependency order, with unknown ids and cycles reported.
 */
import { closest } from 'fastest-levenshtein';
import { messages } from '../core/messages.js';
import type { ObservationsRow } from '../model/index.js';
import type { AnnotationDerived } from '../types/tables.js';
import type { Origins } from '../model/origins.js';
import { entries, locate, rawEntries, type SourceContext } from './context.js';
import { DivisionByZero, FormulaSyntaxError, evaluateFormula, formulaIds, parseFormula, type Formula } from './formula.js';
import { hedgeOf, type Interval } from './interval.js';
import { parsePeriod } from '../model/period.js';

interface Pending {
  ctx: SourceContext;
  entry: AnnotationDerived;
  path: (string | number)[];
  formula: Formula;
  deps: string[];
}

const intervalOf = (r: ObservationsRow): Interval => ({
  value: r.value,
  low: r.value_low,
  high: r.value_high,
  lowInclusive: r.low_inclusive,
  highInclusive: r.high_inclusive,
});

export function derivedObservations(
  contexts: readonly SourceContext[],
  curated: readonly ObservationsRow[],
  origins: Origins,
): ObservationsRow[] {
  const pending = new Map<string, Pending>();
  for (const ctx of contexts) {
    for (const [entry, i] of entries(ctx, 'derived')) {
      const path = ['derived', i];
      try {
        const formula = parseFormula(entry.formula);
        pending.set(entry.id, { ctx, entry, path, formula, deps: formulaIds(formula) });
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        ctx.problems.push(messages.formulaSyntax(locate(ctx, [...path, 'formula']), entry.formula, e.position, e.detail));
      }
    }
  }
  const known = new Map(curated.map((r) => [r.observation_id, r] as const));
  // Entries that failed their schema still declare their id (a null or a scalar entry declares none).
  const idOf = (o: unknown): unknown => (o as { id?: unknown } | null)?.id;
  const declared = new Set(
    contexts.flatMap((c) =>
      rawEntries(c, 'observations')
        .map(idOf)
        .filter((id): id is string => typeof id === 'string'),
    ),
  );
  const allIds = [...known.keys(), ...pending.keys()];
  const done = new Map<string, ObservationsRow | null>(); // null: failed, dependants skip quietly
  const visiting: string[] = [];

  const resolve = (id: string): ObservationsRow | null => {
    if (known.has(id)) return known.get(id)!;
    if (done.has(id)) return done.get(id)!;
    const p = pending.get(id)!;
    const cycleAt = visiting.indexOf(id);
    if (cycleAt >= 0) {
      p.ctx.problems.push(messages.formulaCycle(locate(p.ctx, [...p.path, 'formula']), [...visiting.slice(cycleAt), id]));
      done.set(id, null);
      return null;
    }
    visiting.push(id);
    let ok = true;
    for (const dep of p.deps) {
      if (!known.has(dep) && !pending.has(dep)) {
        // An observation that failed to build was reported already; only unknown ids are news.
        if (declared.has(dep)) {
          ok = false;
          continue;
        }
        p.ctx.problems.push(
          messages.formulaUnknownId(locate(p.ctx, [...p.path, 'formula']), dep, allIds.length ? closest(dep, allIds) : undefined),
        );
        ok = false;
      } else if (resolve(dep) === null) ok = false;
    }
    visiting.pop();
    if (done.has(id)) return done.get(id)!; // set by a cycle report further down
    const row = ok ? evaluate(p, (dep) => intervalOf(resolve(dep)!), origins) : null;
    done.set(id, row);
    return row;
  };

  const out: ObservationsRow[] = [];
  for (const id of pending.keys()) {
    const row = resolve(id);
    if (row && !out.includes(row)) out.push(row);
  }
  return out;
}

function evaluate(p: Pending, lookup: (id: string) => Interval, origins: Origins): ObservationsRow | null {
  const { ctx, entry, path } = p;
  const period = parsePeriod(entry.period);
  if ('error' in period) {
    ctx.problems.push(messages.invalidPeriod(locate(ctx, [...path, 'period']), entry.period, period.error));
    return null;
  }
  let iv: Interval;
  try {
    iv = evaluateFormula(p.formula, lookup);
  } catch (e) {
    if (!(e instanceof DivisionByZero)) throw e;
    ctx.problems.push(messages.formulaDivisionByZero(locate(ctx, [...path, 'formula']), entry.formula));
    return null;
  }
  // A result past the largest double (or NaN) would reach the row as null, and the schema would
  // report "null must be a number": say which formula and inputs gave it.
  if (iv.value !== null && !Number.isFinite(iv.value)) {
    const inputs = Object.fromEntries(formulaIds(p.formula).map((id) => [id, lookup(id).value]));
    ctx.problems.push(messages.formulaNotFinite(locate(ctx, [...path, 'formula']), entry.formula, iv.value, inputs));
    return null;
  }
  const row: ObservationsRow = {
    observation_id: entry.id,
    source_id: ctx.source.id,
    indicator: entry.indicator,
    reporter: entry.reporter,
    partner: entry.partner,
    product: entry.product,
    period: period.period,
    period_start: period.start,
    period_end: period.end,
    value: iv.value,
    unit: entry.unit,
    hedge: hedgeOf(iv),
    value_low: iv.low,
    value_high: iv.high,
    low_inclusive: iv.lowInclusive,
    high_inclusive: iv.highInclusive,
    override_reason: null,
    attributed_to: entry.attributed_to ?? null,
    method: 'derived',
    formula: entry.formula.trim().replace(/\s+/g, ' '),
    mention_id: null,
    quote: null,
    start: null,
    end: null,
    sentence: null,
    note: entry.note ?? null,
    first_release: ctx.version,
    last_changed: ctx.version,
  };
  origins.set(row, {
    doc: ctx.annotation.doc,
    path,
    keys: {
      observation_id: 'id',
      period_start: 'period',
      period_end: 'period',
      value: 'formula',
      hedge: 'formula',
      value_low: 'formula',
      value_high: 'formula',
      source_id: null,
      method: null,
    },
  });
  return row;
}
