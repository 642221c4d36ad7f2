/**
 * Numbers as plain decimals for CSV: String() gives the shortest round-trip digits but switches
 * to exponent form past 1e21 and below 1e-6 ("1e+21"), which some readers take for text.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot publish ${n}`);
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exp = Number(s.slice(e + 1));
  const [int, frac = ''] = mantissa.split('.') as [string, string?];
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
