/**
 * The columns of the tables a corpus run writes.
 *
 * mentions: `doc_id`, then every field of the single-file `extract` in the order of
 *   schemas/mentions.schema.json (the extractor's contract), derived from that schema so a
 *   field added there appears here without an edit.
 * documents: one row per document of the shard, with the document's other JSONL fields
 *   kept whole as a JSON string (`metadata`): corpora differ in what they carry (url, date,
 *   outlet, …) and a fixed set of columns would drop some; DuckDB and Spark read it with
 *   `json_extract` / `from_json`. A separate table rather than columns on every mention, so a
 *   long metadata object is stored once per document, not once per figure.
 */
import draftClaimsSchema from '../../schemas/draft_claims.schema.json' with { type: 'json' };
import draftObservationsSchema from '../../schemas/draft_observations.schema.json' with { type: 'json' };
import mentionsSchema from '../../schemas/mentions.schema.json' with { type: 'json' };
import type { ColumnType } from './columns.js';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
  /** Few distinct values (an enum, a unit, a year, a document's id on each of its mentions):
   * worth dictionary encoding in Parquet; for other columns it costs more than it saves. */
  repetitive?: boolean;
  /** Free text (a mention's words, a metadata object): min/max statistics would cost the
   * Parquet writer a third of its time and let no reader skip anything. */
  freeText?: boolean;
  /** A list or an object, stored as its JSON text (the schema's contentMediaType
   * application/json): the column builders and CSV hold scalars only. */
  json?: boolean;
}

/** Columns whose values repeat heavily (besides enums). */
const REPETITIVE = new Set([
  'doc_id',
  'kind',
  'unit',
  'hedge',
  'period',
  'indicator',
  'reporter',
  'partner',
  'product',
  'recipient',
  'goods',
]);

/** Fields of the mentions table schema that the build assigns, not the extractor. */
const BUILD_ONLY = new Set(['mention_id', 'source_id']);

interface JsonProperty {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  contentMediaType?: string;
}

/** Free-text fields: no min/max statistics in Parquet. */
const FREE_TEXT = new Set(['text', 'quote', 'product_label', 'goods_label', 'end_use', 'attributed_to', 'claimant']);

function specOf(name: string, p: JsonProperty): ColumnSpec {
  const types = p.type === undefined ? [] : Array.isArray(p.type) ? p.type : [p.type];
  const nullable = types.includes('null') || (p.enum?.includes(null) ?? false);
  const type: ColumnType = types.includes('integer') ? 'int32' : types.includes('number') ? 'float64' : 'utf8';
  return {
    name,
    type,
    nullable,
    description: p.description ?? '',
    ...(REPETITIVE.has(name) || p.enum ? { repetitive: true } : {}),
    ...(FREE_TEXT.has(name) || p.contentMediaType === 'application/json' ? { freeText: true } : {}),
    ...(p.contentMediaType === 'application/json' ? { json: true } : {}),
  };
}

/** Every property of a corpus table's row schema, in schema order. */
const columnsOf = (schema: { properties: object }, skip: ReadonlySet<string> = new Set()): ColumnSpec[] =>
  Object.entries(schema.properties as Record<string, JsonProperty>)
    .filter(([name]) => !skip.has(name))
    .map(([name, p]) => specOf(name, p));

/** The extractor's fields, in contract order. */
export const MENTION_FIELDS: readonly ColumnSpec[] = columnsOf(mentionsSchema, BUILD_ONLY);

export const MENTION_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'doc_id',
    type: 'utf8',
    nullable: false,
    description: 'The id of the document the mention is in (its JSONL `id`, or the .txt file path without the extension).',
    repetitive: true,
  },
  ...MENTION_FIELDS,
];

export const DOCUMENT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'doc_id', type: 'utf8', nullable: false, description: 'The document id.' },
  {
    name: 'line',
    type: 'int32',
    nullable: true,
    description: 'Line of the JSONL input the document is on (from 1); null for a folder of .txt files.',
  },
  { name: 'file', type: 'utf8', nullable: true, description: 'Path of the .txt file inside the input folder; null for JSONL input.' },
  {
    name: 'chars',
    type: 'int32',
    nullable: false,
    description: 'Length of the normalized text in UTF-16 code units (the unit of mention offsets).',
  },
  { name: 'mentions', type: 'int32', nullable: false, description: 'Number of mentions found in the document.' },
  {
    name: 'metadata',
    type: 'utf8',
    nullable: true,
    description: 'The JSONL object without `id` and `text`, as JSON; null if it has no other field.',
    freeText: true,
  },
];

/**
 * The reader's drafts (`--read`): schemas/draft_observations.schema.json and
 * schemas/draft_claims.schema.json, doc_id included, are the whole definition; their fields
 * are those of `figures read --json` (tests/corpus/drafts.test.ts holds them to the reader).
 */
export const DRAFT_OBSERVATION_COLUMNS: readonly ColumnSpec[] = columnsOf(draftObservationsSchema);
export const DRAFT_CLAIM_COLUMNS: readonly ColumnSpec[] = columnsOf(draftClaimsSchema);
