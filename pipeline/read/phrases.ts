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

// Letters of the Latin, Greek and Cyrillic blocks and digits: without the u flag and \p{L}
// the scan is several times faster, and vocabulary words use no other script.
const WORD = /[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF]+/g;
const LETTER = /[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF]/;
/** Space, tab, line break, no-break space, hyphen, full stop, apostrophes. */
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 45 || c === 46 || c === 39 || c === 0x2019;
const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/’/g, "'");

export interface MatchOptions {
  /** Characters that may not stand right before a match ("U.S.-China": no China). */
  notAfter?: RegExp;
  /** Whether the text after a match (its next few characters) rules it out. */
  rejectFollowing?: (after: string) => boolean;
}

export function phraseMatcher<T>(
  entries: readonly PhraseEntry<T>[],
  options: MatchOptions = {},
): (text: string, from?: number, to?: number) => PhraseHit<T>[] {
  const byFirst = new Map<string, Compiled<T>[]>();
  let longest = 1;
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
    longest = Math.max(longest, words.length);
    const key = words[0]!.toLowerCase();
    const list = byFirst.get(key) ?? [];
    list.push(c);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words - a.words || b.folded.length - a.folded.length);
  const next = /[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF]+/y;
  return (text, from = 0, to = text.length) => {
    const hits: PhraseHit<T>[] = [];
    WORD.lastIndex = from;
    for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
      const list = byFirst.get(m[0].toLowerCase());
      if (!list) continue;
      const start = m.index;
      if (options.notAfter && start > 0 && options.notAfter.test(text[start - 1]!)) continue;
      // The ends of the next words, as far as the longest phrase needs.
      const ends = [start + m[0].length];
      let at = ends[0]!;
      while (ends.length < longest) {
        let gap = at;
        while (gap < text.length && gap - at < 3 && isGap(text.charCodeAt(gap))) gap++;
        if (gap === at || gap >= text.length) break;
        next.lastIndex = gap;
        const w = next.exec(text);
        if (!w) break;
        at = gap + w[0].length;
        ends.push(at);
      }
      for (const c of list) {
        if (c.words > ends.length) continue;
        let end = ends[c.words - 1]!;
        // Spans differ in length from the phrase only by their separators: check cheaply first.
        if (end - start !== c.folded.length && c.words === 1) continue;
        const span = text.slice(start, end);
        if (c.exact !== null ? span !== c.exact : (c.words === 1 ? span.toLowerCase().replace(/’/g, "'") : fold(span)) !== c.folded)
          continue;
        if (c.dotted) {
          if (text[end] !== '.') continue;
          end++;
        }
        // A letter or digit right after means a longer word.
        if (end < text.length && LETTER.test(text[end]!)) continue;
        if (options.rejectFollowing?.(text.slice(end, end + 16))) continue;
        hits.push({ start, end, text: text.slice(start, end), value: c.value });
        // Skip the words the match covered.
        WORD.lastIndex = end;
        break;
      }
    }
    return hits;
  };
}
