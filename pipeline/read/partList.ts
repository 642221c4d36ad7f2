/**
 * A list of a flow's parts in one sentence, as statistical releases write them: "Chemicals
 * accounted for 38% of EU exports to Russia, machinery and transport equipment for 31% and food
 * and drink for 14%". Each figure is a share whose part is the words before its own "for" (the
 * first: before the part verb); goods named in another item are not its own, and an item whose
 * words the vocabulary lacks ("food and drink") has no product rather than its neighbour's.
 */
import type { Mention } from '../extract/index.js';

/** The first item: "<part> accounted for (made up, represented) N% of …". */
const FIRST_VERB = /\b(?:accounted for|account for|accounts for|made up|make up|makes up|represented|represents|comprised)\s+$/;
/** A later item: ", <part> for" or " and <part> for" right before its figure. */
// Not the "for" of the verb itself (", now accounts for less than 9%": the same part's second figure).
const LATER_ITEM = /(?:,\s+(?:and\s+)?|\s+and\s+)([^,;%\d]{2,60}?)(?<!\baccount(?:s|ed)?)\s+for\s+$/;

/** The words naming figure `m`'s part, when its sentence is such a list, else undefined. */
export function partListItem(
  text: string,
  span: { start: number; end: number },
  m: Mention,
  figures: readonly Mention[],
): { start: number; end: number } | undefined {
  const own = figures.filter((x) => x.kind === 'percent' && x.start >= span.start && x.end <= span.end);
  if (own.length < 2) return undefined;
  const head = own[0]!;
  const beforeHead = text.slice(span.start, head.start);
  const verb = FIRST_VERB.exec(beforeHead);
  if (!verb || !/^\s+of\b/.test(text.slice(head.end, head.end + 4))) return undefined;
  // Every later figure of the list is an item ", <part> for N%".
  for (const x of own.slice(1)) if (!LATER_ITEM.test(text.slice(Math.max(span.start, x.start - 80), x.start))) return undefined;
  if (m === head || m.start === head.start) {
    // The first part: the sentence's words before the verb, after any opening phrase ("In 2025, ").
    const lead = beforeHead.slice(0, verb.index);
    const comma = lead.lastIndexOf(', ');
    const from = span.start + (comma >= 0 ? comma + 2 : 0);
    return { start: from, end: span.start + verb.index };
  }
  if (!own.some((x) => x.start === m.start)) return undefined;
  const window = text.slice(Math.max(span.start, m.start - 80), m.start);
  const item = LATER_ITEM.exec(window)!;
  const start = Math.max(span.start, m.start - 80) + item.index + item[0].indexOf(item[1]!);
  return { start, end: start + item[1]!.length };
}
