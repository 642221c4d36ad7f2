/**
 * Entities: merged across the annotations of all sources (an entity shared by several sources
 * must be described the same way in each), each pinned to a quote in the first source that
 * annotates it — by default the first occurrence of its name, then of an alias.
 */
import { messages } from '../core/messages.js';
import type { EntitiesRow } from '../model/index.js';
import type { AnnotationEntity } from '../types/tables.js';
import type { Origins } from '../model/origins.js';
import { entries, locate, pin, selector, type SourceContext } from './context.js';
import { occurrences } from './resolveQuote.js';

/**
 * What every source must describe alike. Aliases are not among them: a source may add the forms
 * its text uses ("DPRK" for north-korea), and the entity publishes the union, in the order the
 * sources give them (issue 13, item 8).
 */
const SAME: (keyof AnnotationEntity)[] = ['name', 'type', 'country', 'role'];

export function entityRows(contexts: readonly SourceContext[], origins: Origins): EntitiesRow[] {
  const rows = new Map<string, { row: EntitiesRow; entry: AnnotationEntity; ctx: SourceContext; index: number }>();
  for (const ctx of contexts) {
    for (const [e, i] of entries(ctx, 'entities')) {
      const path = ['entities', i];
      const prior = rows.get(e.id);
      if (prior && prior.ctx === ctx) {
        ctx.problems.push(
          messages.duplicateId(locate(ctx, [...path, 'id']), 'entities', e.id, locate(ctx, ['entities', prior.index, 'id'])),
        );
        continue;
      }
      if (prior) {
        for (const k of SAME) {
          const a = JSON.stringify(prior.entry[k] ?? []);
          const b = JSON.stringify(e[k] ?? []);
          if (a !== b) ctx.problems.push(messages.entityConflict(locate(ctx, [...path, k]), e.id, k, prior.entry[k], e[k]));
        }
        for (const alias of e.aliases ?? []) if (!prior.row.aliases.includes(alias)) prior.row.aliases.push(alias);
        continue;
      }
      const sel = e.quote !== undefined ? selector(e as AnnotationEntity & { quote: string }) : defaultPin(ctx.source.text, e);
      const pinned = pin(ctx, sel, path);
      if (!pinned) continue;
      const row: EntitiesRow = {
        entity_id: e.id,
        name: e.name,
        type: e.type,
        country: e.country,
        role: e.role,
        aliases: [...(e.aliases ?? [])],
        source_id: ctx.source.id,
        quote: pinned.quote,
        start: pinned.start,
        end: pinned.end,
        // Entities are pinned in many sentences; from a copyrighted text these would add up to
        // most of it, so only public-domain sources publish them (docs/methodology.md, copyright).
        sentence: ctx.source.shownWhole ? pinned.sentence : null,
        note: e.note ?? null,
      };
      rows.set(e.id, { row, entry: e, ctx, index: i });
      origins.set(row, {
        doc: ctx.annotation.doc,
        path,
        keys: { entity_id: 'id', source_id: null, start: 'quote', end: 'quote', sentence: 'quote' },
      });
    }
  }
  return [...rows.values()].map((r) => r.row);
}

/** No explicit quote: the first occurrence of the name, else of the first alias that occurs. */
function defaultPin(text: string, e: AnnotationEntity): { quote: string; occurrence: number } {
  for (const name of [e.name, ...(e.aliases ?? [])]) if (occurrences(text, name).length > 0) return { quote: name, occurrence: 1 };
  return { quote: e.name, occurrence: 1 };
}
