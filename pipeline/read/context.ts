/**
 * What every reading step shares for one text: the text, its mentions and sentences, the
 * matchers built from the vocabularies, and the attribution of each sentence (computed once).
 */
import type { Mention } from '../extract/index.js';
import type { Attribution } from './attribution.js';
import { sentenceAttribution } from './sentenceAttribution.js';
import { speakerLabels } from './speakerLabels.js';
import { DATELINE } from './dateline.js';
import { countryMatcher, type CountryHit, type CountryMatcher } from './countries.js';
import { mayNameUnion, unionHits } from './unionAlias.js';
import { documentDate, type DocumentDate } from './documentDate.js';
import { goodsMatcher, type GoodsHit, type GoodsMatcher } from './goods.js';
import { listIntroOf, sourceLineAfter } from './listIntro.js';
import { isLabelLine } from './tableFrame.js';
import { matchPhrasesOfBoth } from './phrases.js';
import { opensParagraph, sentenceSpans, spanIndex, type Span } from './sentences.js';
import type { ReaderVocab } from './vocab.js';
import type { SourceContext } from './sourceContext.js';

/** The matchers and lookups built once per vocabulary (reuse it across texts). */
/** A modal between a speaker and the verb: what they will or would say. */
const MODAL_AFTER = /^\s+(?:will|would|may|might|could|can)\s/;

export interface Lexicon {
  countries: CountryMatcher;
  goods: GoodsMatcher;
  indicators: ReadonlyMap<string, { measure: string; unit: string }>;
  hsCodes: ReadonlyMap<string, readonly string[]>;
}

/** Whether a sentence opens a line that is a list's item ("- ", "• ", "* ", "2. "). */
function opensBullet(text: string, start: number): boolean {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return (
    /^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+$/.test(text.slice(line, start)) ||
    /^(?:[-•*–]|\d{1,2}[.)])[ \t]/.test(text.slice(start, start + 4))
  );
}

export function buildLexicon(vocab: ReaderVocab): Lexicon {
  return {
    countries: countryMatcher(vocab.countries),
    goods: goodsMatcher(vocab.goods),
    indicators: new Map(vocab.indicators.map((i) => [i.id, { measure: i.measure, unit: i.unit }] as const)),
    hsCodes: new Map(vocab.goods.map((g) => [g.id, g.hs_codes] as const)),
  };
}

export interface TextContext {
  text: string;
  mentions: readonly Mention[];
  spans: readonly Span[];
  lexicon: Lexicon;
  /** What the text's sidecar says of it (title, publisher, date), when the caller knows it (sourceContext.ts). */
  source: SourceContext | undefined;
  /** The date the text gives itself in its opening lines, if any (documentDate.ts). */
  documentDate: DocumentDate | undefined;
  sentenceOf(at: number): number;
  /** The sentence's own attribution. */
  ownAttribution(sentence: number): Attribution | undefined;
  /**
   * Its attribution as docs/curation.md reads it: its own, else (no verb of saying) that of the
   * sentence before in the same paragraph (no blank line between), whose account it continues.
   */
  attribution(sentence: number): Attribution | undefined;
  countries(sentence: number): CountryHit[];
  goods(sentence: number): GoodsHit[];
  mentionsIn(sentence: number): Mention[];
  /** `read(sentence)` once per sentence and `key`: per-sentence work shared by its mentions. */
  memo<T>(key: string, sentence: number, read: (sentence: number) => T): T;
}

/** A sentence's entry not read yet (any value, undefined and null too, may be read). */
const UNREAD: unique symbol = Symbol('unread');
/** A memo's entry read as undefined (an entry not read yet is a hole). */
const READ_UNDEFINED: unique symbol = Symbol('read as undefined');

/** `n` entries not read yet, in an array built by push (`new Array(n).fill(…)` makes a holey one). */
function unreadArray(n: number): unknown[] {
  const a: unknown[] = [];
  for (let i = 0; i < n; i++) a.push(UNREAD);
  return a;
}

