/**
 * What the reader proposes for one text: observations (supply and trade statistics), claims
 * (statements that someone supplies, or denies supplying, something) and the mentions it
 * leaves aside, each with the words that decided every field. Offsets are UTF-16 code units
 * into the normalized text, as everywhere in the project.
 */
import type { Hedge } from '../extract/index.js';

/** The words that decided a field, where they are, and the rule that read them. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  rule: string;
}

export type Measure = 'share' | 'level' | 'growth' | 'count';
export type Flow = 'import' | 'export' | 'trade' | 'supply' | 'production';

export interface ReadObservation {
  quote: string;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  hedge: Hedge;
  value_low: number | null;
  value_high: number | null;
  indicator: string | null;
  measure: Measure;
  flow: Flow;
  /** ISO 3166-1 alpha-3; WLD for all partners; EUU for the European Union. */
  reporter: string | null;
  partner: string | null;
  /** An id of raw/vocab/goods.yaml, or null (all goods, or goods the vocabulary lacks). */
  product: string | null;
  /** The text's words for the goods. */
  product_label: string | null;
  hs_codes: string[];
  /** The project's period syntax (2023, 2023-Q4, 2023-01/2023-09); an open end as 2023-08/.. */
  period: string | null;
  /** Who the text says gives the figure, in its words. */
  attributed_to: string | null;
  confidence: number;
  evidence: Partial<Record<ObservationField, Evidence>>;
}

export type ObservationField =
  'indicator' | 'measure' | 'flow' | 'reporter' | 'partner' | 'product' | 'period' | 'hedge' | 'attributed_to' | 'value';

export type Certainty = 'asserted' | 'likely' | 'determined' | 'denied';
export type QualitativeShare = 'minority' | 'majority' | 'overwhelming-majority' | 'nearly-all' | 'all';

export interface ReadClaim {
  quote: string;
  start: number;
  end: number;
  /** Entity ids where the reader knows the name (countries: china, north-korea…), else the names as written. */
  supplier: string[];
  supplier_names: string[];
  recipient: string | null;
  goods: string | null;
  goods_label: string | null;
  end_use: string | null;
  certainty: Certainty;
  share: QualitativeShare | null;
  claimant: string | null;
  confidence: number;
  evidence: Partial<Record<ClaimField, Evidence>>;
}

export type ClaimField = 'supplier' | 'recipient' | 'goods' | 'end_use' | 'certainty' | 'share' | 'claimant';

export type IgnoreReason =
  | 'date'
  | 'duration'
  | 'forecast'
  | 'count-of-listed-parties'
  | 'count-of-people-or-things'
  | 'no-trade-context'
  | 'ordinal'
  | 'narrative'
  | 'out-of-scope';

export interface ReadIgnored {
  quote: string;
  start: number;
  end: number;
  kind: string;
  reason: IgnoreReason;
  /** The reason in a few words, for a curator. */
  note: string;
  /** For a statistic out of the dataset's scope (`out-of-scope`, scope.ts): how it was read. */
  reading?: ReadObservation;
}

export interface Reading {
  observations: ReadObservation[];
  claims: ReadClaim[];
  ignored: ReadIgnored[];
}
