/**
 * A phrase matcher for vocabularies: one walk over the words of a text, each word looked up in a
 * map of phrases by their first word, longest phrase first. Words between a phrase's words may be
 * separated by spaces or hyphens. A large case-insensitive alternation regex cost most of the
 * reader's time (measured with bench/read.ts); this walk does a map lookup per word.
 */
export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match only as written (acronyms; words that are ordinary in lower case). */
  caseSensitive?: boolean;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Compiled<T> {
  words: number;
  /** The phrase in lower case, spaces and hyphens as one space. */
  folded: string;
  exact: string | null;
  dotted: boolean;
  value: T;
}

// Letters of the Latin, Greek and Cyrillic blocks and digits (vocabulary words use no other
// script). The walk reads char codes through these tables: a word regex and a lower-cased copy
// of every word cost more than the whole rest of a sentence's reading (bench/read.ts).
const WORD = /[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF]+/g;
const TABLE_SIZE = 0x500;
const IS_WORD = new Uint8Array(TABLE_SIZE);
const LOWER = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  IS_WORD[c] = /[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF]/.test(ch) ? 1 : 0;
  const low = ch.toLowerCase();
  LOWER[c] = low.length === 1 ? low.charCodeAt(0) : c;
}
const isWord = (c: number): boolean => c < TABLE_SIZE && IS_WORD[c] === 1;
/** A hash of a word in lower case, the same for the vocabulary's first words and the text's. */
function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + LOWER[s.charCodeAt(i)]!) | 0;
  return h;
}
/** Space, tab, line break, no-break space, hyphen, full stop, apostrophes. */
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 45 || c === 46 || c === 39 || c === 0x2019;
/** Whether `text[start, end)` in lower case is `word` (a word holds no apostrophe to fold). */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (LOWER[text.charCodeAt(start + i)] !== word.charCodeAt(i)) return false;
  return true;
}
const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/’/g, "'");

/**
 * Whether `fold(text.slice(start, end)) === folded`, compared in place for ASCII text (no copy,
 * no regex); any other character (toLowerCase is context-dependent for some) takes `fold`.
 */
function foldsTo(text: string, start: number, end: number, folded: string): boolean {
  let j = 0;
  let inGap = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return fold(text.slice(start, end)) === folded;
    // [\s-] among ASCII: space, tab to carriage return, hyphen; a run is one space.
    if (c === 32 || (c >= 9 && c <= 13) || c === 45) {
      if (inGap) continue;
      inGap = true;
      if (folded.charCodeAt(j++) !== 32) return false;
      continue;
    }
    inGap = false;
    if (folded.charCodeAt(j++) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return j === folded.length;
}

const FIRST_BITS = 0xffff;

export interface MatchOptions<T = unknown> {
  /** Whether the character (code) right before a match rules it out ("U.S.-China": no China). */
  notAfter?: (c: number) => boolean;
  /** Whether the text from the end of a match on rules it out (for the phrase whose value is given). */
  rejectFollowing?: (text: string, end: number, value: T) => boolean;
}

/** A vocabulary compiled for the walk: phrases by the hash of their first word. */
export interface PhraseTable<T> {
  /** `comma`: a phrase of the group is written with a comma ("machinery, equipment and vehicles"), which may then part its words. */
  byFirst: Map<number, { longest: number; comma: boolean; list: Compiled<T>[] }>;
  /**
   * The low bits of every first word's hash: most words of a text are no first word, and this
   * table says so without a map lookup (checked before `matchAt` is called).
   */
  firstBits: Uint8Array;
  options: MatchOptions<T>;
}

export function phraseTable<T>(entries: readonly PhraseEntry<T>[], options: MatchOptions<T> = {}): PhraseTable<T> {
  // Phrases by the hash of their first word in lower case; a collision only costs a check.
  const byFirst = new Map<number, { longest: number; comma: boolean; list: Compiled<T>[] }>();
  for (const e of entries) {
    const words = e.phrase.match(WORD);
    if (!words) continue;
    const dotted = e.phrase.endsWith('.');
    const c: Compiled<T> = {
      words: words.length,
      folded: fold(dotted ? e.phrase.slice(0, -1) : e.phrase),
      exact: e.caseSensitive ? (dotted ? e.phrase.slice(0, -1) : e.phrase) : null,
      dotted,
      value: e.value,
    };
    const first = words[0]!.toLowerCase();
    const key = wordHash(first, 0, first.length);
    const group = byFirst.get(key) ?? { longest: 1, comma: false, list: [] };
    group.list.push(c);
    if (e.phrase.includes(',')) group.comma = true;
    group.longest = Math.max(group.longest, c.words);
    byFirst.set(key, group);
  }
  for (const g of byFirst.values()) g.list.sort((a, b) => b.words - a.words || b.folded.length - a.folded.length);
  const firstBits = new Uint8Array(FIRST_BITS + 1);
  for (const key of byFirst.keys()) firstBits[key & FIRST_BITS] = 1;
  return { byFirst, firstBits, options };
}

/** matchAt's word ends (it calls nothing that calls it back). */
let ENDS = new Int32Array(8);

/**
 * The phrase of `table` that starts with the word `text[start, wordEnd)` (its lower-case hash
 * `h`), longest first: pushed to `hits`, and its end returned; -1 when there is none.
 */
function matchAt<T>(table: PhraseTable<T>, text: string, start: number, wordEnd: number, h: number, hits: PhraseHit<T>[]): number {
  const group = table.byFirst.get(h);
  if (!group) return -1;
  const { notAfter, rejectFollowing } = table.options;
  if (notAfter && start > 0 && notAfter(text.charCodeAt(start - 1))) return -1;
  const n = text.length;
  // The ends of the next words, as far as the longest phrase needs (in a buffer kept between calls:
  // an array made per call was most of what this function allocated).
  if (ENDS.length < group.longest) ENDS = new Int32Array(group.longest);
  const ends = ENDS;
  ends[0] = wordEnd;
  let found = 1;
  let at = wordEnd;
  while (found < group.longest) {
    let gap = at;
    while (gap < n && gap - at < 3 && (isGap(text.charCodeAt(gap)) || (group.comma && text.charCodeAt(gap) === 44))) gap++;
    if (gap === at || gap >= n || !isWord(text.charCodeAt(gap))) break;
    at = gap + 1;
    while (at < n && isWord(text.charCodeAt(at))) at++;
    ends[found++] = at;
  }
  for (const c of group.list) {
    if (c.words > found) continue;
    let end = ends[c.words - 1]!;
    if (c.words === 1 && c.exact === null) {
      // One word: compared in place, letter by letter in lower case.
      if (!sameWord(text, start, end, c.folded)) continue;
    } else {
      if (c.exact !== null ? text.slice(start, end) !== c.exact : !foldsTo(text, start, end, c.folded)) continue;
    }
    if (c.dotted) {
      if (text[end] !== '.') continue;
      end++;
    }
    // A letter or digit right after means a longer word.
    if (end < n && isWord(text.charCodeAt(end))) continue;
    if (rejectFollowing?.(text, end, c.value)) continue;
    hits.push({ start, end, text: text.slice(start, end), value: c.value });
    return end;
  }
  return -1;
}

/** The phrases of `table` in the words of `text` that start in `[from, to)`. */
export function matchPhrases<T>(table: PhraseTable<T>, text: string, from = 0, to = text.length): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const { firstBits } = table;
  const n = text.length;
  let i = from;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i >= to) break;
    const start = i;
    let h = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWord(c)) break;
      h = (Math.imul(h, 31) + LOWER[c]!) | 0;
      i++;
    }
    if (firstBits[h & FIRST_BITS] === 0) continue;
    const end = matchAt(table, text, start, i, h, hits);
    // Skip the words the match covered.
    if (end >= 0) i = end;
  }
  return hits;
}

