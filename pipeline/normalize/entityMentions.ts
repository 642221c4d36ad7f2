/**
 * Every occurrence of each curated entity's name and aliases in a source text: whole words,
 * longest match first, no overlaps — so "China" inside "North China Research
 * Institute of Electro-Optics" is a mention of the institute, not of the country. Where two
 * entities share a name ("China-based companies" in two sources), a source's mention goes to the
 * entity its own annotation lists, so adding a source never takes mentions from another.
 *
 * Case: a name matches as written and, if it has capitals and lower-case letters, written all in
 * lower case, since texts write "russia" and "the kremlin" too (issue 13, item 8). Not in all
 * capitals (a dateline's "WASHINGTON —" is the city the story was filed from), and an
 * all-capitals name (US, PRC, NATO) only as written, or "us" in "told us" would be the United
 * States. Other mixes ("Biden Administration" for "Biden administration") stay unmatched, so
 * the rule only adds rows to what earlier releases published. A name followed by a currency
 * noun is the currency, not the actor: "U.S. dollars" is no mention of the United States. An
 * office's title followed by "for" and a portfolio is another office (below).
 */
import { byCodeUnit } from '../core/order.js';
import type { EntitiesRow, EntityMentionsRow } from '../model/index.js';
import { occurrenceIds } from './mentionRows.js';
import { occurrences } from './resolveQuote.js';
import { sentenceIndexAt, type Span } from './sentences.js';

const WORD = /[\p{L}\p{N}]/u;

const CURRENCY_AFTER = /^\s+(?:dollars?|cents?|yuan|renminbi)\b/i;

const LOWER = /\p{Ll}/u;

// An office named by its title ("Secretary of State", "Minister of Defence") followed by "for" and
// a portfolio is another office: "the Secretary of State for Foreign, Commonwealth and Development
// Affairs" is the British Foreign Secretary, no mention of the U.S. Department of State whose alias
// "Secretary of State" is. Only titles: "Russia for Moscow's ends" stays a mention of Russia.
const OFFICE = /^(?:Secretary|Minister|Commissioner|Under[- ]Secretary)\b/;
const PORTFOLIO_AFTER = /^ for (?:the )?\p{Lu}/u;

/** Where `name` occurs: as written, and written in lower case when it has a capital and a lower-case letter. */
function matches(text: string, name: string): number[] {
  const lower = name.toLowerCase();
  if (lower === name || !LOWER.test(name)) return occurrences(text, name);
  // toLowerCase keeps the length of every letter a name of this project has (not of 'İ').
  if (lower.length !== name.length) return occurrences(text, name);
  return [...occurrences(text, name), ...occurrences(text, lower)];
}

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
      for (const s of matches(text, name)) {
        const end = s + name.length;
        if (CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
        if (OFFICE.test(name) && PORTFOLIO_AFTER.test(text.slice(end, end + 12))) continue;
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
