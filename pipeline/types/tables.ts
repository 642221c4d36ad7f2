/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

// from schemas/claims.schema.json
/**
 * A qualitative claim that something is (or is not) supplied: who supplies what to whom, for what, how sure, according to whom.
 */
export interface ClaimsRow {
  /**
   * Stable curated id.
   */
  claim_id: string;
  /**
   * The source of the claim.
   */
  source_id: string;
  /**
   * Supplying entities (→ entities), '|'-separated in CSV.
   */
  supplier: string[];
  /**
   * Receiving entity (→ entities), e.g. a country.
   */
  recipient: string;
  /**
   * Goods category (→ goods); null for services (e.g. help with satellites).
   */
  goods: string | null;
  /**
   * What the goods are used for, per the source.
   */
  end_use: string | null;
  /**
   * asserted: stated as fact; likely: hedged as likely; determined: a formal finding ('has determined'); denied: the supplier side denies it.
   */
  certainty: 'asserted' | 'likely' | 'determined' | 'denied';
  /**
   * Who makes the claim (→ entities).
   */
  claimant: string;
  /**
   * The exact words of the claim in the normalized text.
   */
  quote: string;
  /**
   * Start offset (UTF-16) of the quote.
   */
  start: number;
  /**
   * End offset (exclusive) of the quote.
   */
  end: number;
  /**
   * The sentence the quote is in.
   */
  sentence: string;
}

// from schemas/dataset.schema.json
/**
 * raw/dataset.yaml: package metadata; the one place that holds the version and the release date.
 */
export interface DatasetMeta {
  /**
   * Package name (slug).
   */
  name: string;
  title: string;
  description: string;
  /**
   * Semantic version of the data package.
   */
  version: string;
  /**
   * Release date of this version.
   */
  released: string;
  homepage: string;
  repository: string;
  /**
   * DOI of this version, once minted.
   */
  doi?: string;
  /**
   * @minItems 1
   */
  licenses: [
    {
      name: string;
      path: string;
      title: string;
    },
    ...{
      name: string;
      path: string;
      title: string;
    }[]
  ];
  /**
   * SPDX id of the pipeline code's licence (LICENSE).
   */
  code_license: string;
  /**
   * @minItems 1
   */
  creators: [
    {
      name: string;
      type: 'person' | 'organization';
      given_names?: string;
      family_names?: string;
      orcid?: string;
      affiliation?: string;
    },
    ...{
      name: string;
      type: 'person' | 'organization';
      given_names?: string;
      family_names?: string;
      orcid?: string;
      affiliation?: string;
    }[]
  ];
  keywords: string[];
}

// from schemas/entities.schema.json
/**
 * A company, person, organization, government body, group or country named in the sources.
 */
export interface EntitiesRow {
  /**
   * Stable curated id.
   */
  entity_id: string;
  /**
   * Name as the sources give it in full.
   */
  name: string;
  /**
   * Kind of entity.
   */
  type: 'company' | 'person' | 'organization' | 'government_body' | 'country' | 'group';
  /**
   * ISO 3166-1 alpha-3 code of the entity's country; null if unknown or not applicable.
   */
  country: string | null;
  /**
   * Its role in the story, in a few words.
   */
  role: string;
  /**
   * Other names used for it in the sources (list, '|'-separated in CSV).
   */
  aliases: string[];
}

// from schemas/goods.schema.json
/**
 * A goods category, with HS codes where a mapping is defensible and its place on the allied Common High Priority List (CHPL).
 */
export interface GoodsRow {
  /**
   * Stable id.
   */
  goods_id: string;
  /**
   * Human label, as the sources name the category.
   */
  label: string;
  /**
   * HS 2022 headings or subheadings (dddd or dddd.dd), '|'-separated in CSV; empty when no defensible mapping.
   */
  hs_codes: string[];
  /**
   * Highest-priority CHPL tier among the codes (Feb 2024 list); null if none is on the list.
   */
  chpl_tier: '1' | '2' | '3.A' | '3.B' | '4.A' | '4.B' | null;
  /**
   * Whether any of the codes is on the Common High Priority List.
   */
  on_chpl: boolean;
  /**
   * Basis of the mapping: an official text, a third-party transcription of one, or classification judgment.
   */
  basis: 'authoritative' | 'transcription' | 'judgment';
  /**
   * Why these codes, and the source of the mapping.
   */
  basis_note: string;
}

// from schemas/indicators.schema.json
/**
 * What an observation measures.
 */
export interface IndicatorsRow {
  /**
   * Stable id.
   */
  indicator_id: string;
  /**
   * Human label.
   */
  label: string;
  /**
   * level: an amount; share: a part of a whole in percent; growth: a ratio of two levels.
   */
  measure: 'level' | 'share' | 'growth';
  /**
   * Unit of its values: an ISO 4217 code, percent or ratio; 'currency' when any ISO 4217 code is allowed.
   */
  unit: string;
  /**
   * What exactly it measures.
   */
  description: string;
}

// from schemas/mentions.schema.json
/**
 * An automatically detected numeric mention in a source text (the extractor's output; no curation).
 */
