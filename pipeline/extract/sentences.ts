/**
 * Sentence boundaries, computed once per text; a mention's sentence is found by binary
 * search. A sentence ends at a line break, or at . ! ? … (with any closing quotes or
 * brackets) followed by space and a capital, digit, quote or bracket — unless the dot ends
 * an abbreviation (U.S., Mr., Jan., No., Inc., e.g.).
 */
const END_RE = /\n+|[.!?…]+["'”’)\]]*(?=[ \t\u00a0]+["“‘'(\[]?[\p{Lu}\d])/gu;

/** Dotted words that do not end a sentence when a capital follows ("U.S. Secretary"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'st', 'jr', 'sr', 'rev', 'hon',
  'no', 'nos', 'inc', 'corp', 'co', 'ltd', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'ch', 'art', 'sec', 'para', 'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft', 'pres',
]);

/** Start offsets of the sentences of `text`, ascending, first = 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(text)) !== null) {
    const at = m.index;
    let end = at + m[0].length;
    if (text.charCodeAt(at) !== 10) {
      if (m[0][0] === '.' && isAbbreviation(text, at)) continue;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u00a0')) end++;
    }
    if (end < text.length && end > starts[starts.length - 1]!) starts.push(end);
  }
  return starts;
}

/** Whether the dot at `dot` ends an abbreviation: a listed word, or initials (U.S., E.O.). */
function isAbbreviation(text: string, dot: number): boolean {
  // initials: single letters joined by dots before this dot (U.S., E.O., J.)
  let p = dot;
  let initials = true;
  while (p > 0 && isLetterCode(text.charCodeAt(p - 1))) {
    if (p - 2 >= 0 && isLetterCode(text.charCodeAt(p - 2))) {
      initials = false;
      break;
    }
    p--;
    if (p > 0 && text.charCodeAt(p - 1) === 46) p--;
    else break;
  }
  if (initials && p < dot) {
    const single = dot - p === 1;
    if (!single || (text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90)) return true;
  }
  let s = dot;
  while (s > 0 && dot - s <= 6 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (dot - s > 6 || (s > 0 && isLetterCode(text.charCodeAt(s - 1)))) return false;
  return ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Index of the sentence containing `offset` (binary search over `starts`). */
export function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
