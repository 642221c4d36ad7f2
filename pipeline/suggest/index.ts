/**
 * `suggest`: from a new text file to a draft annotation and sidecar. Plans every write first
 * and refuses before writing anything (an unsafe id, an existing annotation without --force, a
 * different text under the same id), so a refusal leaves raw/ exactly as it was.
 */
import { UsageError } from '../core/errors.js';
import type { ReadFS } from '../core/fs.js';
import { messages } from '../core/messages.js';
import { decodeUtf8, normalizeText } from '../core/text.js';
import type { Mention } from '../extract/index.js';
import { annotationPath, sidecarPath, textPath } from '../snapshot/layout.js';
import { sidecarContext } from '../review/sidecarContext.js';
import { readContext } from './context.js';
import { draftAnnotation } from './draft.js';
import { buildLexicon, readText } from '../read/index.js';
import { renderAnnotation, renderMapping } from './render.js';
import { draftSidecar } from './sidecar.js';
import { MAX_ID_LENGTH, idFromFileName, isSafeId, slugify } from './slug.js';
import { findTodos } from '../model/todo.js';
import { parse } from 'yaml';

export interface SuggestRequest {
  /** Path of the text as the user gave it (for messages and the default id). */
  file: string;
  bytes: Uint8Array;
  id?: string;
  force?: boolean;
}

export interface PlannedWrite {
  path: string;
  bytes: Uint8Array;
}

export interface SuggestPlan {
  id: string;
  writes: PlannedWrite[];
  /** Files left as they were (an existing sidecar, the text already in place). */
  kept: string[];
  observations: number;
  claims: number;
  entities: number;
  ignored: number;
  /** TODO values left for a person in the annotation draft. */
  todos: number;
}

const enc = new TextEncoder();
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export function planSuggest(fs: ReadFS, req: SuggestRequest, extract: (text: string) => Mention[]): SuggestPlan {
  const id = req.id ?? idFromFileName(req.file);
  if (!isSafeId(id)) throw new UsageError(messages.suggestUnsafeId(id, slugify(id).slice(0, MAX_ID_LENGTH), req.id !== undefined));
  const text = normalizeText(decodeUtf8(req.bytes, req.file));
  // A source is added for what it says: an empty text would be committed with nothing to curate.
  if (text.trim() === '') throw new UsageError(messages.suggestEmptyText(req.file));
  const writes: PlannedWrite[] = [];
  const kept: string[] = [];

  const existingText = fs.read(textPath(id));
  if (existingText === undefined) writes.push({ path: textPath(id), bytes: req.bytes });
  else if (!same(existingText, req.bytes)) throw new UsageError(messages.suggestTextDiffers(textPath(id), req.file));
  else kept.push(textPath(id));

  if (fs.read(annotationPath(id)) !== undefined && !req.force) throw new UsageError(messages.suggestAnnotationExists(annotationPath(id)));

  // A sidecar holds provenance a person researched: never replaced, not even with --force.
  if (fs.read(sidecarPath(id)) === undefined) {
    const header = `Provenance sidecar for ${id}.txt — DRAFT by 'npm run figures -- suggest'.\nValidated by schemas/source-sidecar.schema.json; the build refuses every TODO left in it.`;
    writes.push({ path: sidecarPath(id), bytes: enc.encode(renderMapping(header, draftSidecar(text))) });
  } else kept.push(sidecarPath(id));

  const ctx = readContext(fs, id);
  const mentions = extract(text);
  // The reader drafts every field it can read, with the words behind it (docs/reading.md).
  const lexicon = buildLexicon({
    indicators: ctx.indicators.map((i) => ({ id: i.id, measure: i.measure, unit: i.unit })),
    goods: ctx.goods.map((g) => ({ id: g.id, label: g.label, hs_codes: [] })),
    countries: ctx.countries,
  });
  // A sidecar already researched names the speaker and the date the text may not (docs/curation.md).
  const source = kept.includes(sidecarPath(id)) ? sidecarContext(fs, textPath(id)) : undefined;
  // The reader extracts its own mentions, as 'read FILE' and validate's review do: for a text with
  // Markdown it reads the blanked words ("over **12,000**" keeps its hedge), so the drafts must too.
  const draft = draftAnnotation(id, text, mentions, ctx, readText(text, lexicon, undefined, source));
  const header = [
    `Annotation of raw/sources/${id}.txt — DRAFT by 'npm run figures -- suggest'.`,
    'Review every row (docs/adding-a-source.md): TODO(x) is a guess — write x if it is right;',
    'TODO is for you to fill. The build refuses any TODO left, so nothing unreviewed is published.',
  ].join('\n');
  const yaml = renderAnnotation(draft, header);
  writes.push({ path: annotationPath(id), bytes: enc.encode(yaml) });
  return {
    id,
    writes,
    kept,
    observations: draft.observations.length,
    claims: draft.claims.length,
    entities: draft.entities.length,
    ignored: draft.ignore.length,
    todos: findTodos(parse(yaml)).length,
  };
}
