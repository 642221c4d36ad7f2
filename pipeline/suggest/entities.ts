/**
 * Draft entities of a new text: entities other annotations already define, proposed with the same
 * id and fields wherever the text names them (entries with one id must agree), then capitalized
 * names and country-word groups ("Chinese companies") as new entities with guessed type and country.
 */
import { escapeRegExp } from '../core/text.js';
import type { KnownEntity, SuggestContext } from './context.js';
import { COUNTRY_ALIASES, DEMONYMS } from './countries.js';
import { quoteFields, type DraftItem, type Field } from './items.js';
import { findNames, type NameCandidate } from './names.js';
import { withoutQuestionHeadings } from './questionHeadings.js';
import { withoutCredits } from './credits.js';
import { isMasthead, withoutTitleCaseHeadings } from './headlines.js';
import { slugify } from './slug.js';
import { TODO, guess, guessOrTodo } from '../model/todo.js';
import { shownWords } from '../read/format.js';
import { countryMatcher } from '../read/countries.js';

// An office named by its title ("Secretary of State") followed by "for" and a portfolio is another
// office: "the Secretary of State for Business and Trade" is a British minister, no mention of the
// U.S. Department of State whose alias "Secretary of State" is. Only titles: "Russia for Moscow's
// ends" still names Russia. (The published entity_mentions do not apply this yet: dropping a row
// they published is a major release, a decision for a release of its own.)
const OFFICE = /^(?:Secretary|Minister|Commissioner|Under[- ]Secretary)\b/;
const PORTFOLIO_AFTER = /^ for (?:the )?\p{Lu}/u;
const anotherOffice = (name: string, text: string, end: number): boolean =>
  OFFICE.test(name) && PORTFOLIO_AFTER.test(text.slice(end, end + 12));

/**
 * Offset of the first whole-word occurrence of `name` in `text`, or -1. A name before a currency
 * noun names the currency ("U.S. dollars" is no mention of the United States).
 */
function findWord(text: string, name: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])(?!\\s+(?:dollars?|cents?|yuan|renminbi)\\b)`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!anotherOffice(name, text, m.index + name.length)) return m.index;
  return -1;
}

function knownEntityItem(k: KnownEntity, text: string): DraftItem {
  const e = k.entity;
  const fields: Field[] = [
    { key: 'id', value: e.id },
    { key: 'name', value: e.name },
    { key: 'type', value: e.type },
    { key: 'country', value: e.country },
    { key: 'role', value: e.role },
    { key: 'aliases', value: e.aliases ?? [] },
  ];
  // The pin defaults to the name; where this text never uses the name, pin an alias it uses.
  if (findWord(text, e.name) < 0) {
    const used = (e.aliases ?? [])
      .map((a) => ({ a, at: findWord(text, a) }))
      .filter((x) => x.at >= 0)
      .sort((x, y) => x.at - y.at)[0];
    if (used) fields.push({ key: 'quote', value: used.a });
  }
  return { comment: `as in ${k.source}: keep these fields identical (entries with the same id must agree)`, fields };
}

function newEntityItem(c: NameCandidate, id: string, text: string): DraftItem {
  return {
    comment: `"${c.name}"${c.title ? `, after "${c.title}"` : ''}: keep it if it supplies, receives, claims or is named in a claim; otherwise delete it`,
    fields: [
      { key: 'id', value: id },
      { key: 'name', value: c.name },
      { key: 'type', value: guessOrTodo(c.type), comment: 'company, person, organization, government_body, country or group' },
      { key: 'country', value: guessOrTodo(c.country), comment: 'ISO 3166-1 alpha-3, or null' },
      { key: 'role', value: c.title ? guess(c.title) : TODO, comment: 'its role in the story, in a few words' },
      { key: 'aliases', value: c.aliases },
      ...(findWord(text, c.name) < 0 ? quoteFields(text, c.name, c.start) : []),
    ],
  };
}

/** Whether `name` ends with the whole words of `tail`, and is longer: "U.S. Department of the Treasury" / "Department of the Treasury". */
const endsWithWords = (name: string, tail: string): boolean =>
  name.length > tail.length && name.endsWith(tail) && /[\s-]$/.test(name.slice(0, -tail.length));

/** Plural nouns that make a country word into a group: "Chinese companies", "PRC entities". */
const GROUP_NOUNS =
  'companies|firms|entities|suppliers|officials|manufacturers|producers|exporters|importers|banks|enterprises|traders|intermediaries';

/**
 * Groups the text names by a country word and a plural noun, with at most one word between
 * ("Russian defense firms"): not capitalized as a whole, so the name rule cannot see them, yet
 * they are often who supplies or claims.
 */
function findGroups(text: string, countryWords: Readonly<Record<string, string>>): NameCandidate[] {
  const words = Object.keys(countryWords)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}.-])(${words.join('|')})\\s+(?:[a-z-]+\\s+)?(?:${GROUP_NOUNS})\\b`, 'gu');
  const seen = new Set<string>();
  const out: NameCandidate[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out.push({ name: m[0], start: m.index, aliases: [], type: 'group', country: countryWords[m[1]!] ?? null, title: null });
  }
  return out;
}

