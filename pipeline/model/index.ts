/**
 * The shapes that pass between stages. Row types are generated from schemas/ (one source of
 * truth); this file only groups them.
 */
import type { FileTree } from '../core/fs.js';
import type * as T from '../types/tables.js';

export type {
  ClaimsRow,
  CorroborationsRow,
  CountriesRow,
  DatasetMeta,
  EntitiesRow,
  EntityMentionsRow,
  GoodsRow,
  IndicatorsRow,
  MentionsRow,
  ObservationsRow,
  SourcesRow,
} from '../types/tables.js';

/**
 * The published tables, in publication order (schemas/tables.json holds the same order with
 * keys and titles). Each has a schema in schemas/<name>.schema.json.
 */
export interface Tables {
  sources: T.SourcesRow[];
  mentions: T.MentionsRow[];
  observations: T.ObservationsRow[];
  entities: T.EntitiesRow[];
  entity_mentions: T.EntityMentionsRow[];
  claims: T.ClaimsRow[];
  corroborations: T.CorroborationsRow[];
  goods: T.GoodsRow[];
  indicators: T.IndicatorsRow[];
  countries: T.CountriesRow[];
}

export type TableName = keyof Tables;

/** A source text after snapshot: normalized text, its sidecar, and where it came from. */
export interface SourceDoc {
  id: string;
  /** Normalized text (BOM dropped, LF, NFC). Never published whole unless public domain. */
  text: string;
  file: string;
  publicDomain: boolean;
  /** Public domain or openly licensed: the text may be published whole. */
  shownWhole: boolean;
}

/**
 * Everything the later stages (site, citation files) need: metadata, validated tables,
 * the source texts, and the data files already written (for sizes and hashes).
 */
export interface BuiltPackage {
  meta: T.DatasetMeta;
  tables: Tables;
  sources: SourceDoc[];
  /** dist-relative path → bytes of data files and datapackage.json written so far. */
  files: FileTree;
}
