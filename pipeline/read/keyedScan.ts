/**
 * A pattern's matches found through a rare key word: the key (a cheap regex) is scanned over the
 * whole text, the pattern only in a window around each hit. Patterns that open on a common word
 * ("for", "the", a space) cost a scan of every text otherwise, most of which hold no key at all.
 */

/** Whether `text` holds one of `words` (plain substring search, far cheaper than a regex scan of the text). */
export const holdsAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/**
 * The matches of `pattern` (global) in `text` that cover a hit of `key` (global), looked for from
 * `back` characters before the hit to `ahead` after it; offsets are the text's.
 */
export function keyedMatches(text: string, key: RegExp, pattern: RegExp, back: number, ahead: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  key.lastIndex = 0;
  for (let k = key.exec(text); k !== null; k = key.exec(text)) {
    if (k.index < done) continue;
    const from = Math.max(done, k.index - back);
    const window = text.slice(from, k.index + k[0].length + ahead);
    const at = k.index - from;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null && m.index <= at; m = pattern.exec(window)) {
      if (m.index + m[0].length <= at) continue;
      m.index += from;
      out.push(m);
      done = m.index + m[0].length;
      break;
    }
  }
  return out;
}
