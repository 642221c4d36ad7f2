/**
 * "the Union" in a text that has named the European Union: "In 2023, the Union's exports to Russia
 * stood at €37.6 billion". Not "the Soviet Union", "the Eurasian Economic Union" (a word of its own
 * name before it), nor in a text that never names the EU.
 */
import { countryHit, EUROPEAN_UNION, type CountryHit } from './countries.js';

const NAMED_EU = /\b(?:EU|E\.U\.|European Union)\b/;
const THE_UNION = /\b[Tt]he Union\b/g;

/** Whether a text holds "the Union" at all: most hold none, and their sentences are not searched (read once per text). */
export function mayNameUnion(text: string): boolean {
  // 'he Union' looked for by its rare capital: includes() stops at every "h" of a text.
  for (let at = text.indexOf('Union'); at >= 0; at = text.indexOf('Union', at + 1))
    if (at >= 3 && text.startsWith('he ', at - 3)) return true;
  return false;
}

/** The hits of "the Union" in `text[from, to)`, standing for the EU; empty where the text has not named it before. */
export function unionHits(text: string, from: number, to: number): CountryHit[] {
  const at = text.indexOf('he Union', from);
  if (at < 0 || at >= to || !NAMED_EU.test(text.slice(0, at))) return [];
  const hits: CountryHit[] = [];
  THE_UNION.lastIndex = from;
  for (let m = THE_UNION.exec(text); m !== null && m.index < to; m = THE_UNION.exec(text)) {
    const start = m.index + 4;
    hits.push(countryHit({ code: EUROPEAN_UNION, entity: 'european-union', demonym: false, metonym: false }, start, start + 5, 'Union'));
  }
  return hits;
}
