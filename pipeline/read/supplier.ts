/**
 * The supplier of a claim: the noun phrase before its verb, read backwards over the words a
 * supplier's name is made of (capitalized words, "-based", "companies", "entities in China and
 * Hong Kong"), stopping at a figure, a verb or a clause break. A relative clause ("22 entities
 * … that have supplied") is read back past its "that".
 */
const AUX =
  /^(?:has|have|had|is|are|was|were|been|be|being|also|likely|probably|possibly|reportedly|allegedly|directly|indirectly|still|never|not|n’t|n't|does|do|did|isn’t|isn't|aren’t|aren't|hasn’t|hasn't|haven’t|haven't|doesn’t|doesn't|didn’t|didn't|repeatedly|now|already|continued|continues|to|may|might|could|would|will|denies|denied|deny)$/i;
const NP_WORD =
  /^(?:companies|company|firms|firm|entities|entity|suppliers|supplier|carmakers|manufacturers|makers|exporters|traders|intermediaries|networks|network|groups|group|individuals|state-owned|private|shell|defense|defence|producers|in|and|of|the|[\p{Lu}][\p{L}\p{N}.’'&-]*|[\p{L}]+-based)$/u;
const DETERMINERS = /^(?:the|a|an|some|many|several|two|three|other|certain)\s+/i;

export interface SupplierPhrase {
  start: number;
  end: number;
  text: string;
  relative: boolean;
}

/** The supplier phrase ending before `verbStart` in `text[from, verbStart)`. */
export function supplierBefore(text: string, from: number, verbStart: number): SupplierPhrase | undefined {
  const head = text.slice(from, verbStart);
  const words = [...head.matchAll(/[\p{L}\p{N}.’'&-]+|[,—–]/gu)].map((m) => ({
    w: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  let i = words.length - 1;
  while (i >= 0 && AUX.test(words[i]!.w)) i--;
  let relative = false;
  if (i >= 0 && /^(?:that|which|who)$/i.test(words[i]!.w)) {
    relative = true;
    i--;
  }
  const end = i >= 0 ? words[i]!.end : verbStart;
  let j = i;
  while (j >= 0) {
    const w = words[j]!.w;
    if (w === '—' || w === '–') break;
    if (w === ',') {
      // A comma inside a list of names: "Wuhan Global Sensor Technology Company, Wuhan Tongsheng …".
      const prev = words[j - 1];
      const next = words[j + 1];
      if (prev && next && /^\p{Lu}/u.test(prev.w) && /^\p{Lu}/u.test(next.w)) {
        j--;
        continue;
      }
      break;
    }
    if (!NP_WORD.test(w) || /^\d/.test(w)) break;
    j--;
  }
  if (j === i) return undefined;
  let start = words[j + 1]!.start;
  let phrase = text.slice(start, end);
  // Leading glue words are no part of the name.
  for (
    let m = /^(?:and|in|of|that|but|said|while)\s+/i.exec(phrase);
    m !== null;
    m = /^(?:and|in|of|that|but|said|while)\s+/i.exec(phrase)
  ) {
    start += m[0].length;
    phrase = phrase.slice(m[0].length);
  }
  const det = DETERMINERS.exec(phrase);
  if (det && !/^the\s+(?:DPRK|PRC|UAE|U\.S\.|United|European|Kremlin)/.test(phrase)) {
    start += det[0].length;
    phrase = phrase.slice(det[0].length);
  }
  if (phrase.length < 2) return undefined;
  // A sentence-initial capital on an ordinary word ("The", "Before") is no name.
  if (/^(?:Before|After|Since|Today|Meanwhile|However|Also|It|They|He|She|We|This|That|These|Those|In|On|At)$/.test(phrase))
    return undefined;
  return { start, end, text: phrase, relative };
}

/** "China-based companies A, B and C" → ["A", "B", "C"]; "entities in China and Hong Kong" stays whole. */
export function splitSuppliers(phrase: string): string[] {
  if (/^\p{Ll}/u.test(phrase)) return [phrase];
  const stripped = phrase.replace(/^(?:[\p{L}-]+-based\s+|Chinese\s+|Russian\s+)?(?:companies|firms|entities|suppliers)\s+(?=\p{L})/u, '');
  const parts = stripped.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p.length > 0);
  // Every part a name: a capital in its first word ("iRay Technology" too).
  if (parts.every((p) => /^\p{L}*\p{Lu}/u.test(p))) return parts;
  return [phrase];
}
