/**
 * Month-led periods and dates: March 2024 · April 12, 2024 · Dec. 5, 2023 · between March and
 * June (2023) · from November 2023 to February 2024 · January-March 2024. A month name counts
 * only capitalized and only with a day, a year or a second month: a bare "March" or "May"
 * gives nothing.
 */
import { isDigit, letterRunEnd, prevWord } from './chars.js';
import type { PeriodHit } from '../model/periodSpec.js';
import { yearAfter } from './years.js';

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** The twelve full month names, lower case, January first (the keys of MONTHS before its abbreviations). */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS).slice(0, 12);
/** Capitalized month names the scanner triggers on. */
export const MONTH_TRIGGER_WORDS = Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1));

/** MONTHS as a Map: a fresh string finds its key faster in a Map than in a plain object. */
const MONTH_NUMBERS = new Map(Object.entries(MONTHS));

/** The month name at `pos`: its number and end (abbreviations may carry a dot). */
function monthAt(text: string, pos: number): { m: number; end: number } | null {
  const end = letterRunEnd(text, pos);
  const w = text.slice(pos, end);
  if (w.length < 3 || w[0] !== w[0]!.toUpperCase()) return null;
  const lw = w.toLowerCase();
  const m = MONTH_NUMBERS.get(lw);
  if (m === undefined) return null;
  const abbrev = w.length <= 4 && lw !== 'june' && lw !== 'july' && lw !== 'may';
  return { m, end: abbrev && text[end] === '.' ? end + 1 : end };
}

/** Day of month after a month: " 12", " 12th"; not a year or a thousands group. */
function dayAfter(text: string, pos: number): { d: number; end: number } | null {
  // what the pattern needs first, a space and a digit, checked before it runs on a substring
  const c = text.charCodeAt(pos);
  if ((c !== 32 && c !== 0xa0) || !isDigit(text.charCodeAt(pos + 1))) return null;
  const r = /^[ \u00a0](\d{1,2})(?:st|nd|rd|th)?(?![0-9A-Za-z]|,\d{3})/.exec(text.slice(pos, pos + 8));
  if (!r) return null;
  const d = Number(r[1]);
  return d >= 1 && d <= 31 ? { d, end: pos + r[0].length } : null;
}

interface MonthPoint {
  m: number;
  d: number | null;
  y: number | null;
  end: number;
}

/** "March", "March 2024", "March 12", "March 12, 2024", "Mar. 12". */
function monthPoint(text: string, pos: number): MonthPoint | null {
  const mo = monthAt(text, pos);
  if (!mo) return null;
  const day = dayAfter(text, mo.end);
  let end = day ? day.end : mo.end;
  const yr = yearAfter(text, end, false);
  if (yr) end = yr.end;
  return { m: mo.m, d: day ? day.d : null, y: yr ? yr.y : null, end };
}

const RANGE_WORD = /^(?:[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0](?:to|through|until|till|and)[ \u00a0])/;
/** Whether RANGE_WORD can match at a character: it starts with a space, a no-break space or a dash. */
const mayJoin = (c: number): boolean => c === 32 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2014;

/** Month-led periods and dates at `pos` (a capitalized month name); null for a bare month. */
export function readMonthPeriod(text: string, pos: number, floor: number): PeriodHit | null {
  const a = monthPoint(text, pos);
  if (!a) return null;
  const lead = prevWord(text, pos, floor);
  const opener = lead.w === 'between' || lead.w === 'from' ? lead.start : -1;
  const conn = mayJoin(text.charCodeAt(a.end)) ? RANGE_WORD.exec(text.slice(a.end, a.end + 10)) : null;
  // "and" joins months only after "between"; "to", "through" and dashes always do
  if (conn && (!conn[0].includes('and') || lead.w === 'between')) {
    {
      const b = monthPoint(text, a.end + conn[0].length);
      if (b && (a.d === null) === (b.d === null)) {
        // "March 3 to June 5, 2024" is kept as the months it spans; days rarely matter here
        const start = opener >= 0 ? opener : pos;
        return { start, end: b.end, kind: 'period', spec: { type: 'months', y1: a.y, m1: a.m, y2: b.y, m2: b.m } };
      }
    }
  }
  if (a.d !== null) return { start: pos, end: a.end, kind: 'period', spec: { type: 'date', y: a.y, m: a.m, d: a.d } };
  if (a.y !== null) return { start: pos, end: a.end, kind: 'period', spec: { type: 'months', y1: a.y, m1: a.m, y2: a.y, m2: a.m } };
  return null;
}
