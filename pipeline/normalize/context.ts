/** Per-source state shared by the normalize steps, and pinning a quote with problems reported. */
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import type { MentionsRow } from '../model.js';
import type { SnapshotSource } from '../snapshot/readSources.js';
import type { YamlFile } from '../snapshot/readYaml.js';
import type { AnnotationFile } from '../types/tables.js';
import { at, type Path } from '../validate/origins.js';
import { lineColumn, resolveQuote, type QuoteSelector } from './resolveQuote.js';
import { sentenceText, type Span } from './sentences.js';

export interface SourceContext {
  source: SnapshotSource;
  annotation: YamlFile<AnnotationFile>;
  sentences: Span[];
  mentions: MentionsRow[];
  problems: Problem[];
}

export const locate = (ctx: SourceContext, path: Path): Location => at(ctx.annotation.doc, path);

export interface Pinned {
  start: number;
  end: number;
  quote: string;
  sentence: string;
}

/** Resolves the selector at `path` of the annotation; reports and returns undefined on failure. */
export function pin(ctx: SourceContext, sel: QuoteSelector, path: Path): Pinned | undefined {
  const text = ctx.source.text;
  const r = resolveQuote(text, sel);
  const where = locate(ctx, [...path, 'quote']);
  if (r.ok) return { start: r.start, end: r.end, quote: sel.quote, sentence: sentenceText(text, ctx.sentences, r.start, r.end) };
  if (r.reason === 'not-found') {
    const near = r.nearest && { text: text.slice(r.nearest.start, r.nearest.end), ...lineColumn(text, r.nearest.start), ...(r.nearest.note ? { note: r.nearest.note } : {}) };
    ctx.problems.push(messages.quoteNotFound(where, sel.quote, near));
  } else if (r.reason === 'ambiguous') {
    const occ = r.starts.map((s) => ({ ...lineColumn(text, s), context: text.slice(Math.max(0, s - 20), s + sel.quote.length + 20).replace(/\n/g, ' ') }));
    ctx.problems.push(messages.quoteAmbiguous(where, sel.quote, occ));
  } else {
    ctx.problems.push(messages.quoteOccurrence(locate(ctx, [...path, sel.occurrence !== undefined ? 'occurrence' : 'quote']), sel.quote, sel.occurrence ?? 1, r.count));
  }
  return undefined;
}

/** The quote selector fields of an annotation entry. */
export function selector(e: { quote: string; occurrence?: number; prefix?: string; suffix?: string }): QuoteSelector {
  return {
    quote: e.quote,
    ...(e.occurrence !== undefined ? { occurrence: e.occurrence } : {}),
    ...(e.prefix !== undefined ? { prefix: e.prefix } : {}),
    ...(e.suffix !== undefined ? { suffix: e.suffix } : {}),
  };
}

/** Mentions overlapping [start, end). */
export function mentionsIn(ctx: SourceContext, start: number, end: number): MentionsRow[] {
  return ctx.mentions.filter((m) => m.start < end && m.end > start);
}
