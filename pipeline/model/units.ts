/**
 * Units as the tables write them: `percent`, `ratio`, `percentage_points`, … or an ISO 4217
 * currency code (USD, EUR, CNY). Whether a unit is money decides how a figure is checked
 * against its indicator, drafted, drawn and written, so the test lives in one place.
 */

/** Whether `unit` is an ISO 4217 currency code (three upper-case letters). */
export function isCurrencyUnit(unit: string | null | undefined): unit is string {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
}

/** Units that name a kind of figure rather than a thing counted, so they cannot stand for a count's noun. */
const NOT_NOUNS = new Set([
  'percent',
  'percentage_points',
  'ratio',
  'currency',
  'count',
  'quantity',
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
]);

/**
 * Whether `unit` can be the noun of a count ("containers", "artillery-shells") or of a quantity ("tonnes"): an
 * indicator whose unit is `count` or `quantity` lets each observation name what it counts; the
 * placeholders themselves name nothing.
 */
export function isCountNoun(unit: string | null | undefined): unit is string {
  return typeof unit === 'string' && /^[a-z]+(-[a-z]+)*$/.test(unit) && !NOT_NOUNS.has(unit);
}
