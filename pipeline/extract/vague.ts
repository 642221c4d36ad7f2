/**
 * Vague magnitudes: "dozens of", "hundreds of", "tens of thousands of", "hundreds of millions
 * of dollars", "several hundred", "a few thousand". They are kept, as ranges: from two units
 * of the magnitude to ten ("hundreds of millions" = 200 million to 1 billion; "several dozen" =
 * 24 to 120), value null, hedge "range" (docs/interval-policy.md, "Vague magnitudes").
 */
import { letterRunEnd } from './chars.js';

const PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
  scores: 20,
};
const SINGULARS: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** The multiplier a scale word stands for, reported as `scale` (thousands and up only). */
const SCALE_OF: Readonly<Record<number, number>> = { 1000: 1e3, 1000000: 1e6, 1000000000: 1e9, 1000000000000: 1e12 };

export const VAGUE_TRIGGER_WORDS = Object.keys(PLURALS).filter((w) => w !== 'scores');

export interface Vague {
  start: number;
  end: number;
  low: number;
  high: number;
  scale: number | null;
}

/** At a plural magnitude word (`pos`): "hundreds of millions", "thousands of", or null. */
export function readVaguePlural(text: string, pos: number): Vague | null {
  const end = letterRunEnd(text, pos);
  const w = text.slice(pos, end).toLowerCase();
  let unit = PLURALS[w];
  if (unit === undefined) return null;
  let scale: number | null = SCALE_OF[unit] ?? null;
  let p = end;
  const of = /^[ \u00a0]of[ \u00a0](thousands|millions|billions|trillions)(?![A-Za-z])/i.exec(text.slice(p, p + 20));
  if (of) {
    const inner = PLURALS[of[1]!.toLowerCase()]!;
    unit *= inner;
    scale = inner;
    p += of[0].length;
  } else if (w === 'tens' || w === 'scores') {
    if (!/^[ \u00a0]of[ \u00a0]/i.test(text.slice(p, p + 4))) return null;
  }
  if (!/^[ \u00a0]of[ \u00a0]/i.test(text.slice(p, p + 4)) && !/^[ \u00a0](?:more|of)(?![A-Za-z])/i.test(text.slice(p, p + 6))) return null;
  return { start: pos, end: p, low: 2 * unit, high: 10 * unit, scale };
}

/** "several hundred", "a few thousand": at the magnitude word `pos`. */
export function readVagueSingular(text: string, pos: number, floor: number): Vague | null {
  const end = letterRunEnd(text, pos);
  const unit = SINGULARS[text.slice(pos, end).toLowerCase()];
  if (unit === undefined) return null;
  const back = /(?<![A-Za-z])(several|a few)[ \u00a0]$/i.exec(text.slice(Math.max(floor, pos - 14), pos));
  if (!back) return null;
  return { start: pos - back[0].length, end, low: 2 * unit, high: 10 * unit, scale: SCALE_OF[unit] ?? null };
}
