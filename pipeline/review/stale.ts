/**
 * `review-stale`: an accepted or edited item whose reviewed reading is not the reader's reading
 * now — the proposal changed (a reader change), or the item's quote did. The old and the new
 * proposal go side by side into the message. A warning: the curated values, not the reader's,
 * are published, so the data is unchanged; but a curator should look. (A review of another
 * text is the build's error: pipeline/validate/reviewState.ts.)
 */
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { itemLabel, proposalFields, readingFingerprint } from '../model/review.js';
import type { ReviewItem, SourceReview } from './items.js';

/** An accepted or edited item of this text whose reviewed reading (quote and proposal) is not the reader's now. */
export function isStale(item: ReviewItem, digest: string): boolean {
  const block = item.block;
  if (!block || (block.decision !== 'accepted' && block.decision !== 'edited')) return false;
  if (block.text !== digest) return false; // the build's error
  // A quote not found in the text (a typo, say) is the build's error too: the reader has no
  // reading there to compare, and one root cause is reported once.
  if (!item.span) return false;
  return readingFingerprint(digest, item.quote, item.proposal) !== block.fingerprint;
}

/** The fields whose reviewed proposal is not the reader's proposal now. */
export function movedFields(item: ReviewItem): string[] {
  const was = item.block?.proposal ?? null;
  return proposalFields(item.kind, was, item.proposal).filter(
    (f) => JSON.stringify(was?.[f] ?? null) !== JSON.stringify(item.proposal?.[f] ?? null),
  );
}

export function staleReviews(review: SourceReview, locate: (path: (string | number)[]) => Location): Problem[] {
  const problems: Problem[] = [];
  for (const item of review.items) {
    const block = item.block;
    if (!block || !isStale(item, review.digest)) continue;
    const { section, index } = item;
    const quoteMoved = readingFingerprint(block.text, item.quote, block.proposal ?? null) !== block.fingerprint;
    const fields = proposalFields(item.kind, block.proposal, item.proposal);
    const rows = fields.map((field) => ({
      field,
      reviewed: block.proposal?.[field] ?? null,
      now: item.proposal ? (item.proposal[field] ?? null) : undefined,
    }));
    problems.push(
      messages.reviewProposalStale(
        locate([section, index, 'review', 'fingerprint']),
        itemLabel(section, item.value),
        quoteMoved ? 'quote' : 'proposal',
        rows,
        review.source,
      ),
    );
  }
  return problems;
}
