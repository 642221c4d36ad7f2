/**
 * `figures review ID --again N`: a curator reviews an item again after the reader's proposal
 * (or the item's quote) changed. The curated values stay as they are — they are what is
 * published; the block is recorded anew against the reader's current proposal, with the
 * decision that comparison gives (accepted, edited with its fields, or added when the reader
 * proposes nothing there now). Unlike `--stamp`, the block is the curator's: no `stamped`.
 * Pure: the file's text in, the new text out; the file is edited as text (rewrite.ts), so its
 * comments and layout stay.
 */
import { EXIT, FiguresError, type Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { itemLabel } from '../model/review.js';
import { noSuchDraft } from './decide.js';
import type { SourceReview } from './items.js';
import { applyBlocks, type BlockEdit } from './rewrite.js';
import { comparedBlock } from './stamp.js';

export function reviewAgain(file: string, yaml: string, review: SourceReview, numbers: readonly number[]): string {
  const problems: Problem[] = [];
  const edits: BlockEdit[] = [];
  for (const n of numbers) {
    const item = review.order[n - 1];
    if (!item) {
      problems.push(noSuchDraft(file, n, review));
      continue;
    }
    if (item.section !== 'observations' && item.section !== 'claims') {
      problems.push(
        messages.reviewDecision(
          file,
          n,
          `${itemLabel(item.section, item.value)} is not published (it is under ${item.section})`,
          'Only observations and claims are reviewed again; a rejected draft stays rejected (docs/curation.md).',
        ),
      );
      continue;
    }
    if (item.block?.decision === 'unreviewed') {
      problems.push(
        messages.reviewDecision(
          file,
          n,
          `${itemLabel(item.section, item.value)} has not been reviewed yet`,
          `Decide a draft with --accept ${n} or --reject ${n}.`,
        ),
      );
      continue;
    }
    if (!item.span) {
      // A review against no reading would record the typo's empty proposal as reviewed.
      problems.push(messages.reviewAgainNoQuote(file, n, itemLabel(item.section, item.value), item.quote));
      continue;
    }
    edits.push({ section: item.section, index: item.index, block: comparedBlock(item, review.digest) });
  }
  if (problems.length > 0) throw new FiguresError(problems, EXIT.usage);
  return applyBlocks(yaml, edits);
}