/** Known entities the text names (by name or alias), then new capitalized names. */
export function draftEntities(text: string, ctx: SuggestContext): DraftItem[] {
  // Names are looked for outside question headings, which name no actor (questionHeadings.ts),
  // and outside credits, which name journalists (credits.ts); quotes and occurrences are still
  // counted in the text itself.
  const seen = withoutCredits(withoutQuestionHeadings(text));
  const hits: { at: number; item: DraftItem; id: string }[] = [];
  const claimed = new Set<string>();
  // Every form the text gives a country, in any case where that is safe ("russia", "DPRK",
  // "Pyongyang", "the Democratic People’s Republic of Korea"; not "U.S. dollars"): a known
  // country entity is proposed with the forms it lacks added as aliases (issue 13, item 8).
  const forms = new Map<string, { at: number; names: string[] }>();
  for (const h of countryMatcher(ctx.countries)(seen)) {
    if (h.demonym) continue;
    const f = forms.get(h.code) ?? { at: h.start, names: [] };
    if (!f.names.includes(h.text)) f.names.push(h.text);
    forms.set(h.code, f);
  }
  // A form another known entity has ("kremlin": the Kremlin, not Russia) is not added to a
  // country; nor the capitals of a name it has ("WASHINGTON —", a dateline: the city filed from).
  const owners = new Map<string, string>();
  for (const k of ctx.known) for (const n of [k.entity.name, ...(k.entity.aliases ?? [])]) owners.set(n.toLowerCase(), k.entity.id);
  const newForm = (n: string, names: readonly string[], id: string): boolean =>
    !names.includes(n) && (owners.get(n.toLowerCase()) ?? id) === id && !names.some((m) => m !== n && m.toUpperCase() === n);
  for (const k of ctx.known) {
    const names = [k.entity.name, ...(k.entity.aliases ?? [])];
    const byName = names.map((n) => findWord(seen, n)).filter((i) => i >= 0);
    const country = k.entity.type === 'country' && k.entity.country ? forms.get(k.entity.country) : undefined;
    const at = Math.min(...byName, country?.at ?? Infinity);
    if (!Number.isFinite(at)) continue;
    const added = (country?.names ?? []).filter((n) => newForm(n, names, k.entity.id));
    if (byName.length === 0 && added.length === 0) continue; // named only by a dateline or another entity's name
    const item = knownEntityItem(k, text);
    if (added.length > 0) {
      const aliases = item.fields.find((f) => f.key === 'aliases')!;
      aliases.value = [...(k.entity.aliases ?? []), ...added];
      aliases.comment = `added the text's ${added.map((a) => `"${a}"`).join(', ')}: a source may add aliases`;
      if (byName.length === 0) {
        const quote = item.fields.findIndex((f) => f.key === 'quote');
        const q = { key: 'quote', value: added[0]! };
        if (quote >= 0) item.fields[quote] = q;
        else item.fields.push(q);
      }
    }
    hits.push({ at, item, id: k.entity.id });
    for (const n of [...names, ...added]) claimed.add(n);
  }
  const countryWords = {
    ...DEMONYMS,
    ...COUNTRY_ALIASES,
    ...Object.fromEntries(ctx.countries.filter((c) => c.code !== 'WLD').map((c) => [c.name, c.code])),
  };
  const ids = new Set(hits.map((h) => h.id).concat(ctx.known.map((k) => k.entity.id)));
  // A heading in title case capitalizes by style (headlines.ts): its capitals make no new name,
  // unless the name's own words type it ("… Denial Order: Volga Avionika LLC", "Embassy of …"),
  // which then keeps the forms the body folds into it ("the Embassy") as before.
  const named = withoutTitleCaseHeadings(seen);
  const body = findNames(named, { countries: countryWords });
  const kept =
    named === seen
      ? []
      : findNames(seen, { countries: countryWords }).filter(
          (c) => named[c.start] !== seen[c.start] && (c.type !== null || isMasthead(c.name)),
        );
  const keptForms = new Set(kept.flatMap((c) => [c.name, ...c.aliases]));
  const candidates = [...kept, ...body.filter((c) => !keptForms.has(c.name)), ...findGroups(named, countryWords)].sort(
    (a, b) => a.start - b.start,
  );
  for (const c of candidates) {
    if ([c.name, ...c.aliases].some((n) => claimed.has(n))) continue;
    // "U.S. dollars": a currency, not an actor.
    if (/^\s+(?:dollars?|cents?|yuan|renminbi)\b/i.test(text.slice(c.start + c.name.length, c.start + c.name.length + 12))) continue;
    // "Putin" for Vladimir Putin, "Department of the Treasury" for U.S. Department of the
    // Treasury: probably a known entity, but only a person can say; the id stays a TODO.
    const likely = ctx.known.filter(
      (k) => !hits.some((h) => h.id === k.entity.id) && [k.entity.name, ...(k.entity.aliases ?? [])].some((n) => endsWithWords(n, c.name)),
    );
    if (likely.length === 1) {
      const k = likely[0]!;
      const item = knownEntityItem(k, text);
      item.comment = `"${c.name}": probably ${k.entity.id} of ${k.source} — if so write its id and keep these fields identical; if not, give it a new id, fields and a quote`;
      item.fields[0] = { key: 'id', value: guess(k.entity.id) };
      if (!item.fields.some((f) => f.key === 'quote')) item.fields.push(...quoteFields(text, c.name, c.start));
      hits.push({ at: c.start, item, id: k.entity.id });
      continue;
    }
    let id = slugify(c.name) || 'entity';
    for (let n = 2; ids.has(id); n++) id = `${slugify(c.name)}-${n}`;
    ids.add(id);
    hits.push({ at: c.start, item: newEntityItem(c, id, text), id });
  }
  return hits.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)).map((h) => h.item);
}

