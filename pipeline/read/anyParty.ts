/**
 * "China has never provided lethal weapons to any party to the conflict", "does not sell weapons to
 * either side", "does not supply either side with weapons": the parties of the war, Russia among
 * them, receive (docs/curation.md, convention 17). The words stand after the verb, in its clause.
 */
import type { Trigger } from './triggers.js';

/** "to any party (to the conflict)", "to either side", "to the parties to the conflict"; "either side with" right after the verb. */
const ANY_PARTY =
  /\bto\s+(?:any|either|both)\s+(?:party|parties|side|sides)\b(?!\s+(?:of|on)\s+the\s+(?:border|river|road|street))|\bto\s+the\s+(?:parties|sides|warring\s+parties)\s+(?:to|in|of)\s+the\s+(?:conflict|war)\b/i;
const EITHER_WITH = /^\s+(?:any|either|both)\s+(?:party|parties|side|sides)\s+with\b/i;

/** Where the verb `t` names the war's parties as its recipient, the span of those words; undefined for none. */
export function anyPartyAfter(text: string, t: Trigger, clauseEnd: number): { start: number; end: number } | undefined {
  const clause = text.slice(t.end, clauseEnd);
  // Cheap test first: every form holds "part" or "side".
  if (!clause.includes('part') && !clause.includes('side')) return undefined;
  const m = EITHER_WITH.exec(clause) ?? ANY_PARTY.exec(clause);
  if (!m) return undefined;
  const start = t.end + m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: t.end + m.index + m[0].length };
}