/**
 * The first-word bits of two tables in one table (1: a first word of `a`, 2: of `b`), so that a
 * word of the walk below is looked up once; kept for the last pair asked for (the reader asks
 * for one pair, its countries and goods).
 */
let lastPair: { a: unknown; b: unknown; bits: Uint8Array } | undefined;
function bothBits<A, B>(a: PhraseTable<A>, b: PhraseTable<B>): Uint8Array {
  if (lastPair?.a === a && lastPair.b === b) return lastPair.bits;
  const bits = new Uint8Array(FIRST_BITS + 1);
  for (let k = 0; k <= FIRST_BITS; k++) bits[k] = a.firstBits[k]! | (b.firstBits[k]! << 1);
  lastPair = { a, b, bits };
  return bits;
}

/**
 * `matchPhrases` of two tables in one walk over the words (each word hashed once): the hits of
 * each are those of its own walk. A match ends where no word does (the letter check above), so
 * the words after it are the same whether a walk jumps to its end or goes on word by word
 * skipping the words it covered.
 */
export function matchPhrasesOfBoth<A, B>(
  a: PhraseTable<A>,
  b: PhraseTable<B>,
  text: string,
  from: number,
  to: number,
): { a: PhraseHit<A>[]; b: PhraseHit<B>[] } {
  const hitsA: PhraseHit<A>[] = [];
  const hitsB: PhraseHit<B>[] = [];
  const bits2 = bothBits(a, b);
  const n = text.length;
  let coveredA = from;
  let coveredB = from;
  let i = from;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i >= to) break;
    const start = i;
    let h = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWord(c)) break;
      h = (Math.imul(h, 31) + LOWER[c]!) | 0;
      i++;
    }
    const bits = bits2[h & FIRST_BITS]!;
    if (bits === 0) continue;
    if ((bits & 1) !== 0 && start >= coveredA) {
      const end = matchAt(a, text, start, i, h, hitsA);
      if (end >= 0) coveredA = end;
    }
    if ((bits & 2) !== 0 && start >= coveredB) {
      const end = matchAt(b, text, start, i, h, hitsB);
      if (end >= 0) coveredB = end;
    }
  }
  return { a: hitsA, b: hitsB };
}

export function phraseMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  options: MatchOptions<T> = {},
): (text: string, from?: number, to?: number) => PhraseHit<T>[] {
  const table = phraseTable(entries, options);
  return (text, from = 0, to = text.length) => matchPhrases(table, text, from, to);
}
