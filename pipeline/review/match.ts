/**
 * Which of the reader's drafts an annotated item is about: the one whose span overlaps the
 * item's quote — for an observation the figure itself (same start first), for a claim the
 * largest overlap, since a curated claim may quote more or fewer words than the reader's.
 */
import { resolveQuote, type QuoteSelector } from '../normalize/resolveQuote.js';

export interface Span {
  start: number;
  end: number;
}

/** The item's span in the text, or undefined when its quote does not resolve (validate reports that). */
export function itemSpan(text: string, item: QuoteSelector): Span | undefined {
  if (typeof item.quote !== 'string' || item.quote === '') return undefined;
  const r = resolveQuote(text, item);
  return r.ok ? { start: r.start, end: r.end } : undefined;
}

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * The draft overlapping `span` most (a draft starting where the span starts wins); undefined if none
 * overlaps. The reader drafts one claim per good named together ("weapons and ammunition"), all at
 * one span: among drafts that tie, the one `agreement` scores highest (the first on a tie) is taken,
 * so each of two curated items with one quote is paired with its own draft.
 */
export function bestOverlap<T extends Span>(drafts: readonly T[], span: Span, agreement: (d: T) => number = () => 0): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  let bestAgreement = 0;
  for (const d of drafts) {
    const o = overlap(d, span);
    if (o <= 0) continue;
    const score = o + (d.start === span.start ? 1e9 : 0);
    if (score < bestScore) continue;
    const agrees = agreement(d);
    if (score > bestScore || agrees > bestAgreement) {
      best = d;
      bestScore = score;
      bestAgreement = agrees;
    }
  }
  return best;
}
