/**
 * The extractor's period hints (ISO 8601: 2023, 2023-10/2023-12) in the annotation's shorter
 * forms where one fits (2023-Q4, 2023-H2), so the draft reads as a curator would write it.
 */
export function annotationPeriod(hint: string | null): string | null {
  if (hint === null) return null;
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(hint);
  if (!m || m[1] !== m[3]) return hint;
  const [from, to] = [Number(m[2]), Number(m[4])];
  if (from === 1 && to === 12) return m[1]!;
  if (to - from === 2 && (from - 1) % 3 === 0) return `${m[1]}-Q${(from + 2) / 3}`;
  if (to - from === 5 && (from === 1 || from === 7)) return `${m[1]}-H${from === 1 ? 1 : 2}`;
  if (from === to) return `${m[1]}-${m[2]}`;
  return hint;
}
