/**
 * "from X to Y" is two things in English. After a verb of change ("rose from 5% to 7%", "up
 * from", "increasing in value from $79,000 to $3.2 million") it is a change: two figures, a
 * before and an after. Without one ("Russia has had to import from 70 to 90 percent",
 * "estimates range from 5 to 10 percent", "fees ran from $1 to $2 million") it is a spread:
 * one range. These helpers read the words around "from"; scan.ts decides. The same words tell a
 * multiple ("grew 2.5 times") from a count of occasions ("visited six times").
 */
import { isAsciiLetter, isInlineSpace } from './chars.js';

/** Words of change and movement that make "from X to Y" a before and an after. */
const CHANGE_WORDS = new Set(
  (
    'rose rise rises rising risen increase increased increases increasing grew grow grows growing grown jump jumped jumps jumping ' +
    'climb climbed climbs climbing surge surged surges surging soar soared soars soaring skyrocket skyrocketed skyrocketing rocketed ' +
    'spike spiked spiking leap leapt leaped leaps leaping fell fall falls falling fallen drop dropped drops dropping decline declined ' +
    'declines declining decrease decreased decreases decreasing plunge plunged plunges plunging plummet plummeted plummeting slump slumped ' +
    'slumping shrank shrink shrinks shrinking shrunk tumble tumbled tumbling slid slide slides sliding slip slipped dip dipped sank sink ' +
    'expand expanded expands expanding boost boosted boosting raise raised raises raising cut cuts cutting reduce reduced reduces reducing ' +
    'lower lowered lowering went go goes going gone move moved moves moving change changed changes changing shift shifted shifting ' +
    'widen widened narrow narrowed swell swelled swollen balloon ballooned recover recovered rebound rebounded improve improved ' +
    'revise revised upgrade upgraded downgrade downgraded hike hiked accelerate accelerated slow slowed double doubled doubling ' +
    'triple tripled tripling quadrupled halved up down growth gain gained gains added adding increment trend jumping moving year-on-year'
  ).split(' '),
);

const isWordChar = (c: number): boolean => isAsciiLetter(c) || c === 45; /* - in year-on-year */

/** Where "from" starts if it comes at most three words (no punctuation) before `pos`, else -1. */
export function fromBefore(text: string, pos: number, floor: number): number {
  let p = pos;
  for (let k = 0; k < 4; k++) {
    if (p <= floor || !isInlineSpace(text.charCodeAt(p - 1))) return -1;
    while (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
    let s = p;
    while (s > floor && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    if (s === p) return -1;
    if (p - s === 4 && (text.charCodeAt(s) | 0x20) === 102 && text.slice(s, p).toLowerCase() === 'from') return s;
    p = s;
  }
  return -1;
}

/** Words that make "from X to Y" a spread even after a change: "rose, with estimates ranging from". */
const SPREAD_WORDS = new Set([
  'range',
  'ranges',
  'ranged',
  'ranging',
  'vary',
  'varies',
  'varied',
  'varying',
  'anywhere',
  'spanning',
  'spans',
]);

/**
 * Whether a word of change comes among the `words` words before `pos`, within its sentence
 * part: one comma may come between ("costs rose tenfold, from $5,000 to $50,000", "the volume of
 * transactions increased, from …"); other punctuation ends the search, and so does the previous
 * mention (`floor`) unless it is itself a change ("doubled, from …", "tenfold, from …"). A word
 * of spread ("ranging", "vary") met first means no change.
 */
export function changeBefore(text: string, pos: number, floor: number, words = 8): boolean {
  let p = pos;
  let commas = 0;
  for (let k = 0; k < words; k++) {
    let q = p;
    while (q > floor && isInlineSpace(text.charCodeAt(q - 1))) q--;
    if (q === p) return false;
    if (q > floor && text.charCodeAt(q - 1) === 44 /* , */ && commas++ === 0) {
      q--;
      while (q > floor && isInlineSpace(text.charCodeAt(q - 1))) q--;
    }
    if (q <= floor) return floor > 0 && isChangeWord(text, wordStart(text, floor, 0), floor);
    const s = wordStart(text, q, floor);
    if (s === q) return false; // other punctuation: the clause ends
    if (isChangeWord(text, s, q)) return true;
    if (q - s >= 4 && SPREAD_WORDS.has(text.slice(s, q).toLowerCase())) return false;
    p = s;
  }
  return false;
}

function wordStart(text: string, end: number, floor: number): number {
  let s = end;
  while (s > floor && isWordChar(text.charCodeAt(s - 1))) s--;
  return s;
}

function isChangeWord(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const w = text.slice(s, e).toLowerCase();
  return CHANGE_WORDS.has(w) || w.endsWith('fold');
}
