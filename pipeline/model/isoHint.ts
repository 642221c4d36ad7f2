/**
 * The ISO form of a date or period a curator wrote in words ("11 March 2025", "Q4 2023"), for
 * the hint of a schema error: the form is written out, not only described. Only unambiguous
 * forms: "03/11/2025" is March or November depending on the reader, so it gets none.
 */
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** 1–12 for a month's name or its abbreviation of three letters or more ("Sept", "Sept."), else 0. */
function month(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, m: number, day: number): boolean {
  const d = new Date(Date.UTC(year, m - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === m - 1 && d.getUTCDate() === day;
}

/** "11 March 2025", "March 11, 2025", "11 Mar. 2025" → "2025-03-11"; otherwise undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const dm = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  const md = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  const [day, name, year] = dm ? [Number(dm[1]), dm[2]!, Number(dm[3])] : md ? [Number(md[2]), md[1]!, Number(md[3])] : [0, '', 0];
  const m = month(name);
  return m > 0 && validDay(year, m, day) ? `${year}-${pad(m)}-${pad(day)}` : undefined;
}

/** "Q4 2023", "2023Q4", "2023 Q4", "H1 2024", "March 2024", "2024-3" → "2023-Q4", "2024-H1", "2024-03"; otherwise undefined. */
export function isoPeriod(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const part = /^([QH])([1-4])[ -]?(\d{4})$/i.exec(s) ?? /^(\d{4})[ -]?([QH])([1-4])$/i.exec(s);
  if (part) {
    const [letter, n, year] = /^\d/.test(part[1]!) ? [part[2]!, part[3]!, part[1]!] : [part[1]!, part[2]!, part[3]!];
    const kind = letter.toUpperCase();
    return kind === 'H' && Number(n) > 2 ? undefined : `${year}-${kind}${n}`;
  }
  const named = /^([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  if (named && month(named[1]!) > 0) return `${named[2]}-${pad(month(named[1]!))}`;
  const numeric = /^(\d{4})-(\d)$/.exec(s);
  return numeric ? `${numeric[1]}-0${numeric[2]}` : undefined;
}
