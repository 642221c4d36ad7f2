/**
 * A sentence opening on a concession — "Despite repeated assurances by China that it does not
 * supply lethal weapons to Russia, Chinese-made microelectronics continue to be found …" — holds
 * two clauses: the concession up to its comma, and the main clause after it. A verb in either has
 * its own goods, parties and negation: the assurance's "not" denies nothing the main clause says,
 * and the main clause's goods are not the assurance's.
 */
const OPENING = /^(?:Despite|In\s+spite\s+of|Notwithstanding|Contrary\s+to)\s[^,;.]{1,200}?,\s+/u;

/** Where the main clause after a sentence-opening concession starts (the concession's comma is at that offset less its spaces), or -1. */
export function afterConcession(text: string, sentenceStart: number, sentenceEnd: number): number {
  const c = text.charCodeAt(sentenceStart);
  // Only "Despite", "In spite of", "Notwithstanding", "Contrary to" open one: D, I, N, C.
  if (c !== 68 && c !== 73 && c !== 78 && c !== 67) return -1;
  const m = OPENING.exec(text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 240)));
  return m ? sentenceStart + m[0].length : -1;
}
