/**
 * Drops binary floating-point noise from every number of a row (2.1 * 1e12 = 2100000000000.0002)
 * by keeping 15 significant digits, the precision a double always holds; integers pass as they
 * are. Done once here so CSV, Arrow, Parquet and the site all carry the same doubles.
 */
function cleanNumber(n: number): number {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

export function cleanNumbers<T extends object>(row: T): T {
  for (const [k, v] of Object.entries(row)) if (typeof v === 'number') (row as Record<string, unknown>)[k] = cleanNumber(v);
  return row;
}
