/**
 * A year counted from the statistic before: "The following year they reached £44 million", "a year
 * later", "two years later", "the previous year". Written before the figure, in a sentence naming
 * no period of its own, it moves the period the figure continues by that many years. After a
 * figure, "a year earlier" and "the year before" are a base or the period before (period.ts), so
 * only the words before the figure are read here.
 */
const STEP =
  /\b(?:(?:the|in the)\s+(following|next|subsequent|previous|preceding|prior)\s+year|the\s+year\s+(after|before)|(a|one|two|three)\s+years?\s+(later|earlier|before))\b/i;
const BASE_WORDS = /\b(?:than|from|on|over|against|versus|vs\.?|compared\s+(?:with|to))\s+$/i;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/** The years the words before a figure count from the statistic before (+1 for "the following year"), else 0. */
export function yearStep(before: string): { years: number; index: number; length: number } | undefined {
  const m = STEP.exec(before);
  if (!m) return undefined;
  // "4.1% less than a year earlier, and accounted for 11.5%": the base of a change before, no step.
  if (BASE_WORDS.test(before.slice(Math.max(0, m.index - 24), m.index))) return undefined;
  const word = (m[1] ?? m[2] ?? m[4] ?? '').toLowerCase();
  const n = m[3] ? COUNT[m[3].toLowerCase()]! : 1;
  const back = word === 'previous' || word === 'preceding' || word === 'prior' || word === 'before' || word === 'earlier';
  return { years: back ? -n : n, index: m.index, length: m[0].length };
}

/** A period in the project's syntax moved by whole years ("2022" + 1 → "2023"; "2023-H1" − 1 → "2022-H1"). */
export const shiftYears = (period: string, years: number): string => period.replace(/\b\d{4}\b/g, (y) => String(Number(y) + years));
