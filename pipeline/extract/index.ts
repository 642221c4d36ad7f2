/**
 * The figure extractor: finds every numeric mention in a normalized text, in one
 * deterministic pass. Public entry point of pipeline/extract/.
 *
 * PLACEHOLDER: the real implementation is being written (issue 2); this returns nothing
 * so that callers (build, corpus) can be wired against the contract.
 */
import type { Mention } from './mention.js';

export type { Mention, MentionKind, Hedge } from './mention.js';

/** All mentions in `text` (already normalized: LF, NFC), ordered by start, non-overlapping. */
export function extractMentions(text: string): Mention[] {
  void text;
  return [];
}
