/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

// from schemas/mentions.schema.json
/**
 * An automatically detected numeric mention in a source text (the extractor's output; no curation).
 */
export interface MentionsRow {
  /**
   * Stable id: source id, a slug of the normalized mention text and its occurrence number in the source.
   */
  mention_id: string;
  /**
   * The source the mention is in.
   */
  source_id: string;
  /**
   * Start offset (UTF-16 code units) into the normalized source text.
   */
  start: number;
  /**
   * End offset (exclusive) into the normalized source text.
   */
  end: number;
  /**
   * The mention's exact words: the normalized text from start to end.
   */
  text: string;
  /**
   * What the mention is.
   */
  kind: 'percent' | 'money' | 'count' | 'number' | 'ratio' | 'duration' | 'year' | 'period';
  /**
   * The stated value, scale applied (900 million → 900000000); null for a range (see value_low and value_high) and for a period.
   */
  value: number | null;
  /**
   * ISO 4217 code, percent, percentage_points, ratio, year, month, week, day, or null.
   */
  unit: string | null;
  /**
   * The multiplier a scale word applied (million → 1000000), or null.
   */
  scale: number | null;
  /**
   * How the text hedges the number (docs/interval-policy.md).
   */
  hedge: 'exact' | 'approximately' | 'at_most' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range';
  /**
   * Lower end of the interval the hedge implies; null if unbounded.
   */
  value_low: number | null;
  /**
   * Upper end of the interval the hedge implies; null if unbounded.
   */
  value_high: number | null;
  /**
   * ISO 8601 period of the nearest period expression in the same sentence (2023, 2023-10/2023-12), or the mention's own period.
   */
  period: string | null;
  /**
   * 0-based index of the sentence the mention is in.
   */
  sentence: number;
}