/** `n` entries undefined, in an array built by push (`new Array(n).fill(…)` costs more, and makes a holey one). */
function emptyArray<T>(n: number): (T | undefined)[] {
  const a: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

/**
 * Each memo key's slot in a text's memo table: the keys are a few constants of the rule modules,
 * numbered once per process, so that a text's table is an array (a map per text, filled key by
 * key, cost more than the lookups it served).
 */
const MEMO_SLOTS = new Map<string, number>();
function memoSlot(key: string): number {
  let slot = MEMO_SLOTS.get(key);
  if (slot === undefined) MEMO_SLOTS.set(key, (slot = MEMO_SLOTS.size));
  return slot;
}

/**
 * A sentence's countries and goods, both at once: most sentences read for one are read for the
 * other, and one walk over its words serves both vocabularies. Countries are read after a
 * dateline ("WASHINGTON —"), goods from the sentence's start: two walks there. A function of the
 * module, not a closure made per text: the TypeScript loader names every closure it creates.
 */
function readVocab(
  text: string,
  lexicon: Lexicon,
  spans: readonly Span[],
  s: number,
  countryCache: (CountryHit[] | undefined)[],
  goodsCache: (GoodsHit[] | undefined)[],
  /** Whether the text holds "the Union" (unionAlias.ts mayNameUnion), asked once per text. */
  union: boolean,
): void {
  const span = spans[s]!;
  const dateline = s === 0 || text[span.start - 1] === '\n' ? DATELINE.exec(text.slice(span.start, span.start + 80)) : null;
  let countries: CountryHit[];
  let goods: GoodsHit[];
  if (dateline) {
    countries = lexicon.countries(text, span.start + dateline[0].length, span.end);
    goods = lexicon.goods(text, span.start, span.end);
  } else {
    const both = matchPhrasesOfBoth(lexicon.countries.table, lexicon.goods.table, text, span.start, span.end);
    countries = lexicon.countries.fromPhrases(text, both.a);
    goods = lexicon.goods.fromPhrases(both.b);
  }
  countryCache[s] = countries.filter((h) => h.end <= span.end);
  // "the Union" in a text that named the EU (unionAlias.ts).
  const hits = union ? unionHits(text, span.start, span.end) : [];
  if (hits.length > 0) countryCache[s] = [...countryCache[s], ...hits].sort((a, b) => a.start - b.start);
  goodsCache[s] = goods.filter((h) => h.end <= span.end);
}

/** `starts`: the extractor's sentence starts, when the caller has them (else computed here). */
export function textContext(
  text: string,
  mentions: readonly Mention[],
  lexicon: Lexicon,
  starts?: readonly number[],
  source?: SourceContext,
): TextContext {
  const spans = sentenceSpans(text, starts);
  const namesUnion = mayNameUnion(text);
  // What is read once per sentence, in arrays indexed by sentence (UNREAD where not read yet):
  // sentences are numbered from 0, and an index costs less than a map's lookup.
  const n = spans.length;
  const attributions: unknown[] = unreadArray(n);
  const attributionCache: unknown[] = unreadArray(n);
  let labels: ((at: number) => Attribution | undefined) | undefined;
  const countryCache = emptyArray<CountryHit[]>(n);
  const goodsCache = emptyArray<GoodsHit[]>(n);

  // One array per memo key (by its slot), made when the key is first asked for in this text.
  const memos: (unknown[] | undefined)[] = [];
  const bySentence = emptyArray<Mention[]>(n);
  for (const m of mentions) {
    const s = spanIndex(spans, m.start);
    let list = bySentence[s];
    if (!list) bySentence[s] = list = [];
    list.push(m);
  }
  const ctx: TextContext = {
    text,
    mentions,
    spans,
    lexicon,
    source,
    documentDate: documentDate(text, mentions),
    // Methods, not arrow properties: the TypeScript loader names each arrow it creates, per text.
    sentenceOf(at) {
      return spanIndex(spans, at);
    },
    ownAttribution(s) {
      // A pronoun stands for the speaker of the sentence before (sentenceAttribution.ts), read here once too.
      // The method itself is passed (it reads no `this`): an arrow kept in a constant is named by the
      // TypeScript loader: an Object.defineProperty for every text read.
      if (attributions[s] === UNREAD)
        attributions[s] = sentenceAttribution(text, spans, s, ctx.ownAttribution, (at) => (labels ??= speakerLabels(text))(at));
      return attributions[s] as Attribution | undefined;
    },
    attribution(s) {
      // Asked for by every figure and claim of the sentence: read once.
      if (attributionCache[s] !== UNREAD) return attributionCache[s] as Attribution | undefined;
      const own = ctx.ownAttribution(s);
      let found = own;
      // Up to two sentences back, never across a blank line, nor from a list's item to the item before
      // ("- … , according to PRC customs data.\n- Russia relied on China for …": each bullet its own).
      const item = !own && opensBullet(text, spans[s]!.start);
      for (let k = s - 1; !own && !item && k >= 0 && k >= s - 2; k--) {
        if (opensParagraph(text, spans, k + 1)) break;
        const before = ctx.ownAttribution(k);
        // "Beijing will say that …": what a speaker would say is no account the sentences after go on with.
        if (before && MODAL_AFTER.test(text.slice(before.end, before.end + 8))) break;
        if (before) {
          found = { ...before, cue: `${before.cue} (a sentence before)` };
          break;
        }
      }
      // A table's label line ("Thermal imagers: $95 million, …") speaks with the heading above its lines,
      // however many rows stand between ("Table 1. … (Russian customs data)").
      if (!found && isLabelLine(text, spans[s]!.start)) {
        let k = s - 1;
        while (k >= 0 && !opensParagraph(text, spans, k + 1) && isLabelLine(text, spans[k]!.start)) k--;
        const heading = k >= 0 && k < s - 2 && !opensParagraph(text, spans, k + 1) ? ctx.ownAttribution(k) : undefined;
        if (heading) found = { ...heading, cue: `${heading.cue} (the heading of a table)` };
      }
      // A list item speaks with the line that introduces its list; a figure right above a "Source:" line, with it.
      if (!found) {
        const intro = listIntroOf(text, spans, s);
        const introSaid = intro === undefined ? undefined : ctx.ownAttribution(intro);
        if (introSaid) found = { ...introSaid, cue: `${introSaid.cue} (the line introducing the list)` };
      }
      if (!found) {
        const source = sourceLineAfter(text, spans, s);
        if (source) found = { ...source, cue: 'a source line below' };
      }
      attributionCache[s] = found;
      return found;
    },
    countries(s) {
      let hits = countryCache[s];
      if (!hits) {
        readVocab(text, lexicon, spans, s, countryCache, goodsCache, namesUnion);
        hits = countryCache[s]!;
      }
      return hits;
    },
    goods(s) {
      let hits = goodsCache[s];
      if (!hits) {
        readVocab(text, lexicon, spans, s, countryCache, goodsCache, namesUnion);
        hits = goodsCache[s]!;
      }
      return hits;
    },
    mentionsIn(s) {
      return bySentence[s] ?? [];
    },
    memo<T>(key: string, s: number, read: (sentence: number) => T): T {
      // Each key's array has a hole for every sentence not read yet (made without filling it:
      // most keys are read for a few sentences of a text); a value read as undefined is kept as
      // READ_UNDEFINED. A sentence number outside the text's is read, not kept.
      if (s >= n || s < 0) return read(s);
      const slot = memoSlot(key);
      while (memos.length <= slot) memos.push(undefined);
      let byKey = memos[slot];
      if (byKey === undefined) memos[slot] = byKey = new Array<unknown>(n);
      const kept = byKey[s];
      if (kept !== undefined) return (kept === READ_UNDEFINED ? undefined : kept) as T;
      const value = read(s);
      byKey[s] = value === undefined ? READ_UNDEFINED : value;
      return value;
    },
  };
  return ctx;
}
