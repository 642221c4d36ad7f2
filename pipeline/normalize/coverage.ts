/**
 * Coverage: every statistic-like mention (percent, money, count, ratio, duration, number) of a
 * source is used by an observation or ignored with a reason. Years and periods are not
 * statistics — they say when, and observations carry them as their period — so they need no
 * entry, though an ignore entry may name one. An ignore entry that holds no mention at all is
 * stale and reported, so a changed extractor cannot silently drop a figure. A figure that a
 * failed entry points at is not reported again as uncovered (its entry's problem says it).
 */
import { messages } from '../core/messages.js';
import { lineColumn } from '../core/text.js';
import { entries, locate, mentionsIn, pin, rawEntries, selector, type SourceContext } from './context.js';
import { STATISTIC_KINDS } from './mentionRows.js';
import { occurrenceAt, possibleSpans, type QuoteSelector } from './resolveQuote.js';

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
  const pointedAt = meant(ctx);
  for (const m of ctx.mentions) {
    if (!STATISTIC_KINDS.has(m.kind) || used.has(m.mention_id) || ignored.has(m.mention_id) || pointedAt.has(m.mention_id)) continue;
    const { occurrence, total } = occurrenceAt(text, m.text, m.start);
    const snippet = `  - quote: ${yamlString(m.text)}\n${total > 1 ? `    occurrence: ${occurrence}\n` : ''}    reason: …`;
    ctx.problems.push(
      messages.uncoveredMention(locate(ctx, ctx.annotation.value.ignore ? ['ignore'] : []), m.text, lineColumn(text, m.start), snippet),
    );
  }
}

/**
 * Mentions an observation or ignore entry points at although it failed — its quote not found,
 * ambiguous or of a missing occurrence, holding several figures, or the entry refused by the
 * schema. That failure is reported already; calling its figures uncovered as well would say the
 * same thing twice, so they are left out until the entry is mended.
 */
function meant(ctx: SourceContext): Set<string> {
  const ids = new Set<string>();
  for (const section of ['observations', 'ignore'] as const) {
    for (const entry of rawEntries(ctx, section)) {
      const sel = looseSelector(entry);
      if (!sel) continue;
      for (const span of possibleSpans(ctx.source.text, sel)) for (const m of mentionsIn(ctx, span.start, span.end)) ids.add(m.mention_id);
    }
  }
  return ids;
}

const SELECTOR_FIELDS: readonly unknown[] = ['quote', 'occurrence', 'prefix', 'suffix'];

/**
 * The quote of an entry the schema refused for another field (a period written 2023Q4, an id in
 * capitals, a TODO left) is looked for all the same, so a quote that is not in the text is told in
 * the same run as the schema error, not in the run after it is mended.
 */
export function checkRefusedQuotes(ctx: SourceContext): void {
  for (const section of ['observations', 'entities', 'claims', 'ignore'] as const) {
    const refused = ctx.annotation.errorPaths.filter((p) => p[0] === section);
    rawEntries(ctx, section).forEach((entry, i) => {
      const own = refused.filter((p) => p[1] === i);
      if (own.length === 0 || own.some((p) => SELECTOR_FIELDS.includes(p[2]))) return;
      const sel = looseSelector(entry);
      if (sel) pin(ctx, sel, [section, i]);
    });
  }
}

/** The selector of an entry that may have failed its schema: its quote if it has one, and whichever other fields are usable. */
function looseSelector(entry: unknown): QuoteSelector | undefined {
  const e = entry as { quote?: unknown; occurrence?: unknown; prefix?: unknown; suffix?: unknown } | null;
  if (typeof e?.quote !== 'string' || e.quote === '') return undefined;
  return {
    quote: e.quote,
    ...(Number.isInteger(e.occurrence) && (e.occurrence as number) > 0 ? { occurrence: e.occurrence as number } : {}),
    ...(typeof e.prefix === 'string' ? { prefix: e.prefix } : {}),
    ...(typeof e.suffix === 'string' ? { suffix: e.suffix } : {}),
  };
}

/** A YAML scalar for a snippet: quoted when plain style would change its meaning. */
function yamlString(s: string): string {
  return /^[\w][\w .’'%$€£¥-]*$/u.test(s) && !/^\d/.test(s) && !/[:#]/.test(s) ? s : JSON.stringify(s);
}