export interface MentionsRow {
  /**
   * Stable id: source id, a slug of the normalized mention text and its occurrence number in the source.
   */
  mention_id: string;
  /**
   * The source the mention is in.
   */
  source_id: string;
  /**
   * Start offset (UTF-16 code units) into the normalized source text.
   */
  start: number;
  /**
   * End offset (exclusive) into the normalized source text.
   */
  end: number;
  /**
   * The mention's exact words: the normalized text from start to end.
   */
  text: string;
  /**
   * What the mention is.
   */
  kind: 'percent' | 'money' | 'count' | 'number' | 'ratio' | 'duration' | 'year' | 'period';
  /**
   * The stated value, scale applied (900 million → 900000000); null for a range (see value_low and value_high) and for a period.
   */
  value: number | null;
  /**
   * ISO 4217 code, percent, percentage_points, ratio, year, month, week, day, or null.
   */
  unit: string | null;
  /**
   * The multiplier a scale word applied (million → 1000000), or null.
   */
  scale: number | null;
  /**
   * How the text hedges the number (docs/interval-policy.md).
   */
  hedge: 'exact' | 'approximately' | 'at_most' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range';
  /**
   * Lower end of the interval the hedge implies; null if unbounded.
   */
  value_low: number | null;
  /**
   * Upper end of the interval the hedge implies; null if unbounded.
   */
  value_high: number | null;
  /**
   * ISO 8601 period of the nearest period expression in the same sentence (2023, 2023-10/2023-12), or the mention's own period.
   */
  period: string | null;
  /**
   * 0-based index of the sentence the mention is in.
   */
  sentence: number;
}

// from schemas/observations.schema.json
/**
 * A normalized statistic read out of a source (curated), or computed from other observations (derived).
 */
export interface ObservationsRow {
  /**
   * Stable curated id.
   */
  observation_id: string;
  /**
   * The source the figure comes from.
   */
  source_id: string;
  /**
   * What is measured (→ indicators).
   */
  indicator: string;
  /**
   * ISO 3166-1 alpha-3 code of the reporting (importing) country.
   */
  reporter: string;
  /**
   * ISO 3166-1 alpha-3 code of the partner country, or WLD for all partners.
   */
  partner: string;
  /**
   * The goods category (→ goods).
   */
  product: string;
  /**
   * ISO 8601 period: a year (2023), or an interval of months (2023-10/2023-12).
   */
  period: string;
  /**
   * First day of the period.
   */
  period_start: string;
  /**
   * Last day of the period.
   */
  period_end: string;
  /**
   * The figure as stated (scale applied), or the derived point value.
   */
  value: number;
  /**
   * ISO 4217 currency code, percent, or ratio.
   */
  unit: string;
  /**
   * How the text hedges the number (docs/interval-policy.md).
   */
  hedge: 'exact' | 'approximately' | 'at_most' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range';
  /**
   * Lower end of the interval (docs/interval-policy.md); null if unbounded.
   */
  value_low: number | null;
  /**
   * Upper end of the interval; null if unbounded.
   */
  value_high: number | null;
  /**
   * Whether value_low itself is included ('over 500' excludes 500); null when value_low is null.
   */
  low_inclusive: boolean | null;
  /**
   * Whether value_high itself is included; null when value_high is null.
   */
  high_inclusive: boolean | null;
  /**
   * To whom the source attributes the figure, in its words.
   */
  attributed_to: string | null;
  /**
   * curated: read from the text; derived: computed by formula from other observations.
   */
  method: 'curated' | 'derived';
  /**
   * For derived rows: the formula over observation ids (interval arithmetic applies).
   */
  formula: string | null;
  /**
   * The extracted mention the quote resolves to (→ mentions); null for derived rows.
   */
  mention_id: string | null;
  /**
   * The exact words of the figure in the normalized text; null for derived rows.
   */
  quote: string | null;
  /**
   * Start offset (UTF-16) of the quote in the normalized text.
   */
  start: number | null;
  /**
   * End offset (exclusive) of the quote.
   */
  end: number | null;
  /**
   * The sentence the quote is in (context; never the full text).
   */
  sentence: string | null;
}

// from schemas/sources.schema.json
/**
 * A source document and its provenance (from raw/sources/<id>.source.yaml and the text itself).
 */
export interface SourcesRow {
  /**
   * Stable id of the source; the text is raw/sources/<source_id>.txt.
   */
  source_id: string;
  /**
   * Title of the document (or a descriptive title, see title_basis).
   */
  title: string;
  /**
   * Outlet or body that published the document; null when not verified (see publisher_basis).
   */
  publisher: string | null;
  /**
   * How the publisher was established, or why it is null.
   */
  publisher_basis: string | null;
  /**
   * Dateline as the text gives it.
   */
  dateline: string | null;
  /**
   * Byline as the text gives it.
   */
  byline: string | null;
  /**
   * Publication date as the document states it; null when it states none.
   */
  published: string | null;
  /**
   * Publication date inferred from the text and other reports, when published is null.
   */
  published_inferred: string | null;
  /**
   * The evidence for published_inferred.
   */
  published_basis: string | null;
  /**
   * Address of the copy consulted; null when unknown.
   */
  url: string | null;
  /**
   * Date the copy was retrieved.
   */
  retrieved: string;
  /**
   * SHA-256 of the normalized text (UTF-8, LF, NFC); every offset refers to that text.
   */
  sha256: string;
  /**
   * Length of the normalized text in UTF-16 code units.
   */
  characters: number;
  /**
   * BCP 47 language tag of the text.
   */
  language: string;
  /**
   * Licence or rights statement of the text.
   */
  licence: string | null;
  /**
   * Whether the text is in the public domain (and may be shown whole).
   */
  public_domain: boolean;
  /**
   * Whether the file holds only part of the document.
   */
  excerpt: boolean;
  /**
   * Anything a reader should know about the copy (e.g. 'excerpt: text ends with an ellipsis').
   */
  note: string | null;
}
