/**
 * Mentions table rows: the extractor's mentions of one source with their stable ids,
 * `<source_id>--<slug of the mention text>-<n>`, n counting equal slugs in text order — so
 * an id never depends on row numbers, and survives edits elsewhere in the text.
 */
import type { Mention } from '../extract/index.js';
import type { MentionsRow } from '../model/index.js';

const SYMBOLS: Record<string, string> = {
  '%': ' percent ',
  $: ' dollar ',
  '€': ' euro ',
  '£': ' pound ',
  '¥': ' yen ',
  '‰': ' permille ',
  '+': ' plus ',
};

/** "about 90%" → "about-90-percent"; "$2.5 billion" → "dollar-2-point-5-billion". */
export function slugify(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(\d)[.,](\d)/g, (_, a: string, b: string) => `${a} point ${b}`)
    .replace(/[%$€£¥‰+]/g, (c) => SYMBOLS[c]!)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'mention';
}

/** Stable ids with an occurrence counter per slug, for any list of spans of one source. */
export function occurrenceIds(sourceId: string, keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${sourceId}--${k}-${n}`;
  });
}

export function mentionRows(sourceId: string, mentions: readonly Mention[]): MentionsRow[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = occurrenceIds(
    sourceId,
    sorted.map((m) => slugify(m.text)),
  );
  // Column order follows the schema, so the published files do too.
  return sorted.map((m, i) => ({
    mention_id: ids[i]!,
    source_id: sourceId,
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.kind,
    value: m.value,
    unit: m.unit,
    scale: m.scale,
    hedge: m.hedge,
    value_low: m.value_low,
    value_high: m.value_high,
    period: m.period,
    sentence: m.sentence,
  }));
}

/** Kinds that state a quantity; years and periods only say when, and need no coverage. */
export const STATISTIC_KINDS: ReadonlySet<MentionsRow['kind']> = new Set(['percent', 'money', 'count', 'ratio', 'duration', 'number']);
