/**
 * Sentence spans of a normalized text, for the `sentence` context published with each figure
 * and claim. Deliberately simple and locale-free (Intl.Segmenter's results depend on the ICU
 * version): a sentence ends at a line break, or at . ! ? … (plus closing quotes or brackets)
 * followed by white space and a capital, digit or opening quote — unless the word before the
 * full stop is an initialism ("U.S.") or a title ("Gen.").
 */
export interface Span {
  start: number;
  end: number;
}

const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'No', 'Nos', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const CLOSERS = /["'”’)\]]/;
const OPENERS = /[\p{Lu}\p{N}"“‘'(\[]/u;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, dot - 20), dot))![0];
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // U.S, D.C, single initials
  return TITLES.has(word);
}

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (start >= 0 && e > start) spans.push({ start, end: e });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      close(i);
      continue;
    }
    if (start < 0) {
      if (!/\s/.test(c)) start = i;
      else continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j]!)) j++;
      if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue;
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k < text.length && text[k] !== '\n' && !OPENERS.test(text[k]!)) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      close(j);
      i = j - 1;
    }
  }
  close(text.length);
  return spans;
}

/** Index of the sentence containing `offset` (or the last one starting before it). */
export function sentenceIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The text of the sentence(s) that the span [start, end) lies in. */
export function sentenceText(text: string, spans: readonly Span[], start: number, end: number): string {
  const a = spans[sentenceIndexAt(spans, start)]!;
  const b = spans[sentenceIndexAt(spans, Math.max(start, end - 1))]!;
  return text.slice(Math.min(a.start, start), Math.max(b.end, end));
}
