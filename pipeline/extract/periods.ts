/**
 * Years and periods as their own mentions: Q1 2024 · 4Q23 · H2 2023 · 1H24 · the last quarter
 * of 2023 · the first half of 2024 · fiscal 2023 · FY2023 · 12 April 2024 · 2024-04-12 ·
 * 2021-2023 · 2023-24 · the 1990s · the first nine months of 2023 (month-led ones: months.ts). Fiscal years are given as the year they are named by: the fiscal calendar
 * differs between reporters and the text seldom says which it is.
 */
import { isAlnum, isSpaceSeparator, letterRunEnd, prevWord } from './chars.js';
import { MONTHS } from './months.js';
import { halfSpec, quarterSpec, yearSpec, type PeriodHit, type PeriodSpec } from '../model/periodSpec.js';
import { RELATIVE_YEAR, shortYearAt, yearAfter, yearAt } from './years.js';

/** A Map: the ordinal is any word before "quarter", and in an object "constructor" would find Object's own. */
export const ORDINAL = new Map(Object.entries({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }));

/**
 * "the last quarter of 2023", "the first half of 2024", "fourth-quarter 2023", "the second
 * quarter" (year from the sentence). `pos` is at "quarter" or "half". "Last quarter" without
 * a year means the latest quarter, which the text does not date: not a period here.
 */
export function readQuarterWord(text: string, pos: number, floor: number): PeriodHit | null {
  const wend = letterRunEnd(text, pos);
  const w = text.slice(pos, wend).toLowerCase();
  const isHalf = w === 'half';
  if (!isHalf && w !== 'quarter') return null;
  // ordinal before: "first quarter", "fourth-quarter"
  let p = pos;
  const sep = text[p - 1];
  if (sep !== ' ' && sep !== '-' && sep !== '\u00a0') return null;
  p--;
  let s = p;
  while (s > floor && isAlnum(text.charCodeAt(s - 1))) s--;
  const ord = text.slice(s, p).toLowerCase();
  let n = ORDINAL.get(ord);
  const lastLike = ord === 'last' || ord === 'final' || ord === 'latter';
  if (n === undefined && !lastLike) return null;
  if (isHalf && n !== undefined && n > 2) return null;
  let start = s;
  const the = /(?:^|[^A-Za-z])(the)[ \u00a0]$/i.exec(text.slice(Math.max(floor, s - 5), s));
  if (the) start = s - 4;
  const yr = yearAfter(text, wend, false);
  const rel = !yr && RELATIVE_YEAR.exec(text.slice(wend, wend + 20));
  if (lastLike) {
    if (!yr && !rel) return null;
    n = isHalf ? 2 : 4;
  }
  const end = yr ? yr.end : rel ? wend + rel[0].length : wend;
  const y = yr ? yr.y : null;
  return { start, end, kind: 'period', spec: isHalf ? halfSpec(y, n!) : quarterSpec(y, n!) };
}

/**
 * Digit-led periods at `pos`: Q1 2024, H2 2023, FY2023, fiscal 2023, 4Q23, 1H24, 12 April 2024,
 * 2024-04-12, 1990s, 2021-2023, 2023-24, between 2021 and 2023. Null if `pos` starts none;
 * a plain year is left to the caller (it may still be a quantity: "2000 tanks" after "about").
 */
