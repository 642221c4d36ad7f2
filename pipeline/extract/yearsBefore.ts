/**
 * "$12 million a year earlier", "40% the year before", "$4.1 billion two years earlier": a
 * figure followed at once by such words (a count by its noun first: "800 tonnes two years
 * earlier") is dated that many years before its sentence's period, as the reader dates it
 * (pipeline/read/period.ts). Only at once: "up 18% on (from, compared with) a year earlier" names
 * a change's base, and the change keeps its sentence's period.
 */
const YEARS_BEFORE =
  /\s+(?:(?:(a|one)\s+year|(two|three|four|five)\s+years)\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)(?![\p{L}\p{N}])/iuy;

/** A count's noun: "800 tonnes", "9,400 units". */
const NOUN = /\s+\p{Ll}+(?=\s)/uy;

const COUNT: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** How many years before its sentence's period the words right after `end` put a figure (`count`: after its noun); 0 if none. */
export function yearsBeforeAt(text: string, end: number, count = false): number {
  let at = end;
  if (count) {
    NOUN.lastIndex = end;
    if (NOUN.test(text)) at = NOUN.lastIndex;
  }
  YEARS_BEFORE.lastIndex = at;
  const m = YEARS_BEFORE.exec(text);
  if (!m) return 0;
  const n = m[1] ?? m[2];
  return n === undefined ? 1 : COUNT[n.toLowerCase()]!;
}

/** A period `years` later (negative: earlier): every year in it moves, 2024-01/2024-06 → 2023-01/2023-06. */
export function shiftPeriodYears(period: string, years: number): string {
  return period.replace(/\b\d{4}\b/g, (y) => String(Number(y) + years));
}