/**
 * Entities for the parties of the reader's claims that no drafted or known entity is ("two
 * officials", "the monitor"): a claim names its parties by entity id, so without one an accepted
 * claim would fail the build's foreign key with nothing drafted to finish.
 */
export function partyEntities(text: string, parties: readonly { words: string; id: string }[], ids: ReadonlySet<string>): DraftItem[] {
  const seen = new Set(ids);
  const items: DraftItem[] = [];
  for (const { words: read, id } of parties) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    // Words read across Markdown ("[two customs](https://…) officials") are named with one space
    // for the blanks, which the text does not hold: the longest piece it does hold is the pin.
    const words = shownWords(read);
    const pin =
      words === read
        ? words
        : (read
            .split(/\s{2,}|\n/)
            .filter((p) => text.includes(p))
            .sort((a, b) => b.length - a.length)[0] ?? words);
    const at = text.indexOf(pin);
    items.push({
      comment: `"${words}": a party of a claim the reader drafted; keep it while a claim names it, otherwise delete it`,
      fields: [
        { key: 'id', value: id },
        { key: 'name', value: words },
        { key: 'type', value: TODO, comment: 'company, person, organization, government_body, country or group' },
        { key: 'country', value: TODO, comment: 'ISO 3166-1 alpha-3, or null' },
        { key: 'role', value: TODO, comment: 'its role in the story, in a few words' },
        { key: 'aliases', value: [] },
        ...(findWord(text, words) < 0 && at >= 0 ? quoteFields(text, pin, at) : []),
      ],
    });
  }
  return items;
}
