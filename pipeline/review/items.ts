/**
 * A source's annotation seen through its review state: every item the reader may have drafted
 * (observations, claims, ignore entries, rejected drafts), paired with the reader's current
 * draft at its quote and the review block it carries; and the reader's drafts no item covers.
 */
import type { AnnotationFile, ReviewState } from '../types/tables.js';
import {
  editedFields,
  fieldsOf,
  REVIEW_SECTIONS,
  reviewOrder,
  textDigest,
  type ItemKind,
  type Proposal,
  type ReviewSection,
} from '../model/review.js';
import type { ReadClaim, ReadObservation, Reading } from '../read/index.js';
import { bestOverlap, itemSpan, type Span } from './match.js';
import { claimProposal, observationProposal } from './proposal.js';

export type Section = ReviewSection;

export interface ReviewItem {
  section: Section;
  index: number;
  kind: ItemKind;
  /** The item's id, or its quote for ignore entries and rejected drafts. */
  label: string;
  quote: string;
  value: Record<string, unknown>;
  span?: Span;
  /** The reader's current draft at the item's quote, if any. */
  draft?: ReadObservation | ReadClaim;
  /** The reader's current proposal there (null: none). */
  proposal: Proposal | null;
  block?: ReviewState;
}

export interface SourceReview {
  source: string;
  text: string;
  digest: string;
  items: ReviewItem[];
  /** The items `figures review` numbers, in its order (model/review.ts, reviewOrder). */
  order: ReviewItem[];
  /** The reader's drafts that no item of the annotation covers: not yet decided. */
  open: { kind: ItemKind; draft: ReadObservation | ReadClaim; proposal: Proposal }[];
}

/** How many of a proposal's fields the item has as proposed (the fields a review would not count as edited). */
function agreement(kind: ItemKind, proposal: Proposal, item: Record<string, unknown>): number {
  return fieldsOf(kind).length - editedFields(kind, proposal, item).length;
}

export function reviewSource(source: string, text: string, annotation: AnnotationFile, reading: Reading): SourceReview {
  const items: ReviewItem[] = [];
  const covered = new Set<ReadObservation | ReadClaim>();
  for (const { section, kind } of REVIEW_SECTIONS) {
    const list = ((annotation as unknown as Record<string, unknown>)[section] ?? []) as Record<string, unknown>[];
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (value === null || typeof value !== 'object') return;
      const quote = typeof value.quote === 'string' ? value.quote : '';
      const span = itemSpan(text, value as { quote: string });
      const drafts: readonly (ReadObservation | ReadClaim)[] = kind === 'observation' ? reading.observations : reading.claims;
      const proposalOf = (d: ReadObservation | ReadClaim): Proposal =>
        kind === 'observation' ? observationProposal(d as ReadObservation) : claimProposal(d as ReadClaim);
      const draft = span ? bestOverlap(drafts, span, (d) => agreement(kind, proposalOf(d), value)) : undefined;
      if (draft) covered.add(draft);
      const proposal = draft ? proposalOf(draft) : null;
      items.push({
        section,
        index,
        kind,
        label: typeof value.id === 'string' ? value.id : quote,
        quote,
        value,
        ...(span ? { span } : {}),
        ...(draft ? { draft } : {}),
        proposal,
        ...(value.review && typeof value.review === 'object' ? { block: value.review as ReviewState } : {}),
      });
    });
  }
  const open = [
    ...reading.observations
      .filter((d) => !covered.has(d))
      .map((d) => ({ kind: 'observation' as const, draft: d, proposal: observationProposal(d) })),
    ...reading.claims.filter((d) => !covered.has(d)).map((d) => ({ kind: 'claim' as const, draft: d, proposal: claimProposal(d) })),
  ];
  const order = reviewOrder(annotation).flatMap(({ section, index }) => items.filter((i) => i.section === section && i.index === index));
  return { source, text, digest: textDigest(text), items, order, open };
}
