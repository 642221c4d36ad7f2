/**
 * A text's cue reading: which families of cue words each sentence holds (a bit per family) and
 * where each word of a family starts, from one scan of the text. Passes that looked for their own
 * few words in every text with a regular expression of their own (officialClaims' key words, joint
 * production, "denied this", the Russia words of the claims' fallback) read it instead.
 *
 * A family's bit answers "no such word here" exactly, and its starts are every word of it. The scan
 * is `\b` and the families' words in any case; each hit is the start of a word (a run of `\w`: the
 * words are `\w` only, so no second hit falls inside it), checked against every family's words as
 * they are written (case, whole word or the letters a word opens with). Rule modules register their
 * families with the words of their own regular expressions (`cueFamily`), at load.
 *
 * What it costs is about what the scans it replaces cost (docs/performance.md, session 18): irregexp
 * scans for a list of words at about the same cost per character whatever the list's length, and a
 * walk over the words in JavaScript costs as much; so a family pays only where it spares work
 * beyond its scan, not where it spares a scan alone.
 */
import type { Span } from './sentences.js';

export interface CueWord {
  /** The word, or the letters a word opens with (`prefix`), as the rule's regex spells it (`\w` only). */
  word: string;
  /** Any word that opens with `word` ("contribut" in "contributes"), not `word` alone. */
  prefix?: boolean;
  /** Only as written (the rule's regex has no i flag), not in any case. */
  caseSensitive?: boolean;
}

interface Entry {
  /** As written when case-sensitive, else in lower case. */
  word: string;
  prefix: boolean;
  caseSensitive: boolean;
  bit: number;
}

const families: (readonly CueWord[])[] = [];
let compiled: { scan: RegExp; byLetter: Entry[][] } | undefined;

/** A family of cue words, registered once (at a rule module's load): its bit in every reading. */
export function cueFamily(words: readonly CueWord[]): number {
  if (families.length >= 31) throw new Error('cueReading: more than 31 families of cue words');
  for (const w of words) if (!/^[A-Za-z]\w*$/.test(w.word)) throw new Error(`cue word ${w.word}: a letter, then \\w`);
  families.push(words);
  compiled = undefined;
  return 1 << (families.length - 1);
}

function compile(): { scan: RegExp; byLetter: Entry[][] } {
  const byLetter: Entry[][] = [];
  for (let c = 0; c < 26; c++) byLetter.push([]);
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  families.forEach((words, i) => {
    for (const w of words) {
      const word = w.caseSensitive ? w.word : w.word.toLowerCase();
      byLetter[(w.word.charCodeAt(0) | 32) - 97]!.push({
        word,
        prefix: w.prefix ?? false,
        caseSensitive: w.caseSensitive ?? false,
        bit: 1 << i,
      });
      (w.prefix ? prefixes : whole).add(w.word.toLowerCase());
    }
  });
  // Any case: a hit is a word that may be one of them, checked below. The whole words share one `\b`
  // (one after each made the scan about twice as slow); without it, every word they open is a hit.
  const alternatives = [...prefixes];
  if (whole.size > 0) alternatives.unshift(String.raw`(?:${[...whole].join('|')})\b`);
  return { scan: new RegExp(String.raw`\b(?:${alternatives.join('|')})`, 'gi'), byLetter };
}

/** `\w` without the u flag, by char code. */
const isW = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether the word `text[start, end)` is, or opens with, the entry's word. */
function holds(text: string, start: number, end: number, e: Entry): boolean {
  const n = e.word.length;
  if (e.prefix ? end - start < n : end - start !== n) return false;
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(start + k);
    if (!e.caseSensitive && c >= 65 && c <= 90) c += 32;
    if (c !== e.word.charCodeAt(k)) return false;
  }
  return true;
}

/** The families whose words `text[start, end)` is or opens with. */
function familiesOf(text: string, start: number, end: number, entries: readonly Entry[]): number {
  let bits = 0;
  for (const e of entries) if ((bits & e.bit) === 0 && holds(text, start, end, e)) bits |= e.bit;
  return bits;
}

export interface CueReading {
  /**
   * Each sentence's families (bits); a word counts in the sentence `spanIndex` places its start in.
   * A sentence that ends inside a word has every bit (a regex over its own text would see the word cut).
   */
  sentences: Int32Array;
  /** The families of the whole text. */
  text: number;
  /** Where each word of the family (its bit) starts, in order. */
  starts(bit: number): number[];
}

/** The cue reading of a text whose sentences are `spans`. */
export function readCues(text: string, spans: readonly Span[]): CueReading {
  const { scan, byLetter } = (compiled ??= compile());
  const sentences = new Int32Array(spans.length);
  // Each word's start and families, in pairs.
  const hits: number[] = [];
  let all = 0;
  let s = 0;
  let next = spans.length > 1 ? spans[1]!.start : Infinity;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const start = m.index;
    let end = scan.lastIndex;
    while (end < text.length && isW(text.charCodeAt(end))) end++;
    const entries = byLetter[(text.charCodeAt(start) | 32) - 97]!;
    const bits = familiesOf(text, start, end, entries);
    while (start >= next) next = ++s + 1 < spans.length ? spans[s + 1]!.start : Infinity;
    if (bits === 0) continue;
    if (s < sentences.length) sentences[s]! |= bits;
    all |= bits;
    hits.push(start, bits);
  }
  // A sentence that ends inside a word (none does where sentences start after a space or a stop) may hold, in its
  // own text, a word cut short that no family's word is in the text: it may hold any.
  for (let k = 0; k < spans.length; k++) {
    const end = spans[k]!.end;
    if (end > 0 && end < text.length && isW(text.charCodeAt(end - 1)) && isW(text.charCodeAt(end))) sentences[k] = -1;
  }
  return {
    sentences,
    text: all,
    starts(bit) {
      const out: number[] = [];
      for (let i = 0; i < hits.length; i += 2) if ((hits[i + 1]! & bit) !== 0) out.push(hits[i]!);
      return out;
    },
  };
}
