/**
 * The build's checks of the review state (docs/curation.md, "Review state"): no reader draft
 * left unreviewed, no review of another text, and every block true to the item it sits on
 * (an accepted item still has the proposed values, an edited one lists the fields that differ).
 * Whether the reader's proposal changed since is for `figures validate` (pipeline/review/stale.ts):
 * the build does not run the reader.
 */
import type { Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { editedFields, itemLabel, reviewOrder, textDigest } from '../model/review.js';
import type { Snapshot } from '../snapshot/index.js';
import type { ReviewState } from '../types/tables.js';

export function checkReviewState(snap: Pick<Snapshot, 'sources' | 'annotations'>): Problem[] {
  const problems: Problem[] = [];
  for (const source of snap.sources) {
    const file = snap.annotations.get(source.id);
    if (!file) continue;
    const digest = textDigest(source.text);
    reviewOrder(file.value).forEach(({ section, index, kind }, n) => {
      const item = (file.value as unknown as Record<string, Record<string, unknown>[]>)[section]![index]!;
      const block = item?.review as ReviewState | undefined;
      if (!block || typeof block !== 'object') return;
      // A block that fails its schema is reported by it; judging its contents would repeat the cause.
      if (file.errorPaths.some((p) => p[0] === section && p[1] === index && (p.length < 3 || p[2] === 'review'))) return;
      const at = { file: file.doc.file, ...file.doc.locate([section, index, 'review', 'decision']) };
      const label = itemLabel(section, item);
      if (block.decision === 'unreviewed') {
        problems.push(messages.unreviewedDraft(at, label, source.id, n + 1));
        return;
      }
      if (typeof block.text === 'string' && block.text !== digest) {
        problems.push(messages.reviewTextStale(at, label, block.text, digest, source.id));
        return;
      }
      const published = section === 'observations' || section === 'claims';
      if (block.decision === 'rejected' && published)
        problems.push(
          messages.reviewMismatch(
            at,
            label,
            'rejected',
            `it is still among the ${section}, so it would be published`,
            `Move it to ${section === 'observations' ? 'ignore (with a reason)' : 'rejected'}, or record the decision you took.`,
          ),
        );
      else if (block.decision !== 'rejected' && !published)
        problems.push(
          messages.reviewMismatch(at, label, block.decision, `only rejected drafts belong in ${section}`, 'Set decision: rejected.'),
        );
      else if (block.decision === 'added' && block.proposal !== null)
        problems.push(
          messages.reviewMismatch(
            at,
            label,
            'added',
            'the block records a proposal of the reader',
            'Set decision: accepted or edited (with edited: [fields]).',
          ),
        );
      else if ((block.decision === 'accepted' || block.decision === 'edited') && block.proposal && typeof block.proposal === 'object') {
        const differ = editedFields(kind, block.proposal, item);
        const listed = block.decision === 'edited' ? [...(block.edited ?? [])] : [];
        if ([...differ].sort().join() !== [...listed].sort().join()) {
          const fix =
            differ.length === 0
              ? 'Set decision: accepted (and remove edited).'
              : `Set decision: edited with edited: [${differ.join(', ')}].`;
          const detail =
            differ.length === 0
              ? 'every field has the proposed value'
              : `the fields that differ from the proposal are ${differ.join(', ')}`;
          problems.push(
            messages.reviewMismatch(
              at,
              label,
              block.decision,
              `${detail}${listed.length ? ` (the block lists ${listed.join(', ')})` : ''}`,
              fix,
            ),
          );
        }
      }
    });
  }
  return problems;
}
