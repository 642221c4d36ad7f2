/**
 * The reader's proposal for an item in the annotation's own terms: what suggest writes as
 * TODO(guess) values, and what a review block records.
 */
import { slugify } from '../core/slug.js';
import type { ReadClaim, ReadObservation } from '../read/index.js';
import type { Proposal } from '../model/review.js';

export function observationProposal(r: ReadObservation): Proposal {
  return {
    indicator: r.indicator,
    reporter: r.reporter,
    partner: r.partner,
    product: r.product,
    period: r.period,
    attributed_to: r.attributed_to,
  };
}

/** Names the reader could not map to an entity id become slugs, as suggest drafts them. */
export function claimProposal(c: ReadClaim): Proposal {
  const id = (s: string | null) => (s === null ? null : slugify(s) || s);
  return {
    supplier: c.supplier.map((s) => id(s)!),
    recipient: id(c.recipient),
    goods: c.goods,
    end_use: c.end_use,
    certainty: c.certainty,
    share: c.share,
    claimant: id(c.claimant),
  };
}
