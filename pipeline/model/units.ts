/**
 * Units as the tables write them: `percent`, `ratio`, `percentage_points`, … or an ISO 4217
 * currency code (USD, EUR, CNY). Whether a unit is money decides how a figure is checked
 * against its indicator, drafted, drawn and written, so the test lives in one place.
 */

/** Whether `unit` is an ISO 4217 currency code (three upper-case letters). */
export function isCurrencyUnit(unit: string | null | undefined): unit is string {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
}
