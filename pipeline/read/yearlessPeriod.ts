/**
 * Periods written without a year, which the extractor leaves undated: "in the first five months",
 * "between January and May", "from January to April", "the July-September period", "the first two
 * months of the year". Their year is the year the text was
 * speaking of, or else the last such months ended by the text's date (noOwnPeriod.ts decides which).
 * Also a split fiscal year, "fiscal 2023-24", "FY2023/24", "financial year 2023-24": April to
 * March, as India, Japan, the United Kingdom and Canada count them.
 */
import { MONTH_NAMES, MONTHS } from '../extract/months.js';
import { UNITS } from '../extract/numberWords.js';
const MONTH = `(${MONTH_NAMES.join('|')})`;
const FIRST_MONTHS =
  /\b(?:in|during|for|over)\s+the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\b(?:\s+of\s+the\s+year\b)?(?!\s+of\b|\s+\d)/i;
const MONTH_SPAN = new RegExp(`\\b(?:between|from)\\s+${MONTH}\\s+(?:and|to|through|until)\\s+${MONTH}\\b(?!\\s+\\d)`, 'i');
const DASH_CAPITAL = /[a-y]\s?[-–—]\s?[A-S]/;
/** "the July-September period", "in July–September": two months joined by a dash. */
const MONTH_DASH = new RegExp(`\\b${MONTH}\\s?[-–—]\\s?${MONTH}\\b(?!\\s+\\d|\\s+of\\b)`, 'i');

export interface YearlessMonths {
  /** First and last month, 1–12. */
  first: number;
  last: number;
  /** Where the words are in the body searched. */
  index: number;
  length: number;
}

/** The months of a period without a year in `body`, if it names one. */
export function yearlessMonths(body: string): YearlessMonths | undefined {
  const f = body.includes('first') ? FIRST_MONTHS.exec(body) : null;
  if (f) {
    const n = UNITS.get(f[1]!.toLowerCase()) ?? Number(f[1]);
    return { first: 1, last: n, index: f.index, length: f[0].length };
  }
  const s =
    body.includes('between ') || body.includes('from ') || body.includes('From ') || body.includes('Between ')
      ? MONTH_SPAN.exec(body)
      : null;
  if (s) {
    const first = MONTHS[s[1]!.toLowerCase()]!;
    const last = MONTHS[s[2]!.toLowerCase()]!;
    if (last > first) return { first, last, index: s.index, length: s[0].length };
  }
  // Month names are capitalised: a dash between a small and a capital letter, before the slower pattern.
  const d = DASH_CAPITAL.test(body) ? MONTH_DASH.exec(body) : null;
  if (d) {
    const first = MONTHS[d[1]!.toLowerCase()]!;
    const last = MONTHS[d[2]!.toLowerCase()]!;
    if (last > first) return { first, last, index: d.index, length: d[0].length };
  }
  return undefined;
}

const FISCAL_SPLIT = /^(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/i;

/** "fiscal 2023-24" → "2023-04/2024-03"; undefined for any other period's words. */
export function splitFiscalYear(words: string): string | undefined {
  const m = FISCAL_SPLIT.exec(words);
  if (!m) return undefined;
  const y = Number(m[1]);
  const next = m[2]!.length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
  return next === y + 1 ? `${y}-04/${next}-03` : undefined;
}

/** A year written split over two, with no word of a fiscal year: "2025-26", "2025/26", "the 2024–25 financial year". */
const BARE_SPLIT = /^(\d{4})\s*[-–/]\s*(\d{2})$/;
/** The countries whose government's year runs July to June (Australia's "financial year", New Zealand's, Pakistan's, Egypt's). */
const JULY_YEAR = /\b(?:Australian?|A\$|New Zealand|Pakistan(?:i)?|Egypt(?:ian)?)(?!\w)/;

/**
 * A year written "2025-26" or "2025/26" (the second year in two digits, the next one) is a fiscal year
 * as its country counts it (convention 8): July to June where the sentence, else the text's opening,
 * names Australia, New Zealand, Pakistan or Egypt; October to September for the U.S.; else April to
 * March (the UK, India, Japan, Canada, Hong Kong). Two calendar years are written "2025-2026", which
 * stays a span. Undefined for any other words.
 */
export function splitYear(words: string, near: string, head: string): string | undefined {
  const m = BARE_SPLIT.exec(words.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  if (Math.floor(y / 100) * 100 + Number(m[2]) !== y + 1) return undefined;
  const july = JULY_YEAR.test(near) || (!UNITED_STATES.test(near) && !JAPAN.test(near) && JULY_YEAR.test(head));
  if (july) return `${y}-07/${y + 1}-06`;
  if (UNITED_STATES.test(near) && !/\b(?:UK|British|India|Indian|Japan)\b/.test(near)) return `${y}-10/${y + 1}-09`;
  return `${y}-04/${y + 1}-03`;
}

const FISCAL_YEAR = /^(?:fiscal(?:[\s-]+year)?|FY)\s*(\d{4})$/i;
/** The countries whose fiscal year the words around name, and the month it starts in (Japan's April, the U.S. government's October). */
const JAPAN = /\bJapan(?:ese)?\b/;
const UNITED_STATES = /\bU\.S\.(?!\w)|\b(?:United States|American|FinCEN|BIS|OFAC|Congress|Pentagon|Commerce Department)\b/;

/**
 * "fiscal 2025" as the country counts it (docs/curation.md, convention 8): Japan's runs April 2025 to
 * March 2026, the U.S. government's "fiscal year 2026" October 2025 to September 2026. `near` is the
 * sentence, `head` the text's opening, read for the country when the sentence names none; undefined
 * where neither names one (the year as named stays).
 */
export function countryFiscalYear(words: string, near: string, head: string): string | undefined {
  const m = FISCAL_YEAR.exec(words.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const japan = JAPAN.test(near);
  const us = UNITED_STATES.test(near);
  if (japan && !us) return `${y}-04/${y + 1}-03`;
  if (us && !japan) return `${y - 1}-10/${y}-09`;
  if (japan || us) return undefined;
  if (JAPAN.test(head) && !UNITED_STATES.test(head)) return `${y}-04/${y + 1}-03`;
  if (UNITED_STATES.test(head) && !JAPAN.test(head)) return `${y - 1}-10/${y}-09`;
  return undefined;
}
