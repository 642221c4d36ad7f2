/**
 * Where a figure's own flow goes to Russia: "a 59% decline in exports to Russia" (the noun phrase
 * right after the figure) or "exports of goods to Russia have decreased to £57 million, a fall of
 * 77.4%" (the last flow noun of its sentence before it). A reading that put Russia on the
 * exporting side of such a figure took its countries from another clause ("… and an 87% drop in
 * imports from Russia") or from the goods' users ("leaving Russian companies without the chips"),
 * and the scope (scope.ts) would then leave a supply to Russia aside as Russia's exports.
 */
import { ev } from './evidence.js';
import type { Evidence } from './types.js';

const FLOW_NOUN = /\b(?:exports?|sales|shipments|deliveries)\b/gi;
/** A flow noun either way, right after the figure's "in" or "of": "drop in imports from Russia" decides too. */
const ANY_FLOW = /^(?:(?:re-)?(?:ex|im)ports?|sales|shipments|deliveries|purchases|supplies)\b/;
/** At a flow noun: "exports to Russia", "exports of semiconductors to Russia". */
const TO_RUSSIA = /^\S+\s+(?:of\s+[^,;.]{1,40}?\s+)?to\s+Russia\b/;
/** After the figure: "decline in exports to Russia", "fall in sales of cars to Russia". */
const AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|of)\s+/u;

function toRussiaAt(text: string, at: number): Evidence | undefined {
  const m = TO_RUSSIA.exec(text.slice(at, at + 80));
  return m ? ev(text, at, at + m[0].length, 'the figure’s own flow: to X') : undefined;
}

/** The words saying the figure's own flow goes to Russia, or undefined. */
export function flowToRussia(text: string, sentenceStart: number, figureStart: number, figureEnd: number): Evidence | undefined {
  const after = AFTER.exec(text.slice(figureEnd, figureEnd + 40));
  if (after) {
    const at = figureEnd + after[0].length;
    // The figure's own noun phrase names its flow: only it decides.
    if (ANY_FLOW.test(text.slice(at, at + 16)))
      return /^(?:exports?|sales|shipments|deliveries)\b/.test(text.slice(at, at + 12)) ? toRussiaAt(text, at) : undefined;
  }
  const lead = text.slice(sentenceStart, figureStart);
  let last = -1;
  FLOW_NOUN.lastIndex = 0;
  for (let m = FLOW_NOUN.exec(lead); m; m = FLOW_NOUN.exec(lead)) last = m.index;
  return last < 0 ? undefined : toRussiaAt(text, sentenceStart + last);
}
