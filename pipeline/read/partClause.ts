/**
 * "The declared value of those imports was $1.3 billion, of which Chinese suppliers accounted for
 * $1.05 billion": the clause after ", of which" names the part of the total and its side. The
 * country there is the part's, not the total's (the total keeps the sides of the statistic it
 * continues); the part is of the total's flow ("suppliers" there is no supply of its own).
 */
import type { Mention } from '../extract/index.js';

const PART_OPENING = /,\s+of\s+(?:which|that|this|these|those|them|it)\s+/i;
/** Figures that count as a part's own: not a year or a period. */
const isFigure = (x: Mention): boolean => x.kind !== 'year' && x.kind !== 'period' && x.kind !== 'duration';

/**
 * Where the clause of a part of figure `m` opens (the offset after ", of which"): the first such
 * opening after `m` in its sentence `span`, with no figure between `m` and it and one after it
 * (the part's). Undefined where there is none.
 */
export function partClauseAfter(text: string, m: Mention, span: { end: number }, mentions: readonly Mention[]): number | undefined {
  if (span.end <= m.end) return undefined;
  const o = PART_OPENING.exec(text.slice(m.end, span.end));
  if (!o) return undefined;
  const opening = m.end + o.index;
  const at = opening + o[0].length;
  if (mentions.some((x) => isFigure(x) && x.start >= m.end && x.end <= opening)) return undefined;
  return mentions.some((x) => isFigure(x) && x.start >= at && x.end <= span.end) ? at : undefined;
}

/**
 * Whether figure `m` is the part a ", of which" clause names after its total: the opening lies
 * between the figure before it and `m`, in its sentence opening at `spanStart`.
 */
export function isPartOfTotal(text: string, m: Mention, spanStart: number, mentions: readonly Mention[]): boolean {
  const before = mentions.filter((x) => isFigure(x) && x.end <= m.start && x.start >= spanStart).at(-1);
  if (!before) return false;
  return (
    partClauseAfter(
      text,
      before,
      { end: m.end },
      mentions.filter((x) => x.start <= m.start),
    ) !== undefined
  );
}
