/**
 * Exact decimal arithmetic for numbers as written: a mantissa m, a count of decimals dec and a
 * scale (90 · 1.5 billion · 0.05), so that 1.5 × 10^9 is 1500000000 and not 1499999999.9999998.
 */
export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/** value = m / 10^dec × scale, computed with a single rounding. */
export function scaledValue(m: number, dec: number, scale: number): number {
  if (dec === 0) return m * scale; // what both branches below give for d = 1, without a float modulo
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
