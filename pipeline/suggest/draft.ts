/**
 * The draft annotation of one text: every mention the extractor found becomes a draft
 * observation (quantities) or a draft ignore entry (years and periods, which observations carry
 * in their `period`), with what the pipeline can read off the sentence pre-filled as TODO(guess)
 * and what only a person knows left as TODO; capitalized names become draft entities, reusing
 * the ids and fields of entities other annotations already define. Pure: text in, data out.
 */
import { escapeRegExp } from '../core/text.js';
import type { Mention } from '../extract/index.js';
import { occurrenceAt } from '../normalize/resolveQuote.js';
import { isCurrencyUnit } from '../normalize/units.js';
import { findAttribution } from './attribution.js';
import type { KnownEntity, SuggestContext, IndicatorName } from './context.js';
import { COUNTRY_ALIASES, DEMONYMS, countryMatcher, guessReporterPartner } from './countries.js';
import { goodsMatcher, nearestGoods } from './goods.js';
import { findNames, type NameCandidate } from './names.js';
import { annotationPeriod } from './periods.js';
import { sentenceSpans, spanAt } from './sentences.js';
import { slugify } from './slug.js';
import { TODO, guess, guessOrTodo } from './todo.js';

/** One key of a YAML mapping, with an optional end-of-line comment. */
export interface Field {
  key: string;
  value: unknown;
  comment?: string;
}

/** One list item (a mapping), with an optional comment above it. */
export interface DraftItem {
  comment?: string;
  fields: Field[];
}

export interface DraftAnnotation {
  source: string;
  observations: DraftItem[];
  entities: DraftItem[];
  claims: DraftItem[];
  ignore: DraftItem[];
}

/** Kinds that are periods, not quantities: observations carry them in `period`. */
const PERIOD_KINDS = new Set(['year', 'period']);

/** The quote fields of a pinned row: the words, and `occurrence` only when they repeat. */
function pin(text: string, quote: string, start: number): Field[] {
  const { occurrence, total } = occurrenceAt(text, quote, start);
  return [{ key: 'quote', value: quote }, ...(total > 1 ? [{ key: 'occurrence', value: occurrence, comment: `of ${total}` }] : [])];
}

const fmt = (v: number | null): string => (v === null ? 'open' : String(v));

function describeMention(m: Mention): string {
  const value = m.value === null ? '' : ` ${m.value}`;
  const unit = m.unit ? ` ${m.unit}` : '';
  return `${m.text}: ${m.kind}${value}${unit}, hedge ${m.hedge}, interval ${fmt(m.value_low)}..${fmt(m.value_high)}, period hint ${m.period ?? 'none'}`;
}

const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const MEASURE_OF_UNIT = (unit: string | null): string | null =>
  unit === 'percent' ? 'share' : unit === 'ratio' ? 'growth' : isCurrencyUnit(unit) ? 'level' : null;

/** Indicators whose measure fits the mention's unit, narrowed by trade words in the sentence. */
function guessIndicator(m: Mention, sentence: string, indicators: readonly IndicatorName[]): { id: string | null; comment?: string } {
  const measure = MEASURE_OF_UNIT(m.unit);
  if (measure === null) return { id: null };
  const fits = indicators.filter((i) => i.measure === measure && (i.unit === m.unit || i.unit === 'currency' || measure !== 'level'));
  if (fits.length === 0) return { id: null };
  const words = sentence.toLowerCase();
  const trade = ['import', 'export', 'supply', 'sales'].filter((w) => words.includes(w));
  const narrowed = trade.length > 0 ? fits.filter((i) => trade.some((w) => i.id.includes(w))) : [];
  const pick = narrowed.length === 1 ? narrowed : fits.length === 1 ? fits : [];
  const alternatives = fits.map((i) => i.id).join(', ');
  return pick.length === 1
    ? { id: pick[0]!.id, comment: fits.length > 1 ? `${measure}: one of ${alternatives}` : undefined }
    : { id: null, comment: `${measure}: one of ${alternatives}` };
}

