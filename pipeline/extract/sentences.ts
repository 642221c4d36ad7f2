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
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^[A-Z]$/.test(word)) return true; // U.S, E.O, J (initial)
  return ABBREVIATIONS.has(word.toLowerCase());
}

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
