/**
 * The figure extractor: finds every numeric mention in a normalized text (LF, NFC) in one
 * deterministic pass — its span, value, unit, scale, hedge and interval, the period it
 * refers to and its sentence. Rules: docs/extraction.md; intervals: docs/interval-policy.md.
 */
import { resolveYen } from './currencies.js';
import type { Mention } from './mention.js';
import { assignPeriods } from './periodHints.js';
import { scan } from './scan.js';
import { sentenceIndexAt, sentenceStarts } from './sentences.js';

export type { Mention, MentionKind, Hedge } from './mention.js';

/** All mentions in `text` (already normalized: LF, NFC), ordered by start, non-overlapping. */
export function extractMentions(text: string): Mention[] {
  const drafts = scan(text);
  if (drafts.length === 0) return [];
  const starts = sentenceStarts(text);
  const sentence = drafts.map((d) => sentenceIndexAt(starts, d.start));
  const periods = assignPeriods(text, drafts, sentence);
  return drafts.map((d, i): Mention => {
    let unit = d.unit;
    if (unit === 'YEN?') {
      const s = sentence[i]!;
      unit = resolveYen(text.slice(starts[s]!, starts[s + 1] ?? text.length));
    }
    return {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      value: d.value,
      unit,
      scale: d.scale,
      hedge: d.hedge,
      value_low: d.value_low,
      value_high: d.value_high,
      period: periods[i]!,
      sentence: sentence[i]!,
    };
  });
}
