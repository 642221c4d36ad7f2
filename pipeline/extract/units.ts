/**
 * Non-currency units right after a number (and its scale): percent (%, percent, per cent,
 * pct), percentage points (percentage points, pct points, pp), basis points (→ percentage
 * points × 0.01), durations (years, months, weeks, days, hours, minutes, decades → years × 10) and
 * multiples (times, -fold, 5x). A duration may have one word between ("12 consecutive years").
 */
import { isSpaceSeparator } from './chars.js';
export interface UnitHit {
  unit: string;
  kind: 'percent' | 'duration' | 'ratio';
  /** Multiplier the unit word applies (basis points 0.01, decades 10), or 1. */
  factor: number;
  end: number;
}

const PP_RE = /[ \u00a0\u202f-]?(?:(?:percentage|percent|per cent|pct|%)[ \u00a0-]points?|pp|ppts?|p\.p\.)(?![A-Za-z])/iy;
const BP_RE = /[ \u00a0\u202f-]?(?:basis[ \u00a0-]points?|bps|bp)(?![A-Za-z])/iy;
const PERCENT_RE = /(?:[ \u00a0\u202f]?%|[ \u00a0\u202f-](?:percent|per[ \u00a0]cent|per-cent|pct)(?![A-Za-z])|pc(?![A-Za-z]))/y;
const TIME_RE = /[ \u00a0\u202f-](years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?)(?![A-Za-z])/iy;
/** "12 consecutive years", "two more months", "three full days": a word between number and unit. */
const TIME_AFTER_WORD_RE =
  /[ \u00a0\u202f](?:consecutive|straight|successive|full|more|additional|further|long|whole)[ \u00a0](years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?)(?![A-Za-z])/iy;
/** First two letters of those words, lowercased, as c1 * 128 + c2: most words after a number are none. */
const WORD_HEADS = new Set(['co', 'st', 'su', 'fu', 'mo', 'ad', 'lo', 'wh'].map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)));
const RATIO_RE = /(?:[ \u00a0\u202f](times)(?![A-Za-z])|[ \u00a0\u202f-]?(fold)(?![A-Za-z])|(x)(?![A-Za-z0-9]))/iy;

const TIME_UNITS: Readonly<Record<string, [string, number]>> = {
  year: ['year', 1],
  yr: ['year', 1],
  month: ['month', 1],
  week: ['week', 1],
  day: ['day', 1],
  hour: ['hour', 1],
  minute: ['minute', 1],
  decade: ['year', 10],
};

/** The character after an optional single space or hyphen at `pos`, lowercased (ASCII). */
function headChar(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  return (c === 45 || isSpaceSeparator(c) ? text.charCodeAt(pos + 1) : c) | 0x20;
}

/** The percent or percentage-point unit at `pos`, or null. */
export function readPercent(text: string, pos: number): UnitHit | null {
  const h = headChar(text, pos);
  // basis points alone begin with b; the others with % or p: one pattern tried per head
  if (h === 98 /* b */) {
    BP_RE.lastIndex = pos;
    const bp = BP_RE.exec(text);
    return bp ? { unit: 'percentage_points', kind: 'percent', factor: 0.01, end: pos + bp[0].length } : null;
  }
  if (h !== 0x25 /* % */ && h !== 112 /* p */) return null;
  PP_RE.lastIndex = pos;
  let m = PP_RE.exec(text);
  if (m) return { unit: 'percentage_points', kind: 'percent', factor: 1, end: pos + m[0].length };
  PERCENT_RE.lastIndex = pos;
  m = PERCENT_RE.exec(text);
  if (m) return { unit: 'percent', kind: 'percent', factor: 1, end: pos + m[0].length };
  return null;
}

/** A duration unit at `pos` ("three years", "18-month"), or null. */
export function readTimeUnit(text: string, pos: number): UnitHit | null {
  const h = headChar(text, pos);
  let m: RegExpExecArray | null = null;
  if (h === 121 /* y */ || h === 109 /* m */ || h === 119 /* w */ || h === 100 /* d */ || h === 104 /* h */) {
    TIME_RE.lastIndex = pos;
    m = TIME_RE.exec(text);
  }
  if (!m && WORD_HEADS.has(h * 128 + (text.charCodeAt(pos + 2) | 0x20)) && text.charCodeAt(pos) !== 45) {
    TIME_AFTER_WORD_RE.lastIndex = pos;
    m = TIME_AFTER_WORD_RE.exec(text);
    if (m) return unitHit(m[1]!, pos + m[0].length);
  }
  if (!m) return null;
  return unitHit(m[1]!, pos + m[0].length);
}

function unitHit(word: string, end: number): UnitHit {
  let w = word.toLowerCase();
  if (w.endsWith('s')) w = w.slice(0, -1);
  const [unit, factor] = TIME_UNITS[w]!;
  return { unit, kind: 'duration', factor, end };
}

/** A multiple at `pos` ("3.5 times", "five-fold", "10x"), or null. */
export function readRatio(text: string, pos: number): UnitHit | null {
  const h = headChar(text, pos);
  if (h !== 116 /* t */ && h !== 102 /* f */ && h !== 120 /* x */) return null;
  RATIO_RE.lastIndex = pos;
  const m = RATIO_RE.exec(text);
  if (!m) return null;
  return { unit: 'ratio', kind: 'ratio', factor: 1, end: pos + m[0].length };
}
