/**
 * Curated periods (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM/YYYY-MM, YYYY/YYYY) to the
 * published ISO 8601 form (a year, a month, or an interval of months) and first/last days, and
 * back to the short form (the site shows it, suggest drafts it).
 */
export interface Period {
  /** ISO 8601: 2023, 2023-10, 2023-10/2023-12. */
  period: string;
  start: string;
  end: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

type Month = { y: number; m: number };

function parsePoint(s: string): { first: Month; last: Month } | string {
  let m = /^(\d{4})$/.exec(s);
  if (m) return { first: { y: +m[1]!, m: 1 }, last: { y: +m[1]!, m: 12 } };
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return { first: { y: +m[1]!, m: 3 * +m[2]! - 2 }, last: { y: +m[1]!, m: 3 * +m[2]! } };
  m = /^(\d{4})-H([12])$/.exec(s);
  if (m) return { first: { y: +m[1]!, m: 6 * +m[2]! - 5 }, last: { y: +m[1]!, m: 6 * +m[2]! } };
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const mo = +m[2]!;
    if (mo < 1 || mo > 12) return `has month ${m[2]}`;
    return { first: { y: +m[1]!, m: mo }, last: { y: +m[1]!, m: mo } };
  }
  return 'is not YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM';
}

const ym = (x: Month): string => `${pad(x.y, 4)}-${pad(x.m)}`;
const before = (a: Month, b: Month): boolean => a.y < b.y || (a.y === b.y && a.m < b.m);

export function parsePeriod(s: string): Period | { error: string } {
  const parts = s.split('/');
  if (parts.length > 2) return { error: 'has more than one /' };
  const a = parsePoint(parts[0]!);
  if (typeof a === 'string') return { error: a };
  const b = parts.length === 2 ? parsePoint(parts[1]!) : a;
  if (typeof b === 'string') return { error: b };
  if (before(b.last, a.first)) return { error: 'ends before it starts' };
  const first = a.first;
  const last = b.last;
  const start = `${ym(first)}-01`;
  const end = `${ym(last)}-${pad(daysInMonth(last.y, last.m))}`;
  const wholeYears = first.m === 1 && last.m === 12;
  let period: string;
  if (wholeYears) period = first.y === last.y ? String(first.y) : `${first.y}/${last.y}`;
  else if (first.y === last.y && first.m === last.m) period = ym(first);
  else period = `${ym(first)}/${ym(last)}`;
  return { period, start, end };
}

/**
 * The other way: an ISO 8601 month interval in the short form a curator writes, where one fits
 * (2023-10/2023-12 → 2023-Q4, 2023-07/2023-12 → 2023-H2, 2023-01/2023-12 → 2023,
 * 2023-05/2023-05 → 2023-05); any other period as it is.
 */
export function shortPeriod(iso: string): string {
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(iso);
  if (!m || m[1] !== m[3]) return iso;
  const [from, to] = [Number(m[2]), Number(m[4])];
  if (from === 1 && to === 12) return m[1]!;
  if (to - from === 2 && from % 3 === 1) return `${m[1]}-Q${(from + 2) / 3}`;
  if (to - from === 5 && (from === 1 || from === 7)) return `${m[1]}-H${from === 1 ? 1 : 2}`;
  if (from === to) return `${m[1]}-${m[2]}`;
  return iso;
}
