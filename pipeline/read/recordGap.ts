/**
 * A gap between two records of the same trade is no flow: "The gap between what China reports and
 * what Russia declares widened to around 30%", "the discrepancy between the two countries' figures
 * was $10 billion". A curator deletes such drafts; the reader leaves them aside.
 */

/** The gap as the subject before the figure, in its sentence. */
const GAP_BEFORE = /\b(?:gap|discrepancy|discrepancies|mismatch|difference)\s+(?:between|in)\b[^.;]{0,100}$/i;

/** Whether the figure starting at `figureStart` measures a gap between records (`sentenceStart` bounds the look-back). */
export function measuresRecordGap(text: string, sentenceStart: number, figureStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, figureStart - 140), figureStart);
  return (
    (before.includes('ap ') ||
      before.includes('ancy') ||
      before.includes('ancies') ||
      before.includes('match') ||
      before.includes('ence')) &&
    GAP_BEFORE.test(before)
  );
}