export function readDigitPeriod(text: string, pos: number, floor: number): PeriodHit | null {
  const c1 = text[pos - 1];
  const c2 = pos >= 2 ? text.charCodeAt(pos - 2) : 32;
  // Q1 / H2 glued to a letter that is itself a whole token
  if ((c1 === 'Q' || c1 === 'H') && pos - 1 >= floor && !isAlnum(c2)) {
    const n = text.charCodeAt(pos) - 48;
    if (isAlnum(text.charCodeAt(pos + 1))) return null;
    if (c1 === 'Q' ? n < 1 || n > 4 : n < 1 || n > 2) return null;
    // Q1-Q3 2023: a run of quarters
    let n2 = n;
    let after = pos + 1;
    const run = /^[-–](?:Q|H)([1-4])(?![0-9A-Za-z])/.exec(text.slice(after, after + 4));
    if (run && text[after + 1] === c1 && Number(run[1]) > n && (c1 === 'Q' || Number(run[1]) <= 2)) {
      n2 = Number(run[1]);
      after += run[0].length;
    }
    const yr = yearAfter(text, after, true) ?? yearAfterFY(text, after);
    const y = yr ? yr.y : null;
    const a = c1 === 'Q' ? quarterSpec(y, n) : halfSpec(y, n);
    const b = c1 === 'Q' ? quarterSpec(y, n2) : halfSpec(y, n2);
    const spec: PeriodSpec = a.type === 'months' && b.type === 'months' ? { ...a, m2: b.m2 } : a;
    return { start: pos - 1, end: yr ? yr.end : after, kind: 'period', spec };
  }
  // FY2023, FY23, FY 2023, FY2023/24
  if ((c1 === 'Y' || (c1 === ' ' && text[pos - 2] === 'Y')) && /(?<![A-Za-z])FY ?$/.test(text.slice(Math.max(floor, pos - 4), pos))) {
    const yr = shortYearAt(text, pos);
    if (!yr) return null;
    const start = text[pos - 1] === ' ' ? pos - 3 : pos - 2;
    return { start, end: yr.end, kind: 'period', spec: yearSpec(yr.y) };
  }
  // 4Q23, 1H24, 4Q 2023
  const qh = text[pos + 1];
  const mQH =
    qh === 'Q' || qh === 'H' ? /^([1-4])([QH])[ \u00a0]?((?:19|20)\d\d|\d\d)(?![0-9A-Za-z])/.exec(text.slice(pos, pos + 8)) : null;
  if (mQH && !(pos > 0 && isAlnum(text.charCodeAt(pos - 1)))) {
    const n = Number(mQH[1]);
    const y = mQH[3]!.length === 2 ? 2000 + Number(mQH[3]) : Number(mQH[3]);
    if (mQH[2] === 'H' && n > 2) return null;
    return { start: pos, end: pos + mQH[0].length, kind: 'period', spec: mQH[2] === 'Q' ? quarterSpec(y, n) : halfSpec(y, n) };
  }
  // day-first date: 12 April 2024, 9 May
  const dm = spaceCapitalSoon(text, pos) ? /^(\d{1,2})(?:st|nd|rd|th)?[ \u00a0]([A-Z][a-z]{2,8})\.?/.exec(text.slice(pos, pos + 16)) : null;
  if (dm && !(pos > 0 && isAlnum(text.charCodeAt(pos - 1)))) {
    const mo = MONTHS[dm[2]!.toLowerCase()];
    const d = Number(dm[1]);
    if (mo !== undefined && d >= 1 && d <= 31) {
      const mEnd = pos + dm[0].length - (dm[0].endsWith('.') && dm[2]!.length > 4 ? 1 : 0);
      const yr = yearAfter(text, mEnd, false);
      return { start: pos, end: yr ? yr.end : mEnd, kind: 'period', spec: { type: 'date', y: yr ? yr.y : null, m: mo, d } };
    }
  }
  const yr = yearAt(text, pos);
  if (!yr) return null;
  let start = pos;
  // fiscal 2023, fiscal year 2023, fiscal-year 2023
  const b2 = text[pos - 2];
  const fiscal =
    b2 === 'l' || b2 === 'r' || b2 === 's'
      ? /(?<![A-Za-z])fiscal(?:[ \u00a0-]years?)?[ \u00a0]$/i.exec(text.slice(Math.max(floor, pos - 20), pos))
      : null;
  if (fiscal) start = pos - fiscal[0].length;
  // 1990s: a decade
  if (text[yr.end] === 's') {
    if (yr.y % 10 !== 0) return null;
    return { start, end: yr.end + 1, kind: 'period', spec: { type: 'years', y1: yr.y, y2: yr.y + 9 } };
  }
  // ISO date or month: 2024-04-12, 2024-04
  const iso = text[yr.end] === '-' ? /^-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![0-9])/.exec(text.slice(yr.end, yr.end + 7)) : null;
  if (iso) {
    const m = Number(iso[1]);
    const spec: PeriodSpec = iso[2]
      ? { type: 'date', y: yr.y, m, d: Number(iso[2]) }
      : { type: 'months', y1: yr.y, m1: m, y2: yr.y, m2: m };
    return { start, end: yr.end + iso[0].length, kind: 'period', spec };
  }
  // year ranges: 2021-2023, 2021–23, 2021/22, 2021 to 2023, between 2021 and 2023
  const after = text[yr.end];
  const n1 = text[yr.end + 1];
  const maybeRange =
    after === '-' ||
    after === '–' ||
    after === '—' ||
    after === '/' ||
    (after === ' ' && (n1 === 't' || n1 === 'a' || n1 === 'u' || n1 === '-' || n1 === '–' || n1 === '—'));
  if (!maybeRange) return fiscal ? { start, end: yr.end, kind: 'period', spec: yearSpec(yr.y) } : null;
  const lead = prevWord(text, start, floor);
  const between = lead.w === 'between';
  const from = lead.w === 'from';
  const rm = /^(?:[ \u00a0]?[-–—/][ \u00a0]?|[ \u00a0](?:to|through|until|and)[ \u00a0])/.exec(text.slice(yr.end, yr.end + 10));
  if (rm && (!rm[0].includes('and') || between)) {
    const p2 = yr.end + rm[0].length;
    let y2 = yearAt(text, p2);
    if (!y2 && /^[-–—/]/.test(rm[0].trim())) {
      const two = /^(\d\d)(?![0-9A-Za-z])/.exec(text.slice(p2, p2 + 3));
      if (two) {
        const cand = Math.floor(yr.y / 100) * 100 + Number(two[1]);
        if (cand > yr.y) y2 = { y: cand, end: p2 + 2 };
      }
    }
    if (y2 && y2.y > yr.y && y2.y - yr.y <= 100 && text[y2.end] !== 's') {
      return { start: between || from ? lead.start : start, end: y2.end, kind: 'period', spec: { type: 'years', y1: yr.y, y2: y2.y } };
    }
  }
  if (fiscal) return { start, end: yr.end, kind: 'period', spec: yearSpec(yr.y) };
  return null;
}

