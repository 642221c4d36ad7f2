/**
 * Normalize stage: joins each source's mentions with its curated annotation into the
 * published tables — observations (curated and derived), entities and their mentions,
 * claims, vocabularies, sources — checks coverage, and sorts every table as the manifest says.
 * Problems are collected; a source whose annotation failed its schema is skipped here.
 */
import type { Problem } from '../core/errors.js';
import type { MentionsRow, ObservationsRow, Tables } from '../model/index.js';
import type { Snapshot } from '../snapshot/index.js';
import { Origins } from '../model/origins.js';
import { TABLES } from '../model/schemas.js';
import { claimRows } from './claims.js';
import { cleanNumbers } from './cleanNumbers.js';
import { corroborate } from './corroborate.js';
import { entries, failedIds, usable, type SourceContext } from './context.js';
import { checkCoverage, checkRefusedQuotes } from './coverage.js';
import { derivedObservations } from './derived.js';
import { entityMentions } from './entityMentions.js';
import { entityRows } from './entities.js';
import { curatedObservations } from './observations.js';
import { checkNotes } from './invisibles.js';
import { sentenceSpans } from './sentences.js';
import { sortRows } from './sortRows.js';
import { sourceRow, vocabularyRows, type BrokenReferences } from './vocab.js';

export interface Normalized {
  tables: Tables;
  /** Where each curated row came from, for locating later problems in the YAML. */
  origins: Origins;
  /** Normalized text by source id (for quote checks; never published). */
  texts: Map<string, string>;
  /** Vocabulary entries and entities that failed their schema: references to them are not reported again. */
  brokenReferences: BrokenReferences;
}

export function normalize(snap: Snapshot, mentionsBySource: ReadonlyMap<string, MentionsRow[]>, problems: Problem[]): Normalized {
  const origins = new Origins();
  const sources = snap.sources.filter((s) => s.sidecarValid).map((s) => sourceRow(s, origins));
  const { broken, broader, ...vocab } = vocabularyRows(snap.vocab, origins);
  const unreadSidecars = new Set(snap.sources.filter((s) => !s.sidecarValid).map((s) => s.id));
  const brokenVocab: BrokenReferences = unreadSidecars.size ? { ...broken, sources: unreadSidecars } : broken;
  const spans = new Map(snap.sources.map((s) => [s.id, sentenceSpans(s.text)] as const));

  // Before the first release, or with a broken dataset.yaml (reported by snapshot), 0.0.0.
  const version = snap.dataset?.valid ? snap.dataset.value.version : '0.0.0';
  const contexts: SourceContext[] = [];
  for (const source of snap.sources) {
    const annotation = snap.annotations.get(source.id);
    if (!annotation || !usable(annotation)) continue;
    contexts.push({
      source,
      annotation,
      sentences: spans.get(source.id)!,
      mentions: mentionsBySource.get(source.id) ?? [],
      problems,
      version,
    });
  }

  const curated: ObservationsRow[] = [];
  const used = new Map<SourceContext, Map<string, (string | number)[]>>();
  for (const ctx of contexts) {
    const u = new Map<string, (string | number)[]>();
    curated.push(...curatedObservations(ctx, origins, u));
    used.set(ctx, u);
  }
  const derived = derivedObservations(contexts, curated, origins);
  const entities = entityRows(contexts, origins);
  // A draft entity still holding a TODO is one error; the claims naming it are not more.
  const failedEntities = new Set(contexts.flatMap((ctx) => failedIds(ctx, 'entities')));
  const brokenReferences: BrokenReferences = failedEntities.size ? { ...brokenVocab, entities: failedEntities } : brokenVocab;
  const claims = contexts.flatMap((ctx) => claimRows(ctx, origins));
  for (const ctx of contexts) checkCoverage(ctx, used.get(ctx)!);
  for (const ctx of contexts) checkRefusedQuotes(ctx);
  for (const ctx of contexts) checkNotes(ctx);
  const listed = new Map(contexts.map((ctx) => [ctx.source.id, new Set(entries(ctx, 'entities').map(([e]) => e.id))]));
  const entity_mentions = snap.sources.flatMap((s) => entityMentions(s.id, s.text, spans.get(s.id)!, entities, listed.get(s.id)));

  const unsorted: Tables = {
    sources,
    mentions: snap.sources.flatMap((s) => mentionsBySource.get(s.id) ?? []),
    observations: [...curated, ...derived],
    entities,
    entity_mentions,
    claims,
    corroborations: corroborate({
      observations: [...curated, ...derived],
      claims,
      entities,
      indicators: vocab.indicators,
      sources,
      broader,
    }),
    ...vocab,
  };
  const tables = Object.fromEntries(
    TABLES.map((t) => [t.name, sortRows((unsorted[t.name] as object[]).map(cleanNumbers), t.sortBy)]),
  ) as unknown as Tables;
  return { tables, origins, texts: new Map(snap.sources.map((s) => [s.id, s.text])), brokenReferences };
}
