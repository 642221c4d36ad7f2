/**
 * The JSON Schemas and the tables manifest, imported as modules (not read from the ReadFS):
 * they are part of the code, so a build of any raw/ tree — a test fixture included — is
 * checked against the same schemas the package publishes.
 */
import annotation from '../../schemas/annotation.schema.json' with { type: 'json' };
import claims from '../../schemas/claims.schema.json' with { type: 'json' };
import countries from '../../schemas/countries.schema.json' with { type: 'json' };
import corroborations from '../../schemas/corroborations.schema.json' with { type: 'json' };
import dataset from '../../schemas/dataset.schema.json' with { type: 'json' };
import entities from '../../schemas/entities.schema.json' with { type: 'json' };
import entityMentions from '../../schemas/entity_mentions.schema.json' with { type: 'json' };
import goods from '../../schemas/goods.schema.json' with { type: 'json' };
import indicators from '../../schemas/indicators.schema.json' with { type: 'json' };
import mentions from '../../schemas/mentions.schema.json' with { type: 'json' };
import observations from '../../schemas/observations.schema.json' with { type: 'json' };
import sidecar from '../../schemas/source-sidecar.schema.json' with { type: 'json' };
import sources from '../../schemas/sources.schema.json' with { type: 'json' };
import manifest from '../../schemas/tables.json' with { type: 'json' };
import vocabCountries from '../../schemas/vocab-countries.schema.json' with { type: 'json' };
import vocabGoods from '../../schemas/vocab-goods.schema.json' with { type: 'json' };
import vocabIndicators from '../../schemas/vocab-indicators.schema.json' with { type: 'json' };
import type { TableName } from './index.js';

/**
 * The part of JSON Schema (draft 2020-12) the project reads when it walks its schemas — for
 * hints, column types, Table Schemas and the site's data dictionary; ajv does the validating.
 */
export interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  examples?: unknown[];
  /** Optional annotation: the unit of a column's values, when the schema states one. */
  'x-unit'?: string;
  [key: string]: unknown;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: TableName; fields: string[] };
  /** The field is a list; each item must resolve (not expressible in Table Schema). */
  list?: boolean;
}

export interface TableSpec {
  name: TableName;
  title: string;
  kind: 'data' | 'vocabulary';
  primaryKey: string[];
  sortBy: string[];
  foreignKeys: ForeignKey[];
  schema: JsonSchema;
}

const tableSchemas: Record<TableName, JsonSchema> = {
  sources,
  mentions,
  observations,
  entities,
  entity_mentions: entityMentions,
  claims,
  corroborations,
  goods,
  indicators,
  countries,
} as Record<TableName, JsonSchema>;

/** The tables in publication order, each with its keys and its row schema. */
export const TABLES: readonly TableSpec[] = (manifest.tables as Omit<TableSpec, 'schema'>[]).map((t) => ({
  ...t,
  schema: tableSchemas[t.name],
}));

export function tableSpec(name: TableName): TableSpec {
  return TABLES.find((t) => t.name === name)!;
}

/** Schemas of the curated input files. */
export const INPUT_SCHEMAS = {
  annotation,
  sidecar,
  dataset,
  'vocab-indicators': vocabIndicators,
  'vocab-goods': vocabGoods,
  'vocab-countries': vocabCountries,
} as Record<string, JsonSchema>;

/** The column names of a table, in schema (= published) order. */
export function columns(schema: JsonSchema): string[] {
  return Object.keys(schema.properties ?? {});
}
