/** Per-source state shared by the normalize steps, and pinning a quote with problems reported. */
import type { Location, Problem } from '../core/errors.js';
import { messages } from '../core/messages.js';
import { lineColumn } from '../core/text.js';
import type { MentionsRow } from '../model/index.js';
import type { SnapshotSource } from '../snapshot/readSources.js';
import type { YamlFile } from '../snapshot/readYaml.js';
import type { AnnotationFile } from '../types/tables.js';
import { at, type Path } from '../model/origins.js';
import { guessOf, isTodo } from '../model/todo.js';
import { resolveQuote, type QuoteSelector } from './resolveQuote.js';
import { sentenceText, type Span } from './sentences.js';

export interface SourceContext {
  source: SnapshotSource;
  annotation: YamlFile<AnnotationFile>;
  sentences: Span[];
  mentions: MentionsRow[];
  problems: Problem[];
  /**
   * The version raw/dataset.yaml states: every row starts with it as first_release and
   * last_changed, the history of a first release; the build replaces them from the previous release.
   */
  version: string;
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
    const near = r.nearest && {
      text: text.slice(r.nearest.start, r.nearest.end),
      ...lineColumn(text, r.nearest.start),
      ...(r.nearest.note ? { note: r.nearest.note } : {}),
    };
    ctx.problems.push(messages.quoteNotFound(where, sel.quote, near));
  } else if (r.reason === 'ambiguous') {
    const occ = r.starts.map((s) => ({
      ...lineColumn(text, s),
      context: text.slice(Math.max(0, s - 20), s + sel.quote.length + 20).replace(/\n/g, ' '),
    }));
    ctx.problems.push(messages.quoteAmbiguous(where, sel.quote, occ));
  } else {
    ctx.problems.push(
      messages.quoteOccurrence(
        locate(ctx, [...path, sel.occurrence !== undefined ? 'occurrence' : 'quote']),
        sel.quote,
        sel.occurrence ?? 1,
        r.count,
        sel.prefix !== undefined || sel.suffix !== undefined,
      ),
    );
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

/** The sections of an annotation that are lists of entries. */
const SECTIONS = ['observations', 'derived', 'entities', 'claims', 'ignore'] as const;
type Section = (typeof SECTIONS)[number];
type Entry<S extends Section> = NonNullable<AnnotationFile[S]>[number];

/**
 * The entries of a section with their index, leaving out those that failed the schema (they
 * were reported), so one bad entry does not hide the problems of the others.
 */
export function entries<S extends Section>(ctx: SourceContext, section: S): [Entry<S>, number][] {
  const bad = new Set(ctx.annotation.errorPaths.filter((p) => p[0] === section).map((p) => p[1]));
  return ((ctx.annotation.value[section] ?? []) as Entry<S>[]).map((e, i) => [e, i] as [Entry<S>, number]).filter(([, i]) => !bad.has(i));
}

/**
 * The ids of a section's entries that failed the schema (their errors are already reported); for
 * an id still TODO(x), x as well, the id it will have.
 */
export function failedIds(ctx: SourceContext, section: Section): string[] {
  const bad = new Set(ctx.annotation.errorPaths.filter((p) => p[0] === section).map((p) => p[1]));
  return rawEntries(ctx, section).flatMap((e, i) => {
    const id = bad.has(i) ? (e as { id?: unknown } | null)?.id : undefined;
    if (typeof id !== 'string') return [];
    const guess = isTodo(id) ? guessOf(id) : undefined;
    return guess === undefined ? [id] : [id, guess];
  });
}

/** Every entry of a section as written, those that failed the schema too (possibly null or a scalar). */
export function rawEntries(ctx: SourceContext, section: Section): unknown[] {
  return (ctx.annotation.value[section] ?? []) as unknown[];
}

/** Whether an annotation is usable: valid, or its only schema errors are inside entries. */
export function usable(annotation: YamlFile<AnnotationFile>): boolean {
  if (annotation.valid) return true;
  const v = annotation.value as unknown;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return (
    annotation.errorPaths.length > 0 &&
    annotation.errorPaths.every((p) => p.length >= 2 && (SECTIONS as readonly unknown[]).includes(p[0]) && typeof p[1] === 'number')
  );
}

/** Mentions overlapping [start, end). */
export function mentionsIn(ctx: SourceContext, start: number, end: number): MentionsRow[] {
  return ctx.mentions.filter((m) => m.start < end && m.end > start);
}
