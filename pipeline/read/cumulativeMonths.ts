/**
 * A running total up to a month without a year: "$6.4 billion through September", "as of June",
 * "by the end of May". Such a figure covers the year's months from January to that month, as
 * customs offices and statistics agencies publish their cumulative tables. Not "the 12 months to
 * June" or "from January through April" (a window and a span, read elsewhere), nor a month with a
 * year ("through September 2024", which the extractor dates).
 */
import { MONTH_NAMES, MONTHS } from '../extract/months.js';

const MONTH = MONTH_NAMES.join('|');
const CUMULATIVE = new RegExp(
  String.raw`\b(?:through|thru|as\s+of|up\s+to|until|(?:by|to)\s+the\s+end\s+of)\s+(${MONTH})\b(?!\s+\d|\s+of\b)`,
  'gi',
);
/** The words before that make the month the end of a window or a span instead. */
const NOT_CUMULATIVE = new RegExp(String.raw`(?:\b(?:months?|year|quarter|period|weeks?|${MONTH})|[-–])\s*$`, 'i');

export interface CumulativeMonth {
  /** The last month, 1–12. */
  last: number;
  /** Where the words are in the body searched. */
  index: number;
  length: number;
}

/** The month a running total of `body` runs to, if it names one. */
export function cumulativeMonth(body: string): CumulativeMonth | undefined {
  if (!/\b(?:through|thru|as of|up to|until|end of)\b/i.test(body)) return undefined;
  CUMULATIVE.lastIndex = 0;
  for (let g = CUMULATIVE.exec(body); g !== null; g = CUMULATIVE.exec(body)) {
    if (NOT_CUMULATIVE.test(body.slice(Math.max(0, g.index - 24), g.index))) continue;
    return { last: MONTHS[g[1]!.toLowerCase()]!, index: g.index, length: g[0].length };
  }
  return undefined;
}
