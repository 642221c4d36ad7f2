/**
 * Deriving a review block from what a curator left: for annotations curated before the review
 * state existed (and new ones written by hand), compare each item with the reader's current
 * proposal. The block says so (`stamped: true`): the decision was derived, not recorded at
 * review time. Only what can be told is told: an observation the reader drafts where the
 * curator wrote an ignore entry was rejected; a reader draft the annotation never mentions is
 * left open, not counted as rejected.
 */
import type { ReviewState } from '../types/tables.js';
import { editedFields, readingFingerprint } from '../model/review.js';
import type { ReviewItem, SourceReview } from './items.js';
import { applyBlocks } from './rewrite.js';

const base = (item: ReviewItem, digest: string, decision: ReviewState['decision']) => ({
  decision,
  text: digest,
  fingerprint: readingFingerprint(digest, item.quote, item.proposal),
  proposal: item.proposal,
});

/**
 * A published item (observation or claim) compared with the reader's current proposal: added
 * where it proposes nothing, accepted where every field is as proposed, else edited with the
 * fields that differ. `--stamp` marks the block as derived; `--again` records it as the curator's.
 */
export function comparedBlock(item: ReviewItem, digest: string): ReviewState {
  if (item.proposal === null) return base(item, digest, 'added');
  const edited = editedFields(item.kind, item.proposal, item.value);
  return edited.length === 0
    ? base(item, digest, 'accepted')
    : { ...base(item, digest, 'edited'), edited: edited as [string, ...string[]] };
}

/** The block `--stamp` derives for an item; undefined where there is nothing to record (an ignore entry the reader also ignores). */
export function derivedBlock(item: ReviewItem, digest: string): ReviewState | undefined {
  if (item.section === 'ignore') return item.proposal ? { ...base(item, digest, 'rejected'), stamped: true } : undefined;
  if (item.section === 'rejected') return undefined; // only a curator rejects a claim
  return { ...comparedBlock(item, digest), stamped: true };
}

export interface StampEdit {
  item: ReviewItem;
  block: ReviewState | undefined;
}

/** Key order aside: a block read back from YAML has the written order. */
const sorted = (v: unknown): unknown =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      )
    : v;
const sameBlock = (a: ReviewState | undefined, b: ReviewState | undefined): boolean =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/**
 * What `--stamp` changes in one source: items without a block get one; blocks it stamped
 * before are derived again when the text, the proposal or the curated values moved on. A
 * curator's block (no `stamped`) and an unreviewed draft are never touched.
 */
export function planStamp(review: SourceReview): StampEdit[] {
  const edits: StampEdit[] = [];
  for (const item of review.items) {
    if (item.block && item.block.stamped !== true) continue;
    const block = derivedBlock(item, review.digest);
    if (!sameBlock(item.block, block)) edits.push({ item, block });
  }
  return edits;
}

/** The annotation with its stamp edits applied, or undefined when nothing changes. */
export function stampedYaml(yaml: string, review: SourceReview): string | undefined {
  const edits = planStamp(review);
  if (edits.length === 0) return undefined;
  return applyBlocks(
    yaml,
    edits.map((e) => ({ section: e.item.section, index: e.item.index, block: e.block })),
  );
}
