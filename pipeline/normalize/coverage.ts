/**
 * Coverage: every statistic-like mention (percent, money, count, ratio, duration, number) of a
 * source is used by an observation or ignored with a reason. Years and periods are not
 * statistics — they say when, and observations carry them as their period — so they need no
 * entry, though an ignore entry may name one. An ignore entry that holds no mention at all is
 * stale and reported, so a changed extractor cannot silently drop a figure.
 */
import { messages } from '../core/messages.js';
import { entries, locate, mentionsIn, pin, selector, type SourceContext } from './context.js';
import { STATISTIC_KINDS } from './mentionRows.js';
import { lineColumn } from './resolveQuote.js';

export function checkCoverage(ctx: SourceContext, used: ReadonlyMap<string, (string | number)[]>): void {
  const ignored = new Set<string>();
  for (const [entry, i] of entries(ctx, 'ignore')) {
    const path = ['ignore', i];
    const pinned = pin(ctx, selector(entry), path);
    if (!pinned) continue;
    const held = mentionsIn(ctx, pinned.start, pinned.end);
    if (held.length === 0) ctx.problems.push(messages.ignoreMatchesNothing(locate(ctx, [...path, 'quote']), entry.quote));
    for (const m of held) {
      ignored.add(m.mention_id);
      if (used.has(m.mention_id)) ctx.problems.push(messages.mentionUsedAndIgnored(locate(ctx, [...path, 'quote']), m.text));
    }
  }
  const text = ctx.source.text;
  for (const m of ctx.mentions) {
    if (!STATISTIC_KINDS.has(m.kind) || used.has(m.mention_id) || ignored.has(m.mention_id)) continue;
    const count = countOccurrences(text, m.text, m.start);
    const snippet = `  - quote: ${yamlString(m.text)}\n${count.total > 1 ? `    occurrence: ${count.before + 1}\n` : ''}    reason: …`;
    ctx.problems.push(messages.uncoveredMention(locate(ctx, ctx.annotation.value.ignore ? ['ignore'] : []), m.text, lineColumn(text, m.start), snippet));
  }
}

function countOccurrences(text: string, needle: string, at: number): { before: number; total: number } {
  let before = 0;
  let total = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    total++;
    if (i < at) before++;
  }
  return { before, total };
}

/** A YAML scalar for a snippet: quoted when plain style would change its meaning. */
function yamlString(s: string): string {
  return /^[\w][\w .’'%$€£¥-]*$/u.test(s) && !/^\d/.test(s) && !/[:#]/.test(s) ? s : JSON.stringify(s);
}
