/**
 * A period as found in the text, possibly without its year ("the first quarter", "between
 * March and June"), and its ISO 8601 form once the year is known: 2023 · 2023-10/2023-12 ·
 * 2024-03 · 2024-04-12 · 2021/2023. A period whose year the sentence never gives stays null.
 */
export type PeriodSpec =
  | { type: 'years'; y1: number; y2: number }
  | { type: 'months'; y1: number | null; m1: number; y2: number | null; m2: number }
  | { type: 'date'; y: number | null; m: number; d: number };

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The ISO 8601 string of a period; `contextYear` fills a missing year (null → null). */
export function isoPeriod(p: PeriodSpec, contextYear: number | null = null): string | null {
  switch (p.type) {
    case 'years':
      return p.y1 === p.y2 ? String(p.y1) : `${p.y1}/${p.y2}`;
    case 'months': {
      // a missing year comes from the other end, else from the sentence; a range that
      // runs backwards in months crosses a new year ("November to February 2024")
      let y1 = p.y1;
      let y2 = p.y2;
      if (y1 === null && y2 === null) y1 = contextYear;
      if (y1 === null && y2 !== null) y1 = p.m1 > p.m2 ? y2 - 1 : y2;
      if (y1 === null) return null;
      if (y2 === null) y2 = p.m2 < p.m1 ? y1 + 1 : y1;
      const a = `${y1}-${pad(p.m1)}`;
      const b = `${y2}-${pad(p.m2)}`;
      return a === b ? a : `${a}/${b}`;
    }
    case 'date': {
      const y = p.y ?? contextYear;
      return y === null ? null : `${y}-${pad(p.m)}-${pad(p.d)}`;
    }
  }
}

/** Whether the spec still needs a year from its sentence. */
export const needsYear = (p: PeriodSpec): boolean =>
  (p.type === 'months' && p.y1 === null && p.y2 === null) || (p.type === 'date' && p.y === null);

export const yearSpec = (y: number): PeriodSpec => ({ type: 'years', y1: y, y2: y });
export const quarterSpec = (y: number | null, q: number): PeriodSpec => ({ type: 'months', y1: y, m1: 3 * q - 2, y2: y, m2: 3 * q });
export const halfSpec = (y: number | null, h: number): PeriodSpec => ({
  type: 'months',
  y1: y,
  m1: h === 1 ? 1 : 7,
  y2: y,
  m2: h === 1 ? 6 : 12,
});

/** A period found in a text: its span, whether it is a bare year, and what it means. */
export interface PeriodHit {
  start: number;
  end: number;
  kind: 'year' | 'period';
  spec: PeriodSpec;
}
