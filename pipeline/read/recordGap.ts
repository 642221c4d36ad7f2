/**
 * A gap between two records of the same trade is no flow: "The gap between what China reports and
 * what Russia declares widened to around 30%", "the discrepancy between the two countries' figures
 * was $10 billion". A curator deletes such drafts; the reader leaves them aside. Session 20
 * (deletes21): the gap named by its size ("A gap of roughly $200 million", "That's a gap of
 * roughly $17bn, or some 15 per cent of China's number"), by who estimates it ("Reporting gaps,
 * which the note puts at USD 3-4 billion"), a part of it ("If even half of the gap were …") and one
 * record against the other ("imports … that were some 35 per cent larger than the exports
 * Kyrgyzstan recorded").
 */

const ABOUT = String.raw`(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?`;
/** The gap as the subject before the figure, in its sentence. */
const GAP_BEFORE = /\b(?:gap|discrepancy|discrepancies|mismatch|difference)\s+(?:between|in)\b[^.;]{0,100}$/i;
/** "a gap of $17bn", "a gap of roughly $17bn, or some 15 per cent": the gap's size. */
const GAP_OF = new RegExp(String.raw`\b(?:gaps?|discrepanc(?:y|ies)|mismatch(?:es)?)\s+of\s+(?:[^.;,]{1,30},\s+or\s+)?${ABOUT}$`, 'i');
/** "Reporting gaps, which the note puts at USD 3-4 billion". */
const GAP_PUT_AT = new RegExp(
  String.raw`\b(?:gaps?|discrepanc(?:y|ies))\b[^.;]{0,60}\b(?:puts?|estimates?|estimated)\s+at\s+${ABOUT}$`,
  'i',
);
/** "half of the gap": a part of the gap. */
const OF_THE_GAP = /^\s+of\s+(?:the|this|that)\s+(?:gap|discrepancy|difference)\b/i;
/** "some 35 per cent larger than the exports Kyrgyzstan recorded": one record measured against another. */
const THAN_RECORDED =
  /^\s+(?:larger|higher|greater|bigger|smaller|lower)\s+than\s+(?:the\s+|what\s+)?(?:(?:exports?|imports?|figures?|values?)\s+)?[^.;]{0,50}?\b(?:recorded|reported|declared|registered)\b/i;

/**
 * Whether the figure from `figureStart` to `figureEnd` measures a gap between records
 * (`sentenceStart` bounds the look-back).
 */
export function measuresRecordGap(text: string, sentenceStart: number, figureStart: number, figureEnd = figureStart): boolean {
  const before = text.slice(Math.max(sentenceStart, figureStart - 140), figureStart);
  if (
    before.includes('gap') ||
    before.includes('Gap') ||
    before.includes('iscrepanc') ||
    before.includes('ismatch') ||
    before.includes('ifference')
  )
    if (GAP_BEFORE.test(before) || GAP_OF.test(before) || GAP_PUT_AT.test(before)) return true;
  const after = text.slice(figureEnd, figureEnd + 120);
  if (!after.includes(' than ') && !after.includes(' of ')) return false;
  return (
    ((after.includes(' gap') || after.includes('discrepancy') || after.includes('difference')) && OF_THE_GAP.test(after)) ||
    ((after.includes('recorded') || after.includes('reported') || after.includes('declared') || after.includes('registered')) &&
      THAN_RECORDED.test(after))
  );
}
