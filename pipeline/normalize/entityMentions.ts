/**
 * Every occurrence of each curated entity's name and aliases in a source text: whole words,
 * case-sensitive, longest match first, no overlaps — so "China" inside "North China Research
 * Institute of Electro-Optics" is a mention of the institute, not of the country. Where two
 * entities share a name ("China-based companies" in two sources), a source's mention goes to the
 * entity its own annotation lists, so adding a source never takes mentions from another.
 */
import { byCodeUnit } from '../core/order.js';
import type { EntitiesRow, EntityMentionsRow } from '../model/index.js';
import { occurrenceIds } from './mentionRows.js';
import { occurrences } from './resolveQuote.js';
import { sentenceIndexAt, type Span } from './sentences.js';

const WORD = /[\p{L}\p{N}]/u;

interface Candidate {
  entity: string;
  start: number;
  end: number;
}

export function entityMentions(
  sourceId: string,
  text: string,
  sentences: readonly Span[],
  entities: readonly Pick<EntitiesRow, 'entity_id' | 'name' | 'aliases'>[],
  own: ReadonlySet<string> = new Set(),
): EntityMentionsRow[] {
  const cands: Candidate[] = [];
  for (const e of entities) {
    for (const name of new Set([e.name, ...e.aliases])) {
      for (const s of occurrences(text, name)) {
        const end = s + name.length;
        // Whole words: no letter or digit right outside a name that starts or ends with one.
        if (s > 0 && WORD.test(name[0]!) && WORD.test(text[s - 1]!)) continue;
        if (end < text.length && WORD.test(name[name.length - 1]!) && WORD.test(text[end]!)) continue;
        cands.push({ entity: e.entity_id, start: s, end });
      }
    }
  }
  const foreign = (c: Candidate): number => (own.has(c.entity) ? 0 : 1);
  cands.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || foreign(a) - foreign(b) || byCodeUnit(a.entity, b.entity),
  );
  const taken: Candidate[] = [];
  for (const c of cands) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  taken.sort((a, b) => a.start - b.start);
  const ids = occurrenceIds(
    sourceId,
    taken.map((c) => c.entity),
  );
  return taken.map((c, i) => ({
    entity_mention_id: ids[i]!,
    entity_id: c.entity,
    source_id: sourceId,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentence: sentenceIndexAt(sentences, c.start),
  }));
}
