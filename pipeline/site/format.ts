/**
 * Locale-free formatting of numbers, amounts, sizes and periods. Output must not depend on the
 * machine's locale (docs/reproducibility.md), so no Intl and no toLocaleString.
 */
import { shortPeriod } from '../model/period.js';
import { isCountNoun, isCurrencyUnit } from '../model/units.js';

/** At most `digits` decimals, trailing zeros dropped, thousands separated by commas. */
export function formatNumber(v: number, digits = 2): string {
  const fixed = Math.abs(v).toFixed(digits);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac.replace(/0+$/, '');
  const sign = v < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (trimmed ? `.${trimmed}` : '');
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** The scale word a value is best read in (900000000 → million), or none. */
export function scaleOf(v: number): [number, string] | undefined {
  return SCALES.find(([f]) => Math.abs(v) >= f);
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** A currency amount, in the scale of `like` (so bounds share the point value's scale). */
export function formatMoney(v: number, currency: string, like = v): string {
  const scale = scaleOf(like);
  const n = scale ? formatNumber(v / scale[0]) : formatNumber(v);
  const word = scale ? ` ${scale[1]}` : '';
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${n}${word}` : `${n}${word} ${currency}`;
}

/** An axis unit for amounts of a currency read in a scale: "US$ million", "EUR billion". */
export function currencyAxisUnit(currency: string, scaleWord: string): string {
  return `${currency === 'USD' ? 'US$' : currency}${scaleWord ? ` ${scaleWord}` : ''}`;
}

/** A value in its unit: 90 percent → "90%", 9e8 USD → "$900 million". */
export function formatValue(v: number, unit: string, like = v): string {
  if (unit === 'percent') return `${formatNumber(v)}%`;
  if (unit === 'percentage_points') return `${formatNumber(v)} percentage points`;
  if (unit === 'ratio') return `${formatNumber(v)}×`;
  if (isCurrencyUnit(unit)) return formatMoney(v, unit, like);
  return `${formatNumber(v)} ${nounOf(unit)}`;
}

/** A count's unit as words: the data's `artillery-shells` is "artillery shells" on the page. */
export const nounOf = (unit: string): string => unit.replace(/-/g, ' ');

/**
 * An interval in its unit with the unit written once: "85–95%", "$850–950 million".
 * Falls back to two full values when the bounds do not share a scale.
 */
export function formatInterval(low: number, high: number, unit: string, like: number): string {
  const lo = formatValue(low, unit, like);
  const hi = formatValue(high, unit, like);
  if (unit === 'percent') return `${formatNumber(low)}–${hi}`;
  const scale = scaleOf(like);
  const symbol = SYMBOLS[unit];
  if (symbol && scale) return `${symbol}${formatNumber(low / scale[0])}–${formatNumber(high / scale[0])} ${scale[1]}`;
  if (isCountNoun(unit)) return `${formatNumber(low)}–${formatNumber(high)} ${nounOf(unit)}`;
  return `${lo}–${hi}`;
}

/** Bytes for people: "12.3 kB" (SI, as browsers and file managers show them). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB'];
  let v = n;
  let u = -1;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${formatNumber(v, 1)} ${units[u]}`;
}

/**
 * A period for people: "2023", "2023-Q4", "2023-H1", "2023-04"; other intervals as given.
 * Quarters and halves are recognized from month intervals (2023-10/2023-12): the short form a
 * curator writes.
 */
export const formatPeriod = shortPeriod;
