/**
 * Hedge words, which must touch the number (with its currency sign): "about $900 million",
 * "more than two years", "5,000 or more". A hedge anywhere else in the sentence is not the
 * number's ("over the past three months" is exact). Table: docs/interval-policy.md.
 */
import type { Hedge } from './mention.js';
import { foldedWordSignature, isAsciiLetter, isDigit, isInlineSpace, isSpaceSeparator } from './chars.js';

const LEFT: ReadonlyArray<[Hedge, string[]]> = [
  [
    'approximately',
    [
      'an estimated',
      'estimated',
      'approximately',
      'approx.',
      'about',
      'around',
      'roughly',
      'some',
      'circa',
      'ca.',
      'c.',
      'in the region of',
      'on the order of',
      'in the order of',
      'an approximate',
      'nearly about',
    ],
  ],
  [
    'at_most',
    [
      'nearly',
      'almost',
      'just under',
      'just below',
      'just shy of',
      'shy of',
      'just short of',
      'close to',
      'closer to',
      'not quite',
      'nearing',
      'approaching',
      'a little under',
      'a little less than',
      'slightly under',
      'slightly below',
      'slightly less than',
      'just less than',
      'a little below',
    ],
  ],
  [
    'more_than',
    [
      'more than',
      'over',
      'above',
      'in excess of',
      'exceeding',
      'upwards of',
      'upward of',
      'greater than',
      'higher than',
      'well over',
      'well above',
      'well in excess of',
      'just over',
      'just above',
      'just more than',
      'slightly more than',
      'slightly over',
      'slightly above',
      'a little over',
      'a little more than',
      'north of',
      'topping',
      'topped',
      'tops',
      'surpassing',
      'surpassed',
      'surpasses',
      'exceed',
      'exceeds',
      'exceeded',
      'better than',
      'larger than',
      'bigger than',
      'beyond',
    ],
  ],
  [
    'at_least',
    ['at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'minimum of', 'at a minimum'],
  ],
  [
    'less_than',
    ['under', 'less than', 'below', 'fewer than', 'lower than', 'smaller than', 'well under', 'well below', 'well short of', 'short of'],
  ],
  [
    'up_to',
    [
      'up to',
      'as much as',
      'as many as',
      'as high as',
      'as large as',
      'no more than',
      'not more than',
      'a maximum of',
      'maximum of',
      'at most',
      'at the most',
      'at a maximum',
      // a negated "more than": "did not exceed 10%", "never topped $1 billion"
      'not exceed',
      'not exceeding',
      'not exceeded',
      'never exceeded',
      'never exceeds',
      'not to exceed',
      'not surpass',
      'not top',
      'never topped',
      'no higher than',
      'no greater than',
      'no larger than',
      'not above',
      'not over',
    ],
  ],
];

const byPhrase = new Map<string, Hedge>();
for (const [hedge, words] of LEFT) for (const w of words) byPhrase.set(w, hedge);

/** Last words of the phrases: a look-back stops at once when the nearest word is none of them. */
const LAST_WORDS = new Set([...byPhrase.keys()].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** Length and lowercase first letter of a word: rules out most words without slicing them. */
const signature = foldedWordSignature;
const MAX_WORDS = Math.max(...[...byPhrase.keys()].map((p) => p.split(' ').length));

/*
 * The phrases as a trie over their words read backwards ("than" → "more" → "no"), the words
 * numbered. The look-back runs before every figure, so it identifies each word in place (its
 * signature narrows it to one or two candidates, compared char by char) and steps through the
 * trie: no substring, no phrase string, no hashing of either. It stops as soon as the words
 * read so far are no word-suffix of any phrase (no trie node). The tables are typed arrays
 * indexed by signature, word id and node, not Sets and Maps: a look-up is one load.
 */
const PHRASE_WORDS = [...new Set([...byPhrase.keys()].flatMap((p) => p.split(' ')))];
/** The longest phrase word (with its dot); a longer run of letters is no phrase word. */
const MAX_LENGTH = Math.max(...PHRASE_WORDS.map((w) => w.length));
/** The ids of the phrase words by signature (length ≤ MAX_LENGTH, so signature < SIGNATURES). */
const SIGNATURES = (MAX_LENGTH + 1) * 128;
const WORDS_BY_SIGNATURE: (number[] | undefined)[] = new Array<number[] | undefined>(SIGNATURES).fill(undefined);
PHRASE_WORDS.forEach((w, id) => {
  const k = signature(w, 0, w.length);
  WORDS_BY_SIGNATURE[k] = [...(WORDS_BY_SIGNATURE[k] ?? []), id];
});
const NOT_ID = PHRASE_WORDS.indexOf('not');
/** 1 for the signature of a phrase's last word, and for the id of one. */
const LAST_SIGNATURES = new Uint8Array(SIGNATURES);
const LAST_WORD_IDS = new Uint8Array(PHRASE_WORDS.length);
for (const w of LAST_WORDS) {
  LAST_SIGNATURES[signature(w, 0, w.length)] = 1;
  LAST_WORD_IDS[PHRASE_WORDS.indexOf(w)] = 1;
}
/** The hedge of the phrase that a node completes, if any; node 0 is the root. */
const HEDGE_AT: (Hedge | null)[] = [null];
const childKeys = new Map<number, number>();
for (const [phrase, hedge] of byPhrase) {
  let node = 0;
  for (const w of phrase.split(' ').reverse()) {
    const key = node * PHRASE_WORDS.length + PHRASE_WORDS.indexOf(w);
    let next = childKeys.get(key);
    if (next === undefined) {
      next = HEDGE_AT.length;
      HEDGE_AT.push(null);
      childKeys.set(key, next);
    }
    node = next;
  }
  HEDGE_AT[node] = hedge;
}
/** Child of trie node n by word id w at n * PHRASE_WORDS.length + w, or 0 (the root is no one's child). */
const CHILD = new Int32Array(HEDGE_AT.length * PHRASE_WORDS.length);
for (const [key, next] of childKeys) CHILD[key] = next;

/** Whether [s, e) may be the last word of a phrase, from its length and first letter. */
function mayBeLastWord(text: string, s: number, e: number): boolean {
  return e - s <= MAX_LENGTH && LAST_SIGNATURES[signature(text, s, e)] === 1;
}

/**
 * The id of the phrase word written at [s, e) in any case, or -1. The span holds ASCII letters
 * and at most a final dot, so comparing c | 0x20 is exactly comparing the lowercased substring.
 */
function wordIdAt(text: string, s: number, e: number): number {
  if (e - s > MAX_LENGTH) return -1;
  const ids = WORDS_BY_SIGNATURE[signature(text, s, e)];
  if (ids === undefined) return -1;
  for (const id of ids) {
    const w = PHRASE_WORDS[id]!;
    let i = 0;
    while (i < w.length && (text.charCodeAt(s + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i === w.length) return id;
  }
  return -1;
}

/** Verbs and nouns after which "about" means "concerning", not "approximately". */
const ABOUT_TOPIC = new Set(
  (
    'talk talked talking talks spoke speak speaks speaking concern concerns concerned worried worry worries warned warn warning ' +
    'ask asked asking know knew known learn learned learnt think thought care cared complain complained question questions ' +
    'information news details data told tell said say says wrote write writes read heard hear report reports reported unsure ' +
    'clear sure serious something nothing anything all'
  ).split(' '),
);

export interface LeftHedge {
  hedge: Hedge;
  start: number;
}

/**
 * The hedge phrase ending at `start` (spaces between), not reaching before `floor`. Reads
 * the words backwards and keeps the longest phrase that matches: "just under" over "under",
 * "no more than" over "more than".
 */
export function readLeftHedge(text: string, start: number, floor: number): LeftHedge | null {
  let p = start;
  while (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  if (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x7e /* ~ */ || c === 0x2248 /* ≈ */) return start - p <= 1 ? { hedge: 'approximately', start: p - 1 } : null;
    // the signs of comparison, as in lists and tables: "≥30 minutes", "<1%", "> 500"
    const sign = signHedge(c);
    if (sign)
      return start - p <= 1 && !isDigit(text.charCodeAt(p - 2)) && !isAsciiLetter(text.charCodeAt(p - 2))
        ? { hedge: sign, start: p - 1 }
        : null;
  }
  if (p === start) return null;
  let node = 0; // the trie node of the words read so far
  let best: LeftHedge | null = null;
  for (let k = 0; k < MAX_WORDS; k++) {
    let e = p;
    if (e > floor && text.charCodeAt(e - 1) === 46 /* . in approx., ca. */) e--;
    let s = e;
    while (s > floor && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    if (s === e) break;
    let id = -2; // the word's id, once known (-1: no phrase word)
    if (
      k > 0 &&
      s - 2 > floor &&
      e - s === 1 &&
      (text.charCodeAt(s) | 0x20) === 116 &&
      isApostrophe(text.charCodeAt(s - 1)) &&
      (text.charCodeAt(s - 2) | 0x20) === 110
    ) {
      // "didn't exceed", "doesn’t top": n't is "not"
      s -= 2;
      while (s > floor && isAsciiLetter(text.charCodeAt(s - 1))) s--;
      id = NOT_ID;
    }
    if (s > floor && isLetterOrDigitOrApostrophe(text.charCodeAt(s - 1))) break;
    if (k === 0 && !mayBeLastWord(text, s, p)) return null;
    if (id === -2) id = wordIdAt(text, s, p);
    if (k === 0 && (id < 0 || LAST_WORD_IDS[id] === 0)) return null;
    const next = id < 0 ? 0 : CHILD[node * PHRASE_WORDS.length + id]!;
    if (next === 0) break;
    node = next;
    const h = HEDGE_AT[node];
    if (h) best = { hedge: h, start: s };
    // the next word back, across exactly one run of spaces
    p = s;
    if (p <= floor || !isInlineSpace(text.charCodeAt(p - 1))) break;
    while (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  }
  if (best && (best.hedge === 'more_than' || best.hedge === 'less_than') && comparativeAfterFigure(text, best.start, floor)) {
    // "40.7% more than a year ago", "three times more than 2021": a comparison, not a bound
    return null;
  }
  if (best && best.hedge === 'approximately' && startsWithWord(text, best.start, 'about')) {
    // "talked about 5 issues": "about" as "concerning"
    const w = wordEndingAt(text, best.start, floor);
    if (w && ABOUT_TOPIC.has(w)) return null;
  }
  return best;
}

/** Whether `w` (lowercase) is written at `pos`, in any case; compared in place. */
function startsWithWord(text: string, pos: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(pos + i) | 0x20) !== w.charCodeAt(i)) return false;
  return true;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** ≥ ⩾ at least, ≤ ⩽ up to, > more than, < less than; null for any other character. */
function signHedge(c: number): Hedge | null {
  if (c === 0x3e) return 'more_than';
  if (c === 0x3c) return 'less_than';
  if (c < 0x2264) return null;
  if (c === 0x2265 || c === 0x2a7e) return 'at_least';
  if (c === 0x2264 || c === 0x2a7d) return 'up_to';
  return null;
}

/** How a figure of change ends: "5% more than", "3 times more than", "10 points less than". */
const COMPARED_FIGURE_END = /(?:%|(?<![A-Za-z])(?:percent|cent|pct|times|fold|points))$/i;

/**
 * Whether the "more/less than" at `start` follows, across spaces only, the figure that ends at
 * `floor` (the previous mention) and that figure is a change: then it compares, it does not bound.
 */
function comparativeAfterFigure(text: string, start: number, floor: number): boolean {
  if (floor === 0 || start - floor > 3) return false;
  for (let p = floor; p < start; p++) if (!isInlineSpace(text.charCodeAt(p))) return false;
  return COMPARED_FIGURE_END.test(text.slice(Math.max(0, floor - 8), floor));
}

function isLetterOrDigitOrApostrophe(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 95;
}

/** The lowercase word before `pos` across one run of spaces, or ''. */
function wordEndingAt(text: string, pos: number, floor: number): string {
  let p = pos;
  while (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  let s = p;
  while (s > floor && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, p).toLowerCase();
}

const RIGHT_RE =
  /[ \u00a0]or (so|more|less|fewer|above|higher|over)(?![A-Za-z])|[ \u00a0]and (?:more|above|over|up)(?![A-Za-z])|(\+)|-(plus|odd)(?![A-Za-z])/y;

export interface RightHedge {
  hedge: Hedge;
  end: number;
}

/** A hedge right after the number: "or so", "or more", "or fewer", "+", "-plus", "-odd". */
export function readRightHedge(text: string, pos: number): RightHedge | null {
  const c = text.charCodeAt(pos);
  if (isSpaceSeparator(c)) {
    const n = text.charCodeAt(pos + 1);
    if (n !== 111 /* o */ && n !== 97 /* a */) return null;
  } else if (c !== 43 /* + */ && c !== 45 /* - */) return null;
  RIGHT_RE.lastIndex = pos;
  const m = RIGHT_RE.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  const w = (m[1] ?? m[3] ?? (m[2] ? 'plus' : 'more')).toLowerCase();
  if (w === 'so' || w === 'odd') return { hedge: 'approximately', end };
  if (w === 'less' || w === 'fewer') return { hedge: 'up_to', end };
  return { hedge: 'at_least', end };
}
