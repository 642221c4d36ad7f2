/**
 * Curated observations of one source: each quote resolved to its offsets and joined with the
 * one extracted mention it holds. Value, unit, hedge and interval are the extractor's reading
 * of those words, unless the annotation overrides them — with a reason, which is published.
 */
import { invisibleCharacters } from '../core/invisibleCharacters.js';
import { messages } from '../core/messages.js';
import type { MentionsRow, ObservationsRow } from '../model/index.js';
import type { AnnotationObservation } from '../types/tables.js';
import type { Origins } from '../model/origins.js';
import { entries, locate, mentionsIn, pin, selector, type SourceContext } from './context.js';
import { hedgeInterval, inclusivity } from './interval.js';
import { STATISTIC_KINDS } from './mentionRows.js';
import { parsePeriod } from '../model/period.js';

/** Observation rows, plus which mention each one used (mention id → annotation path). */
export function curatedObservations(ctx: SourceContext, origins: Origins, used: Map<string, (string | number)[]>): ObservationsRow[] {
  const rows: ObservationsRow[] = [];
  for (const [o, i] of entries(ctx, 'observations')) {
    const path = ['observations', i];
    const pinned = pin(ctx, selector(o), path);
    if (!pinned) continue;
    // Before the mentions are read: a zero-width space splits "$4\u200b5 million" into two.
    const hidden = invisibleCharacters(pinned.quote);
    if (hidden.length > 0) ctx.problems.push(messages.invisibleCharInFigure(locate(ctx, [...path, 'quote']), pinned.quote, hidden));
    const figures = mentionsIn(ctx, pinned.start, pinned.end).filter((m) => STATISTIC_KINDS.has(m.kind));
    let mention: MentionsRow | undefined;
    if (figures.length === 1) mention = figures[0];
    else if (figures.length > 1) {
      ctx.problems.push(
        messages.quoteSeveralMentions(
          locate(ctx, [...path, 'quote']),
          o.quote,
          figures.map((m) => m.text),
        ),
      );
      continue;
    } else if (!fullOverride(o)) {
      ctx.problems.push(messages.quoteNoMention(locate(ctx, [...path, 'quote']), o.quote));
      continue;
    }
    if (mention) {
      // One figure stated once backs one observation: a second (another period, say) is a
      // curation slip unless the text means both; worth a look either way.
      const first = used.get(mention.mention_id);
      if (first && first[0] === 'observations')
        ctx.problems.push(messages.figureUsedTwice(locate(ctx, [...path, 'quote']), mention.text, locate(ctx, first)));
      used.set(mention.mention_id, path);
    }
    const period = parsePeriod(o.period);
    if ('error' in period) {
      ctx.problems.push(messages.invalidPeriod(locate(ctx, [...path, 'period']), o.period, period.error));
      continue;
    }
    const v = reading(o, mention);
    if (v.unit === null) {
      // Reported here, at the observation, rather than as the row's schema error on a null unit.
      ctx.problems.push(messages.observationNoUnit(locate(ctx, [...path, 'quote']), mention?.text ?? o.quote));
      continue;
    }
    const inc = inclusivity(v.hedge, v.low, v.high);
    const row: ObservationsRow = {
      observation_id: o.id,
      source_id: ctx.source.id,
      indicator: o.indicator,
      reporter: o.reporter,
      partner: o.partner,
      product: o.product,
      period: period.period,
      period_start: period.start,
      period_end: period.end,
      value: v.value,
      unit: v.unit,
      hedge: v.hedge,
      value_low: v.low,
      value_high: v.high,
      low_inclusive: inc.lowInclusive,
      high_inclusive: inc.highInclusive,
      override_reason: o.override?.reason ?? null,
      attributed_to: o.attributed_to ?? null,
      method: 'curated',
      formula: null,
      mention_id: mention?.mention_id ?? null,
      quote: pinned.quote,
      start: pinned.start,
      end: pinned.end,
      sentence: pinned.sentence,
      note: o.note ?? null,
      first_release: ctx.version,
      last_changed: ctx.version,
    };
    rows.push(row);
    origins.set(row, {
      doc: ctx.annotation.doc,
      path,
      keys: {
        observation_id: 'id',
        period_start: 'period',
        period_end: 'period',
        value: 'quote',
        hedge: 'quote',
        value_low: 'quote',
        value_high: 'quote',
        unit: o.unit !== undefined ? 'unit' : 'quote',
        mention_id: 'quote',
        start: 'quote',
        end: 'quote',
        sentence: 'quote',
        source_id: null,
        method: null,
        formula: null,
      },
    });
  }
  return rows;
}

/** An override that states the figure completely needs no extracted mention. */
function fullOverride(o: AnnotationObservation): boolean {
  const ov = o.override;
  return !!ov && ov.value !== undefined && ov.unit !== undefined && ov.hedge !== undefined;
}

interface Reading {
  value: number | null;
  unit: string | null;
  hedge: ObservationsRow['hedge'];
  low: number | null;
  high: number | null;
}

/** The mention's reading of the figure, with the annotation's override applied. */
function reading(o: AnnotationObservation, m: MentionsRow | undefined): Reading {
  const ov = o.override ?? { reason: '' };
  const value = ov.value !== undefined ? ov.value : (m?.value ?? null);
  const hedge = ov.hedge ?? m?.hedge ?? 'exact';
  const unit = ov.unit ?? o.unit ?? m?.unit ?? null;
  // A new value or hedge without explicit bounds gets the policy interval (docs/interval-policy.md).
  const recompute = (ov.value !== undefined || ov.hedge !== undefined) && value !== null;
  const policy = recompute ? hedgeInterval(value, hedge) : undefined;
  const low = ov.value_low !== undefined ? ov.value_low : policy ? policy.low : (m?.value_low ?? null);
  const high = ov.value_high !== undefined ? ov.value_high : policy ? policy.high : (m?.value_high ?? null);
  return { value, unit, hedge, low, high };
}
