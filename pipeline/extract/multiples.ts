/**
 * Multiples as ratios: doubled (2), tripled/trebled (3), quadrupled (4), quintupled (5),
 * halved (0.5), "a doubling", fivefold/tenfold (one word), "twice as …" (2). Digit and
 * hyphen forms ("3.5 times", "five-fold", "10x") are units of a number (units.ts).
 */
import { letterRunEnd } from './chars.js';
import { TENS, UNITS } from './numberWords.js';

const VERBS: Readonly<Record<string, number>> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  trebled: 3,
  trebling: 3,
  quadrupled: 4,
  quadrupling: 4,
  quadruples: 4,
  quintupled: 5,
  quintupling: 5,
  sextupled: 6,
  halved: 0.5,
  halving: 0.5,
};

/** VERBS as a Map: looked up with a fresh substring at every trigger word, where a Map is cheaper than an object. */
const VERB_RATIOS = new Map(Object.entries(VERBS));

export const MULTIPLE_TRIGGER_WORDS = [...Object.keys(VERBS), 'twice', 'double', 'triple', 'quadruple'];

/** Words before "double"/"triple" that make them verbs: "to double", "will triple", "could quadruple". */
const VERB_LEAD = /(?<![A-Za-z'’])(?:to|will|would|could|should|may|might|can|must|shall|'ll|’ll)[ \u00a0]$/i;

export interface Multiple {
  end: number;
  /** The ratio, and how it is written for the interval rule (m / 10^dec). */
  m: number;
  dec: number;
}

/** Whether readMultiple can read anything at a word that is `w` lowercased (lets the scanner skip the call). */
export function mayBeMultiple(w: string): boolean {
  return VERB_RATIOS.has(w) || w === 'double' || w === 'triple' || w === 'quadruple' || w === 'twice' || w.endsWith('fold');
}

/** The multiple word at `pos`, or null. "fivefold" and "hundredfold" are read whole. */
export function readMultiple(text: string, pos: number): Multiple | null {
  const end = letterRunEnd(text, pos);
  const w = text.slice(pos, end).toLowerCase();
  const v = VERB_RATIOS.get(w);
  if (v !== undefined) return v === 0.5 ? { end, m: 5, dec: 1 } : { end, m: v, dec: 0 };
  if (w === 'double' || w === 'triple' || w === 'quadruple') {
    // "triple the prewar level", "double that", "should triple in 2024", "plans to double": a
    // ratio; "double standards", "triple-digit", "a double agent" are not
    const n = w === 'double' ? 2 : w === 'triple' ? 3 : 4;
    if (/^[ \u00a0](?:the|that|what|its|their|his|her|our|this|those|these)(?![A-Za-z])/i.test(text.slice(end, end + 7)))
      return { end, m: n, dec: 0 };
    if (text[end] !== '-' && VERB_LEAD.test(text.slice(Math.max(0, pos - 8), pos))) return { end, m: n, dec: 0 };
    return null;
  }
  if (w === 'twice') {
    // "twice as many", "twice the level": a ratio; "visited twice" is not
    return /^[ \u00a0](?:as|the|that|what|its|their|his|her|our|this|last|a)(?![A-Za-z])/i.test(text.slice(end, end + 7))
      ? { end, m: 2, dec: 0 }
      : null;
  }
  if (w.endsWith('fold')) {
    const head = w.slice(0, -4);
    const n = UNITS.get(head) ?? TENS.get(head) ?? (head === 'hundred' ? 100 : head === 'thousand' ? 1000 : undefined);
    return n !== undefined && n >= 2 ? { end, m: n, dec: 0 } : null;
  }
  return null;
}

/** One-word "-fold" forms the scanner triggers on. */
export const FOLD_TRIGGER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'hundred',
  'thousand',
].map((w) => `${w}fold`);
