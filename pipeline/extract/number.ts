/**
 * A stated number as written: an integer mantissa `m` and a count of decimals `dec`
 * (3.75 → m 375, dec 2). Keeping the digits as written, not a float, lets the interval
 * rule ("half the unit of the last significant digit") and the scaled value be computed
 * exactly (docs/interval-policy.md).
 */
export interface StatedNumber {
  start: number;
  end: number;
  /** Integer mantissa: value = m / 10^dec. */
  m: number;
  dec: number;
  /** Written with thousands separators (14,500). */
  grouped: boolean;
  /** Spelled out in words (two, a dozen). */
  spelled: boolean;
}

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/** Digits with optional thousands groups and decimals: 14,500 · 3.75 · 2,000 · 12,500.5 */
const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

/** Reads the digits at `pos`, or null. More than 15 significant digits is not a quantity. */
export function readDigits(text: string, pos: number): StatedNumber | null {
  DIGITS.lastIndex = pos;
  const mm = DIGITS.exec(text);
  if (!mm) return null;
  const raw = mm[0];
  const dot = raw.indexOf('.');
  const grouped = raw.indexOf(',') >= 0;
  const digits = (dot >= 0 ? raw.slice(0, dot) + raw.slice(dot + 1) : raw).replace(/,/g, '');
  if (digits.length > 15) return null;
  return { start: pos, end: pos + raw.length, m: Number(digits), dec: dot >= 0 ? raw.length - dot - 1 : 0, grouped, spelled: false };
}

/** value = m / 10^dec × scale, computed with a single rounding. */
export function scaledValue(m: number, dec: number, scale: number): number {
  const d = POW10[dec] ?? 10 ** dec;
  return scale >= d && scale % d === 0 ? m * (scale / d) : (m * scale) / d;
}

/** Count of trailing zeros of a positive integer (0 for 0). */
export function trailingZeros(m: number): number {
  if (m === 0) return 0;
  let t = 0;
  while (m % 10 === 0) {
    m /= 10;
    t++;
  }
  return t;
}
