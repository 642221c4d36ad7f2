/**
 * The reader's proposal for an item in the annotation's own terms: what suggest writes as
 * TODO(guess) values, and what a review block records.
 */
import { slugify } from '../core/slug.js';
import { FALL_VALUE_RULE, annotationProduct, type ReadClaim, type ReadObservation } from '../read/index.js';
import { shownWords } from '../read/format.js';
import type { Proposal } from '../model/review.js';

/**
 * A value in the text's own words as a curator writes it: the reader reads Markdown blanked to
 * spaces of the same length (read/markdown.ts), so words across a link ("according to [the
 * Observatory](https://…) data") keep a run of blanks where the brackets and address were. The
 * value recorded, drafted and compared is the words with each run collapsed to one space.
 */
export const textWords = (v: string | null): string | null => (v === null ? null : shownWords(v));

/** The value the reader gives where it corrects the extractor's (a fall's sign: "fell by 61%" is -61), else undefined. */
export function signedValue(r: ReadObservation): number | undefined {
  return r.value !== null && r.evidence.value?.rule === FALL_VALUE_RULE ? r.value : undefined;
}

/**
 * The value is proposed only where the reader corrects the extractor's (signedValue): the
 * override suggest drafts for it. Other proposals keep their old shape, and so their fingerprints.
 */
export function observationProposal(r: ReadObservation): Proposal {
  const signed = signedValue(r);
  return {
    indicator: r.indicator,
    reporter: r.reporter,
    partner: r.partner,
    // A trade figure naming no goods is the whole of the trade, all-goods (docs/curation.md).
    product: annotationProduct(r),
    period: r.period,
    attributed_to: textWords(r.attributed_to),
    ...(signed !== undefined ? { value: String(signed) } : {}),
  };
}

/** Names the reader could not map to an entity id become slugs, as suggest drafts them. */
export function claimProposal(c: ReadClaim): Proposal {
  const id = (s: string | null) => (s === null ? null : slugify(s) || s);
  return {
    supplier: c.supplier.map((s) => id(s)!),
    recipient: id(c.recipient),
    goods: c.goods,
    end_use: textWords(c.end_use),
    certainty: c.certainty,
    share: c.share,
    claimant: id(c.claimant),
  };
}
