/**
 * A window of quarters up to a quarter: "the four quarters to the end of Q1 2024" is 2023-04/2024-03,
 * as "the twelve months to March 2024" is. Its "four quarters" is a length of time, not a fraction
 * (the extractor reads "N quarters" as one).
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod } from '../model/period.js';
import { ev } from './evidence.js';
import type { Evidence } from './types.js';

const COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '8': 8,
};
/** "N quarters" followed by the word that closes a window on its last quarter. */
const QUARTERS_TO = /^(?:the\s+)?(?:last\s+|past\s+)?(two|three|four|five|six|eight|[2-8])\s+quarters$/i;
const TO_AFTER = /^\s+(?:to|through|ending|ended|up\s+to)(?:\s+(?:the\s+)?end\s+of)?\s+/i;

/** Whether a fraction mention is the length of a window of quarters ("the four quarters to …"). */
export function isQuarterWindow(text: string, m: Mention): boolean {
  return QUARTERS_TO.test(m.text) && TO_AFTER.test(text.slice(m.end, m.end + 24));
}

/** The months of a window of quarters whose closing quarter `pm` is, else undefined. */
export function quarterWindow(text: string, pm: Mention, from: number): { period: string; evidence: Evidence } | undefined {
  const q = /^(\d{4})-Q([1-4])$/.exec(shortPeriod(pm.period!));
  if (!q) return undefined;
  const lead = text.slice(Math.max(from, pm.start - 48), pm.start);
  const w = /\b(two|three|four|five|six|eight|[2-8])\s+quarters\s+(?:to|through|ending|ended|up\s+to)(?:\s+(?:the\s+)?end\s+of)?\s+$/i.exec(
    lead,
  );
  if (!w) return undefined;
  const endMonth = Number(q[1]) * 12 + Number(q[2]) * 3 - 1;
  const startMonth = endMonth - 3 * COUNT[w[1]!.toLowerCase()]! + 1;
  const ym = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  const at = pm.start - (lead.length - w.index);
  return { period: shortPeriod(`${ym(startMonth)}/${ym(endMonth)}`), evidence: ev(text, at, pm.end, 'quarters up to a quarter') };
}
