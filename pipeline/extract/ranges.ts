/**
 * Ranges with a shared unit and scale: "$1–2 billion", "300%-500%", "5 to 7 percent",
 * "between $6 million and $8.5 million", "between 60-70%", "between a third and half", "two or
 * three years". Whether "from X to Y" is a range or a change between two figures is the
 * caller's to decide (scan.ts, fromContext.ts); it gets the connector and the second end.
 */
import { isSpaceSeparator } from './chars.js';
import type { MentionKind } from './mention.js';
import { readQuantity, type Quantity } from './parseQuantity.js';
import { scaledValue } from '../core/decimal.js';

export interface RangeHit {
  end: number;
  /** How the ends are joined: a dash, or a word (to, through, and, or). */
  connector: 'dash' | 'to' | 'and' | 'or';
  /** The second end as read on its own. */
  second: Quantity;
  kind: MentionKind;
  unit: string | null;
  scale: number | null;
  low: number;
  high: number;
}

const CONNECTOR = /[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0](?:to|and|or|through)[ \u00a0]/y;

/**
 * A range continuing after `q1`, or null. `between`: q1 follows "between" (only then does
 * "and" join the ends).
 */
export function readRangeAfter(text: string, q1: Quantity, between: boolean): RangeHit | null {
  if (q1.rightHedge) return null;
  const c0 = text.charCodeAt(q1.end);
  if (isSpaceSeparator(c0)) {
    const n = text.charCodeAt(q1.end + 1);
    if (n !== 116 /* to, through */ && n !== 97 /* and */ && n !== 111 /* or */ && n !== 45 && n !== 0x2013 && n !== 0x2014) return null;
  } else if (c0 !== 45 && c0 !== 0x2013 && c0 !== 0x2014) return null;
  CONNECTOR.lastIndex = q1.end;
  const c = CONNECTOR.exec(text);
  if (!c) return null;
  const word = c[0].trim();
  const dash = word === '' || word === '-' || word === '–' || word === '—';
  if (word === 'and' && !between) return null;
  // "between X and Y", or "between X-Y" (a dash range after "between", as some write it)
  if (between && word !== 'and' && !dash) return null;
  const p2 = q1.end + c[0].length;
  const r = readQuantity(text, p2, p2);
  if (!r || !('kind' in r)) return null;
  const q2 = r;
  if (q2.rightHedge) return null;
  // units: equal, or one side bare; a bare count/number takes the other's unit
  const u1 = q1.unit;
  const u2 = q2.unit;
  if (u1 !== null && u2 !== null && u1 !== u2) return null;
  if (word === 'or' && (q1.kind === 'money' || u1 === null) && u2 === null && q2.kind !== 'count') {
    // "2022 or 2023", "5 or 6" alone: too weak to be a range
    return null;
  }
  // "by 1% to 2,935 units": a share and a count, not a range (a percent range writes % once at the end)
  if (q1.kind === 'percent' && u2 === null) return null;
  const unit = u1 ?? u2;
  const kind: MentionKind = q1.kind === 'number' || q1.kind === 'count' ? q2.kind : q1.kind;
  if (
    (q2.kind === 'money' || q2.kind === 'percent' || q2.kind === 'duration' || q2.kind === 'ratio') &&
    q1.kind !== 'number' &&
    q1.kind !== 'count' &&
    q1.kind !== q2.kind
  )
    return null;
  // shared scale (or unit factor: "50 to 75 basis points"): "$1–2 billion" → 1 billion to 2 billion,
  // when the first number is the smaller as written
  let low = q1.value;
  let mult = q2.mult;
  if (
    !q1.hasScale &&
    (q2.hasScale || (q2.mult !== 1 && q1.unit === null)) &&
    q1.fixedH === null &&
    q1.m / 10 ** q1.dec < q2.m / 10 ** q2.dec
  ) {
    low = scaledValue(q1.m, q1.dec, q2.mult);
  } else if (q1.hasScale && !q2.hasScale) {
    return null;
  } else {
    mult = q1.mult;
  }
  const high = q2.value;
  if (!(low < high)) return null;
  const connector = dash ? 'dash' : word === 'through' ? 'to' : (word as 'to' | 'and' | 'or');
  return { end: q2.end, connector, second: q2, kind, unit, scale: mult !== 1 ? mult : null, low, high };
}