function draftObservations(source: string, text: string, mentions: readonly Mention[], ctx: SuggestContext) {
  const spans = sentenceSpans(text);
  const countries = countryMatcher(ctx.countries);
  const goods = goodsMatcher(ctx.goods);
  const observations: DraftItem[] = [];
  const ignore: DraftItem[] = [];
  const usedIds = new Set<string>();
  const periodOwners = new Map<string, string>(); // "sentence start|period" → observation id
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  // Quantities first, so that a year can say which observation's period it is.
  const quantities = mentions.filter((m) => !PERIOD_KINDS.has(m.kind));
  for (const m of quantities) {
    const s = spanAt(spans, m.start);
    const sentence = text.slice(s.start, s.end);
    const trade = guessReporterPartner(countries(text, s.start, s.end), sentence, s.start);
    // "Nearly 70% of Russia’s approximately $900 million in …": the amount is the share's base,
    // the reporter's total from all partners.
    const shareBefore = quantities.find((q) => q.unit === 'percent' && q.end <= m.start && q.start >= s.start && /^\s+of\s+(?:[\p{L}.]+['’]s\s+)?$/u.test(text.slice(q.end, m.start)));
    if (shareBefore && m.unit !== 'percent') {
      trade.partner = 'WLD';
      trade.evidence = [...trade.evidence.filter((e) => !e.startsWith('"from')), `the base of "${shareBefore.text}": all partners`];
    }
    const product = nearestGoods(goods(text, s.start, s.end), m.start, m.end);
    const indicator = guessIndicator(m, sentence, ctx.indicators);
    const attribution = findAttribution(text, s.start, s.end);
    const period = annotationPeriod(m.period);
    const id = uniqueId(`${source}-${slugify(m.text) || 'figure'}`);
    const key = `${s.start}|${m.period}`;
    if (period !== null && !periodOwners.has(key)) periodOwners.set(key, id);
    const notStatistic = ['count', 'number', 'duration'].includes(m.kind);
    observations.push({
      comment: [
        describeMention(m),
        `sentence: "${clip(sentence)}"`,
        ...(notStatistic ? [`a ${m.kind}: if it is not a supply statistic, move it to ignore: with a reason`] : []),
      ].join('\n'),
      fields: [
        { key: 'id', value: id, comment: 'rename: reporter-product-indicator-partner-period' },
        ...pin(text, m.text, m.start),
        { key: 'indicator', value: guessOrTodo(indicator.id), ...(indicator.comment ? { comment: indicator.comment } : {}) },
        { key: 'reporter', value: guessOrTodo(trade.reporter), comment: trade.evidence.length ? trade.evidence.join('; ') : 'the importing country' },
        { key: 'partner', value: guessOrTodo(trade.partner), comment: 'WLD = all partners' },
        { key: 'product', value: guessOrTodo(product?.id), ...(product ? { comment: `"${product.text}"` } : { comment: 'an id of raw/vocab/goods.yaml' }) },
        { key: 'period', value: guessOrTodo(period), comment: 'YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-MM/YYYY-MM' },
        { key: 'attributed_to', value: guessOrTodo(attribution?.phrase), comment: 'in the text’s words, or null' },
      ],
    });
  }
  for (const m of mentions.filter((x) => PERIOD_KINDS.has(x.kind))) {
    const s = spanAt(spans, m.start);
    const owner = periodOwners.get(`${s.start}|${m.period ?? m.text}`);
    ignore.push({
      comment: describeMention(m),
      fields: [
        ...pin(text, m.text, m.start),
        { key: 'reason', value: owner ? guess(`the period of ${owner}, carried by its period`) : TODO },
      ],
    });
  }
  return { observations, ignore };
}

/** Offset of the first whole-word occurrence of `name` in `text`, or -1. */
function findWord(text: string, name: string): number {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
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
    const used = (e.aliases ?? []).map((a) => ({ a, at: findWord(text, a) })).filter((x) => x.at >= 0).sort((x, y) => x.at - y.at)[0];
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
      ...(findWord(text, c.name) < 0 ? pin(text, c.name, c.start) : []),
    ],
  };
}

/** Whether `name` ends with the whole words of `tail`, and is longer: "U.S. Department of the Treasury" / "Department of the Treasury". */
const endsWithWords = (name: string, tail: string): boolean => name.length > tail.length && name.endsWith(tail) && /[\s-]$/.test(name.slice(0, -tail.length));

/** Plural nouns that make a country word into a group: "Chinese companies", "PRC entities". */
const GROUP_NOUNS = 'companies|firms|entities|suppliers|officials|manufacturers|producers|exporters|importers|banks|enterprises|traders|intermediaries';

/**
 * Groups the text names by a country word and a plural noun, with at most one word between
 * ("Russian defense firms"): not capitalized as a whole, so the name rule cannot see them, yet
 * they are often who supplies or claims.
 */
function findGroups(text: string, countryWords: Readonly<Record<string, string>>): NameCandidate[] {
  const words = Object.keys(countryWords).sort((a, b) => b.length - a.length).map(escapeRegExp);
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
function draftEntities(text: string, ctx: SuggestContext): DraftItem[] {
  const hits: { at: number; item: DraftItem; id: string }[] = [];
  const claimed = new Set<string>();
  for (const k of ctx.known) {
    const names = [k.entity.name, ...(k.entity.aliases ?? [])];
    const at = Math.min(...names.map((n) => findWord(text, n)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    hits.push({ at, item: knownEntityItem(k, text), id: k.entity.id });
    for (const n of names) claimed.add(n);
  }
  const countryWords = { ...DEMONYMS, ...COUNTRY_ALIASES, ...Object.fromEntries(ctx.countries.filter((c) => c.code !== 'WLD').map((c) => [c.name, c.code])) };
  const ids = new Set(hits.map((h) => h.id).concat(ctx.known.map((k) => k.entity.id)));
  const candidates = [...findNames(text, { countries: countryWords }), ...findGroups(text, countryWords)].sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    if ([c.name, ...c.aliases].some((n) => claimed.has(n))) continue;
    // "Putin" for Vladimir Putin, "Department of the Treasury" for U.S. Department of the
    // Treasury: probably a known entity, but only a person can say; the id stays a TODO.
    const likely = ctx.known.filter((k) => !hits.some((h) => h.id === k.entity.id) && [k.entity.name, ...(k.entity.aliases ?? [])].some((n) => endsWithWords(n, c.name)));
    if (likely.length === 1) {
      const k = likely[0]!;
      const item = knownEntityItem(k, text);
      item.comment = `"${c.name}": probably ${k.entity.id} of ${k.source} — if so write its id and keep these fields identical; if not, give it a new id, fields and a quote`;
      item.fields[0] = { key: 'id', value: guess(k.entity.id) };
      if (!item.fields.some((f) => f.key === 'quote')) item.fields.push(...pin(text, c.name, c.start));
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

export function draftAnnotation(source: string, text: string, mentions: readonly Mention[], ctx: SuggestContext): DraftAnnotation {
  const { observations, ignore } = draftObservations(source, text, mentions, ctx);
  return { source, observations, entities: draftEntities(text, ctx), claims: [], ignore };
}