/** A space followed by a capital within the next few characters: "12 April", "3rd March". */
function spaceCapitalSoon(text: string, pos: number): boolean {
  for (let p = pos + 1; p <= pos + 4; p++) {
    const c = text.charCodeAt(p);
    if (isSpaceSeparator(c)) {
      const n = text.charCodeAt(p + 1);
      return n >= 65 && n <= 90;
    }
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return false;
}

/** "Q4 FY2023": a fiscal year after a quarter. */
function yearAfterFY(text: string, pos: number): { y: number; end: number } | null {
  const m = /^[ \u00a0]FY ?/.exec(text.slice(pos, pos + 5));
  return m ? shortYearAt(text, pos + m[0].length) : null;
}

/**
 * "the first nine months of 2023", "the first three quarters of 2024", "the first 10 months",
 * "the final three months of 2023", "the last six months of 2022": given a count `n` of months
 * or quarters read at [numStart, unitEnd), the period, or null. "The last three months"
 * without "of <year>" is the latest three months (a duration), so the year is required there.
 */
export function readFirstMonths(
  text: string,
  numStart: number,
  unitEnd: number,
  n: number,
  unit: 'month' | 'quarter',
  floor: number,
): PeriodHit | null {
  const back = /(?<![A-Za-z])(?:(the)[ \u00a0])?(first|last|final)[ \u00a0]$/i.exec(text.slice(Math.max(floor, numStart - 10), numStart));
  if (!back) return null;
  const months = unit === 'quarter' ? 3 * n : n;
  if (!Number.isInteger(months) || months < 1 || months > 12) return null;
  const fromEnd = back[2]!.toLowerCase() !== 'first';
  const start = numStart - back[0].length;
  const yr = yearAfter(text, unitEnd, false);
  const rel = !yr && RELATIVE_YEAR.exec(text.slice(unitEnd, unitEnd + 20));
  if (fromEnd && !yr && !rel) return null;
  const end = yr ? yr.end : rel ? unitEnd + rel[0].length : unitEnd;
  const y = yr ? yr.y : null;
  return { start, end, kind: 'period', spec: { type: 'months', y1: y, m1: fromEnd ? 13 - months : 1, y2: y, m2: fromEnd ? 12 : months } };
}
