/**
 * `figures review ID` as text: a source's drafts one by one — the sentence with the figure (or
 * the claim's words) marked, the proposed fields beside the curated ones, the words that decided
 * each, the decision recorded so far — and what is left to review. Pure: a review in, text out.
 */
import { sentenceSpans } from '../normalize/sentences.js';
import { itemField, itemLabel, proposalFields } from '../model/review.js';
import { evidenceWords, type Evidence, type ReadClaim, type ReadObservation } from '../read/index.js';
import type { Proposal } from '../model/review.js';
import type { ReviewItem, SourceReview } from './items.js';
import type { Span } from './match.js';
import { isStale, movedFields } from './stale.js';

const show = (v: unknown): string =>
  v === undefined ? '(none)' : v === null ? 'null' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v);

/** The sentence(s) around a span, the span between ⟦ ⟧; long sentences are cut around it. */
export function markedSentence(text: string, span: Span, spans = sentenceSpans(text)): string {
  const first = spans.find((s) => s.end > span.start) ?? span;
  const last = [...spans].reverse().find((s) => s.start < span.end) ?? first;
  const from = Math.max(Math.min(first.start, span.start), span.start - 200);
  const to = Math.min(Math.max(last.end, span.end), span.end + 200);
  const flat = (a: number, b: number) => text.slice(a, b).replace(/\s+/g, ' ');
  const before = `${from > first.start ? '…' : ''}${flat(from, span.start)}`.trimStart();
  const after = `${flat(span.end, to)}${to < last.end ? '…' : ''}`.trimEnd();
  return `${before}⟦${flat(span.start, span.end)}⟧${after}`;
}

function fieldLines(
  fields: readonly string[],
  proposal: Proposal | null,
  curated: Record<string, unknown> | undefined,
  draft?: ReadObservation | ReadClaim,
): string[] {
  const w = Math.max(...fields.map((f) => f.length));
  const rows = fields.map((f) => {
    const proposed = proposal ? show(proposal[f]) : '(none)';
    const value = curated && itemField(curated, f);
    const cur = curated === undefined ? '' : value === undefined ? '(not set)' : show(value);
    const e = (draft?.evidence as Record<string, Evidence | undefined> | undefined)?.[f];
    return { f, proposed, cur, why: e ? evidenceWords(e) : '' };
  });
  const wp = Math.max(8, ...rows.map((r) => r.proposed.length));
  const wc = Math.max(7, ...rows.map((r) => r.cur.length));
  const head = `    ${'field'.padEnd(w)}  ${'proposed'.padEnd(wp)}${curated ? `  ${'curated'.padEnd(wc)}` : ''}  evidence`;
  return [
    head.trimEnd(),
    ...rows.map((r) => `    ${r.f.padEnd(w)}  ${r.proposed.padEnd(wp)}${curated ? `  ${r.cur.padEnd(wc)}` : ''}  ${r.why}`.trimEnd()),
  ];
}

function decisionOf(item: ReviewItem): string {
  const b = item.block;
  if (!b) return 'no review block (run review --stamp)';
  const how = b.stamped ? ' (stamped)' : '';
  return b.decision === 'edited' ? `edited: ${(b.edited ?? []).join(', ')}${how}` : `${b.decision}${how}`;
}

/** Items still to decide: unreviewed drafts. */
export const leftToReview = (review: SourceReview): ReviewItem[] => review.items.filter((i) => i.block?.decision === 'unreviewed');

/** Items reviewed for another reading than the reader's now: to review again. */
export const staleItems = (review: SourceReview): ReviewItem[] => review.items.filter((i) => isStale(i, review.digest));

export interface ViewOptions {
  /** Every item, not only those left to review. */
  all?: boolean;
}

export function formatReview(review: SourceReview, opts: ViewOptions = {}): string {
  const spans = sentenceSpans(review.text);
  const order = review.order;
  const left = leftToReview(review);
  const stale = new Set(staleItems(review));
  const out: string[] = [
    `${review.source}: ${order.length} item(s) under review, ${left.length} unreviewed, ${stale.size} to review again; ${review.open.length} draft(s) of the reader in no item`,
  ];
  order.forEach((item, n) => {
    const { section } = item;
    if (!opts.all && item.block?.decision !== 'unreviewed' && !stale.has(item)) return;
    const confidence = item.draft ? `, the reader's confidence ${item.draft.confidence}` : '';
    const again = stale.has(item)
      ? ` — reviewed for another reading; the reader now proposes otherwise for: ${movedFields(item).join(', ') || 'the quote'}`
      : '';
    out.push('', `[${n + 1}/${order.length}] ${itemLabel(section, item.value)}: ${decisionOf(item)}${confidence}${again}`);
    if (item.span) out.push(`  ${markedSentence(review.text, item.span, spans)}`);
    else out.push(`  (its quote ${JSON.stringify(item.quote)} is not in the text: validate says why)`);
    const curated = section === 'observations' || section === 'claims' ? item.value : undefined;
    // An unreviewed draft: the reader's proposal now where it still drafts the item (decide.ts records that one).
    const proposal =
      item.block?.decision === 'unreviewed' && (item.draft === undefined || item.proposal === null)
        ? (item.block.proposal ?? null)
        : item.proposal;
    out.push(...fieldLines(proposalFields(item.kind, proposal), proposal, curated, item.draft));
  });
  if (review.open.length > 0) {
    out.push(
      '',
      `Drafts of the reader that no item covers, not decided (add each, or record it under ignore or rejected so it is not proposed again):`,
    );
    review.open.forEach(({ kind, draft, proposal }, k) => {
      out.push(
        '',
        `(open ${k + 1}) ${kind} "${draft.quote.length > 60 ? `${draft.quote.slice(0, 59)}…` : draft.quote}", confidence ${draft.confidence}`,
      );
      out.push(`  ${markedSentence(review.text, draft, spans)}`);
      out.push(...fieldLines(proposalFields(kind, proposal), proposal, undefined, draft));
    });
  }
  const numbers = (items: Iterable<ReviewItem>) => [...items].map((i) => `[${order.indexOf(i) + 1}]`).join(' ');
  out.push(
    '',
    left.length === 0
      ? 'Nothing left to review.'
      : `Left to review: ${left.length} draft(s): ${numbers(left)}. Accept with --accept N, reject with --reject N (docs/curation.md).`,
  );
  if (stale.size > 0)
    out.push(
      `To review again: ${stale.size} item(s): ${numbers(stale)}. The curated values stay as they are; when they are still right, record the new review with --again N (docs/curation.md).`,
    );
  return out.join('\n') + '\n';
}
