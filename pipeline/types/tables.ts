/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

// from schemas/annotation.schema.json
/**
 * raw/annotations/<source-id>.yaml: what a careful analyst reads out of one source text; every row is pinned to a quote.
 */
export interface AnnotationFile {
  /**
   * The source id; must equal the file name's id.
   */
  source: string;
  observations?: AnnotationObservation[];
  derived?: AnnotationDerived[];
  entities?: AnnotationEntity[];
  claims?: AnnotationClaim[];
  ignore?: AnnotationIgnore[];
  /**
   * Reader drafts a curator rejected that have no place in `ignore` (claims): kept so that the reader's proposal is not drafted again. Never published.
   */
  rejected?: AnnotationRejected[];
}
export interface AnnotationObservation {
  /**
   * Observation id, unique in the whole dataset.
   */
  id: string;
  /**
   * The exact words in the normalized source text (W3C TextQuoteSelector 'exact').
   */
  quote: string;
  /**
   * 1-based: which occurrence of the quote (among those that match prefix and suffix) is meant.
   */
  occurrence?: number;
  /**
   * Text immediately before the quote (W3C TextQuoteSelector 'prefix').
   */
  prefix?: string;
  /**
   * Text immediately after the quote (W3C TextQuoteSelector 'suffix').
   */
  suffix?: string;
  /**
   * → raw/vocab/indicators.yaml
   */
  indicator: string;
  /**
   * ISO 3166-1 alpha-3 code (→ raw/vocab/countries.yaml); WLD = all partners.
   */
  reporter: string;
  /**
   * ISO 3166-1 alpha-3 code (→ raw/vocab/countries.yaml); WLD = all partners.
   */
  partner: string;
  /**
   * → raw/vocab/goods.yaml
   */
  product: string;
  /**
   * YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, or an interval YYYY-MM/YYYY-MM (or YYYY/YYYY).
   */
  period: string;
  /**
   * For a count the text gives with a unit noun ("11,000 containers"), the noun in the plural: containers, tonnes, vehicles. The extractor reads counts without one; money, percent and ratio figures need none.
   */
  unit?: string;
  /**
   * To whom the source attributes the figure, in its words.
   */
  attributed_to?: string | null;
  override?: ValueOverride;
  /**
   * Free text for readers.
   */
  note?: string;
  review?: ReviewState;
}
/**
 * Replaces the extractor's reading of the figure. Every key given overrides the mention's; the reason is published.
 */
export interface ValueOverride {
  value?: number | null;
  unit?: string;
  hedge?: 'exact' | 'approximately' | 'at_most' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range';
  value_low?: number | null;
  value_high?: number | null;
  /**
   * Why the extractor's reading is wrong or incomplete.
   */
  reason: string;
}
/**
 * Which reading of the reader a curator reviewed, and the decision (docs/curation.md, 'Review state'). Curation metadata: never published.
 */
export interface ReviewState {
  /**
   * unreviewed: a draft of 'figures suggest' nobody has checked (the build refuses it); accepted: as the reader proposed; edited: the fields listed in `edited` changed; rejected: the draft is wrong (kept so it is not proposed again); added: the reader proposed nothing here.
   */
  decision: 'unreviewed' | 'accepted' | 'edited' | 'rejected' | 'added';
  /**
   * For decision edited: the fields whose curated value differs from the proposal.
   *
   * @minItems 1
   */
  edited?: [string, ...string[]];
  /**
   * The first 12 hex digits of the SHA-256 of the normalized source text that was read.
   */
  text: string;
  /**
   * The first 16 hex digits of the SHA-256 of the text digest, the quote and the proposal (pipeline/review/fingerprint.ts).
   */
  fingerprint: string;
  /**
   * The reader's proposed field values that were reviewed (no confidence, no evidence), or null when it proposed nothing (decision added).
   */
  proposal: {
    [k: string]: string | null | string[];
  } | null;
  /**
   * Set by 'figures review --stamp': the decision was derived by comparing the curated item with the reader's proposal, not recorded by a curator at review time.
   */
  stamped?: true;
}
export interface AnnotationDerived {
  /**
   * Observation id, unique in the whole dataset.
   */
  id: string;
  /**
   * + - * / and parentheses over observation ids and decimal numbers.
   */
  formula: string;
  indicator: string;
  /**
   * ISO 3166-1 alpha-3 code (→ raw/vocab/countries.yaml); WLD = all partners.
   */
  reporter: string;
  /**
   * ISO 3166-1 alpha-3 code (→ raw/vocab/countries.yaml); WLD = all partners.
   */
  partner: string;
  product: string;
  /**
   * YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, or an interval YYYY-MM/YYYY-MM (or YYYY/YYYY).
   */
  period: string;
  /**
   * Unit of the result: ISO 4217 code, percent or ratio.
   */
  unit: string;
  /**
   * To whom the source attributes the figure, in its words.
   */
  attributed_to?: string | null;
  /**
   * Free text for readers.
   */
  note?: string;
}
export interface AnnotationEntity {
  id: string;
  name: string;
  type: 'company' | 'person' | 'organization' | 'government_body' | 'country' | 'group';
  country: string | null;
  role: string;
  aliases?: string[];
  /**
   * The exact words in the normalized source text (W3C TextQuoteSelector 'exact').
   */
  quote?: string;
  /**
   * 1-based: which occurrence of the quote (among those that match prefix and suffix) is meant.
   */
  occurrence?: number;
  /**
   * Text immediately before the quote (W3C TextQuoteSelector 'prefix').
   */
  prefix?: string;
  /**
   * Text immediately after the quote (W3C TextQuoteSelector 'suffix').
   */
  suffix?: string;
  /**
   * Free text for readers.
   */
  note?: string;
}
export interface AnnotationClaim {
  id: string;
  /**
   * The exact words in the normalized source text (W3C TextQuoteSelector 'exact').
   */
  quote: string;
  /**
   * 1-based: which occurrence of the quote (among those that match prefix and suffix) is meant.
   */
  occurrence?: number;
  /**
   * Text immediately before the quote (W3C TextQuoteSelector 'prefix').
   */
  prefix?: string;
  /**
   * Text immediately after the quote (W3C TextQuoteSelector 'suffix').
   */
  suffix?: string;
  /**
   * Entity ids.
   *
   * @minItems 1
   */
  supplier: [string, ...string[]];
  /**
   * Entity id.
   */
  recipient: string;
  /**
   * → raw/vocab/goods.yaml, or null for services.
   */
  goods: string | null;
  end_use: string | null;
  certainty: 'asserted' | 'likely' | 'determined' | 'denied';
  /**
   * Qualitative share the claim states instead of a number ("the overwhelming majority of …"): minority < majority < overwhelming-majority < nearly-all < all. Omit when the claim states no share.
   */
  share?: 'minority' | 'majority' | 'overwhelming-majority' | 'nearly-all' | 'all' | null;
  /**
   * Entity id.
   */
  claimant: string;
  /**
   * Free text for readers.
   */
  note?: string;
  review?: ReviewState;
}
export interface AnnotationIgnore {
  /**
   * The exact words in the normalized source text (W3C TextQuoteSelector 'exact').
   */
  quote: string;
  /**
   * 1-based: which occurrence of the quote (among those that match prefix and suffix) is meant.
   */
  occurrence?: number;
  /**
   * Text immediately before the quote (W3C TextQuoteSelector 'prefix').
   */
  prefix?: string;
  /**
   * Text immediately after the quote (W3C TextQuoteSelector 'suffix').
   */
  suffix?: string;
  /**
   * Why the mention is not an observation.
   */
  reason: string;
  review?: ReviewState;
}
export interface AnnotationRejected {
  /**
   * What the reader drafted: a claim (a rejected observation draft goes to ignore, with its reason).
   */
  kind: 'claim';
  /**
   * The exact words in the normalized source text (W3C TextQuoteSelector 'exact').
   */
  quote: string;
  /**
   * 1-based: which occurrence of the quote (among those that match prefix and suffix) is meant.
   */
  occurrence?: number;
  /**
   * Text immediately before the quote (W3C TextQuoteSelector 'prefix').
   */
  prefix?: string;
  /**
   * Text immediately after the quote (W3C TextQuoteSelector 'suffix').
   */
  suffix?: string;
  /**
   * Why the draft is wrong, for the next curator.
   */
  reason?: string;
  review: ReviewState;
}

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
   * Qualitative share the claim states instead of a number, on an ordinal scale: minority ("a minority", "less than half") < majority ("most", "the majority", "more than half") < overwhelming-majority ("the overwhelming/vast majority") < nearly-all ("nearly/almost/virtually all") < all ("all"). It is the supplier's share of what the recipient gets of the goods. Null when the claim states no share. Kept as words, never turned into a number; the only bounds the build uses are the definitional ones (minority below 50%, majority and above over 50%, all = 100%); see docs/adding-a-source.md.
   */
  share: 'minority' | 'majority' | 'overwhelming-majority' | 'nearly-all' | 'all' | null;
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
  /**
   * Curator's note for readers.
   */
  note: string | null;
  /**
   * Version of the data package in which this claim (this claim_id) first appeared; computed at build time by comparing with the previous release (docs/citing.md).
   */
  first_release: string;
  /**
   * Version in which any value of this row last changed (a new column added to the table does not count); equal to first_release if it never changed. In a dist/ built between releases, a row changed since the last release shows that release until the next one stamps it (docs/citing.md).
   */
  last_changed: string;
}

// from schemas/corroborations.schema.json
/**
 * One figure or claim (the subject) and one statement of another source that speaks to the same supply (the support): same importer, partner and goods, a compatible kind of measure and overlapping periods; with whether the two agree. Computed by the build (pipeline/normalize/corroborate.ts); both directions of a pair are listed, so the supports of a row are the rows whose subject_id is its id.
 */
export interface CorroborationsRow {
  /**
   * subject_id--support_id.
   */
  corroboration_id: string;
  /**
   * Table of the subject row.
   */
  subject_table: 'observations' | 'claims';
  /**
   * observation_id or claim_id of the subject.
   */
  subject_id: string;
  /**
   * Source of the subject (→ sources).
   */
  subject_source: string;
  /**
   * Table of the supporting row.
   */
  support_table: 'observations' | 'claims';
  /**
   * observation_id or claim_id of the supporting row, always from another source.
   */
  support_id: string;
  /**
   * Source of the supporting row (→ sources); never the subject's.
   */
  support_source: string;
  /**
   * ISO 3166-1 alpha-3 code of the importing country both rows speak of (for a claim: its recipient's country).
   */
  reporter: string;
  /**
   * Partner (supplying) countries both rows name (for a claim: its suppliers' countries), '|'-separated in CSV.
   *
   * @minItems 1
   */
  partners: [string, ...string[]];
  /**
   * The goods both rows speak of (→ goods).
   */
  product: string;
  /**
   * What is compared: a share (an observation with a share indicator, or a claim with a qualitative share), a level or a growth (same indicator measure, same unit, same period), or supply (a claim that states no quantity: only whether the goods are supplied).
   */
  measure: 'share' | 'level' | 'growth' | 'supply';
  /**
   * same: identical periods; overlap: the stated periods overlap; window: a claim states no period and is taken to speak of the 12 months up to its source's (published or inferred) date, which overlap the other row's period.
   */
  period_relation: 'same' | 'overlap' | 'window';
  /**
   * interval: two numeric intervals; qualitative: a qualitative share's definitional bounds against an interval or another qualitative share; supply: no quantity on one side, only stated supply against stated supply or a denial.
   */
  comparison: 'interval' | 'qualitative' | 'supply';
  /**
   * disagree: the intervals (or a qualitative share's bounds) do not overlap, or one row denies the supply the other states.
   */
  agreement: 'agree' | 'disagree';
  /**
   * The comparison in words, with both values and intervals.
   */
  basis: string;
}

// from schemas/countries.schema.json
/**
 * A country (ISO 3166-1 alpha-3) used as reporter, partner or entity country; WLD stands for all partners.
 */
export interface CountriesRow {
  /**
   * ISO 3166-1 alpha-3 code, or WLD (world: all partners).
   */
  country_code: string;
  /**
   * English short name.
   */
  name: string;
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

// from schemas/draft_claims.schema.json
/**
 * A draft supply claim the reader proposes for a corpus document (`extract --corpus --read`): the fields of `figures read --json` claims, with the document's id first. Uncurated. List and nested fields are JSON text (contentMediaType application/json), so every output format (Parquet, Arrow, CSV, JSONL) holds the same columns.
 */
export interface DraftClaimsRow {
  /**
   * The id of the document the draft is in (its JSONL `id`, or the .txt file path without the extension).
   */
  doc_id: string;
  /**
   * The sentence or clause that states the claim.
   */
  quote: string;
  /**
   * Start offset (UTF-16 code units) into the document's normalized text.
   */
  start: number;
  /**
   * End offset (exclusive) into the document's normalized text.
   */
  end: number;
  /**
   * The suppliers as a JSON array: entity ids where the reader knows the name (china, north-korea…), else the names as written.
   */
  supplier: string;
  /**
   * The suppliers' names as the text writes them, as a JSON array.
   */
  supplier_names: string;
  /**
   * The recipient's entity id or name, or null.
   */
  recipient: string | null;
  /**
   * A goods id of raw/vocab/goods.yaml, or null.
   */
  goods: string | null;
  /**
   * The text's words for the goods, or null.
   */
  goods_label: string | null;
  /**
   * What the goods are said to be used for, or null.
   */
  end_use: string | null;
  /**
   * How firmly the text states the claim.
   */
  certainty: 'asserted' | 'likely' | 'determined' | 'denied';
  /**
   * A qualitative share the text gives ("most of"), or null.
   */
  share: 'minority' | 'majority' | 'overwhelming-majority' | 'nearly-all' | 'all' | null;
  /**
   * Who makes the claim, or null.
   */
  claimant: string | null;
  /**
   * The reader's confidence in the draft, 0–1.
   */
  confidence: number;
  /**
   * The words that decided each field, as a JSON object keyed by field ({"supplier": {"text", "start", "end", "rule"}, …}).
   */
  evidence: string;
}

// from schemas/draft_observations.schema.json
/**
 * A draft observation the reader proposes for a corpus document (`extract --corpus --read`): the fields of `figures read --json` observations, with the document's id first. Uncurated. List and nested fields are JSON text (contentMediaType application/json), so every output format (Parquet, Arrow, CSV, JSONL) holds the same columns.
 */
export interface DraftObservationsRow {
  /**
   * The id of the document the draft is in (its JSONL `id`, or the .txt file path without the extension).
   */
  doc_id: string;
  /**
   * The figure's words: the normalized text from start to end.
   */
  quote: string;
  /**
   * Start offset (UTF-16 code units) into the document's normalized text.
   */
  start: number;
  /**
   * End offset (exclusive) into the document's normalized text.
   */
  end: number;
  /**
   * The stated value, scale applied; null for a range.
   */
  value: number | null;
  /**
   * The mention's unit (ISO 4217 code, percent, …), or null.
   */
  unit: string | null;
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
   * An indicator id of raw/vocab/indicators.yaml, or null when the reader could not tell.
   */
  indicator: string | null;
  /**
   * What the figure measures.
   */
  measure: 'share' | 'level' | 'growth' | 'count';
  /**
   * The trade flow the figure is about.
   */
  flow: 'import' | 'export' | 'trade' | 'supply' | 'production';
  /**
   * ISO 3166-1 alpha-3 of the reporting economy (WLD all, EUU the European Union), or null.
   */
  reporter: string | null;
  /**
   * ISO 3166-1 alpha-3 of the partner economy, or null.
   */
  partner: string | null;
  /**
   * A goods id of raw/vocab/goods.yaml, or null (all goods, or goods the vocabulary lacks).
   */
  product: string | null;
  /**
   * The text's words for the goods, or null.
   */
  product_label: string | null;
  /**
   * The goods' HS codes as a JSON array of strings (`[]` when none); DuckDB: `from_json(hs_codes, '["VARCHAR"]')`.
   */
  hs_codes: string;
  /**
   * The period in the project's syntax (2023, 2023-Q4, 2023-01/2023-09; an open end as 2023-08/..), or null.
   */
  period: string | null;
  /**
   * Who the text says gives the figure, in its words, or null.
   */
  attributed_to: string | null;
  /**
   * The reader's confidence in the draft, 0–1.
   */
  confidence: number;
  /**
   * The words that decided each field, as a JSON object keyed by field ({"partner": {"text", "start", "end", "rule"}, …}); DuckDB: `json_extract_string(evidence, '$.partner.text')`.
   */
  evidence: string;
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
  /**
   * The source whose annotation pins the entity (the first, in source-id order, when several do).
   */
  source_id: string;
  /**
   * The words the entity is pinned to (by default the first occurrence of its name).
   */
  quote: string;
  /**
   * Start offset (UTF-16) of the quote in the normalized text.
   */
  start: number;
  /**
   * End offset (exclusive) of the quote.
   */
  end: number;
  /**
   * The sentence the quote is in; null when the source is not in the public domain (from a copyrighted text only the figures' and claims' sentences are published, so that no large part of it is reproduced).
   */
  sentence: string | null;
  /**
   * Curator's note for readers.
   */
  note: string | null;
}

// from schemas/entity_mentions.schema.json
/**
 * An occurrence of a curated entity's name or alias in a source text, found automatically.
 */
export interface EntityMentionsRow {
  /**
   * Stable id: source id, entity id and the occurrence number of that entity in the source.
   */
  entity_mention_id: string;
  /**
   * The entity (→ entities).
   */
  entity_id: string;
  /**
   * The source the mention is in.
   */
  source_id: string;
  /**
   * Start offset (UTF-16) into the normalized source text.
   */
  start: number;
  /**
   * End offset (exclusive).
   */
  end: number;
  /**
   * The name or alias as it occurs.
   */
  text: string;
  /**
   * 0-based index of the sentence the mention is in (as in the mentions table).
   */
  sentence: number;
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
   * level: an amount (money or a physical quantity); share: a part of a whole in percent; growth: a ratio of two levels or a percent change; count: a number of things.
   */
  measure: 'level' | 'share' | 'growth' | 'count';
  /**
   * Unit of its values: an ISO 4217 code, percent or ratio; 'currency' when any ISO 4217 code is allowed; 'count' for a number of things and 'quantity' for a physical amount (the observation row carries the noun or unit).
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
   * What the mention is: money, percent (also percentage points and fractions), count (a number followed by a noun), number (a bare number), ratio (multiples), duration, year, period (docs/extraction.md).
   */
  kind: 'percent' | 'money' | 'count' | 'number' | 'ratio' | 'duration' | 'year' | 'period';
  /**
   * The stated value, scale applied (900 million → 900000000); null for a range (see value_low and value_high) and for a period; a year's value is the year.
   */
  value: number | null;
  /**
   * ISO 4217 code, percent, percentage_points, ratio, year, month, week, day, hour, minute, or null (counts and plain numbers).
   */
  unit: string | null;
  /**
   * The multiplier a scale word applied (million → 1000000; basis points → 0.01; decades → 10), or null.
   */
  scale: number | null;
  /**
   * How the text hedges the number (docs/interval-policy.md).
   */
  hedge: 'exact' | 'approximately' | 'at_most' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'range';
  /**
   * Lower end of the interval the hedge implies; null if unbounded, and for years and periods.
   */
  value_low: number | null;
  /**
   * Upper end of the interval the hedge implies; null if unbounded, and for years and periods.
   */
  value_high: number | null;
  /**
   * ISO 8601 period of the nearest period expression in the same sentence (2023, 2023-10/2023-12), a year before it for a figure followed by "a year earlier" ("$21 million a year earlier"), or the mention's own period; null if the sentence has none (or a period's year is not given).
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
   * The figure as stated (scale applied: 900 million → 900000000), or the derived point value; null for a range (see value_low and value_high).
   */
  value: number | null;
  /**
   * ISO 4217 currency code, percent, ratio, or for a count the plural noun it counts (containers, tonnes, vehicles).
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
   * Why the curated value, unit, hedge or interval differs from the extractor's reading of the mention; null when they are the mention's.
   */
  override_reason: string | null;
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
  /**
   * Curator's note for readers.
   */
  note: string | null;
  /**
   * Version of the data package in which this figure (this observation_id) first appeared; computed at build time by comparing with the previous release (docs/citing.md).
   */
  first_release: string;
  /**
   * Version in which any value of this row last changed (a new column added to the table does not count); equal to first_release if it never changed. In a dist/ built between releases, a row changed since the last release shows that release until the next one stamps it (docs/citing.md).
   */
  last_changed: string;
}

// from schemas/source-sidecar.schema.json
/**
 * raw/sources/<id>.source.yaml: provenance of one source text.
 */
export interface SourceSidecar {
  title: string;
  title_basis?: string | null;
  publisher: string | null;
  publisher_basis?: string | null;
  byline?: string | null;
  dateline?: string | null;
  url: string | null;
  published: string | null;
  published_inferred?: string | null;
  published_basis?: string | null;
  retrieved: string;
  retrieved_basis?: string | null;
  language: string;
  licence: string | null;
  public_domain: boolean;
  /**
   * Whether the licence lets anyone reuse the text whole (UK Open Government or Open Parliament Licence, the EU reuse notice, CC BY); false or absent when only short quotation is allowed. Public-domain texts need not set it.
   */
  open_licence?: boolean;
  excerpt: boolean;
  excerpt_note?: string | null;
  /**
   * SHA-256 of the normalized text (UTF-8, BOM dropped, LF, NFC).
   */
  sha256: string;
  sha256_basis?: string | null;
  /**
   * Length of the normalized text in UTF-16 code units; checked when given.
   */
  characters?: number;
  notes?: string | null;
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
   * Where the title comes from when the document carries none.
   */
  title_basis: string | null;
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
   * Whether the text, not being in the public domain, is under a licence that lets anyone reuse it whole (UK Open Government or Open Parliament Licence, the EU reuse notice, CC BY), so that it too may be shown whole.
   */
  open_licence: boolean;
  /**
   * Whether the file holds only part of the document.
   */
  excerpt: boolean;
  /**
   * Anything a reader should know about the copy (e.g. 'excerpt: text ends with an ellipsis').
   */
  note: string | null;
}

// from schemas/vocab-countries.schema.json
/**
 * raw/vocab/countries.yaml: the ISO 3166-1 alpha-3 codes in use, plus WLD for all partners.
 */
export type VocabCountries = VocabCountry[];

export interface VocabCountry {
  /**
   * ISO 3166-1 alpha-3, or WLD.
   */
  code: string;
  name: string;
}

// from schemas/vocab-goods.schema.json
/**
 * raw/vocab/goods.yaml: goods categories with HS codes and CHPL tier (see docs/reference/hs-codes.md).
 */
export type VocabGoods = VocabGoodsEntry[];

export interface VocabGoodsEntry {
  id: string;
  label: string;
  hs_codes: string[];
  chpl_tier: '1' | '2' | '3.A' | '3.B' | '4.A' | '4.B' | null;
  basis: 'authoritative' | 'transcription' | 'judgment';
  basis_note: string;
  /**
   * The id of the wider category this one belongs to ("missiles" within "arms"): corroboration compares a figure or claim on this category with one on the wider one.
   */
  broader?: string;
}

// from schemas/vocab-indicators.schema.json
/**
 * raw/vocab/indicators.yaml: the indicators observations may use.
 */
export type VocabIndicators = VocabIndicator[];

export interface VocabIndicator {
  id: string;
  label: string;
  measure: 'level' | 'share' | 'growth' | 'count';
  /**
   * ISO 4217 code, percent, ratio, currency (any ISO 4217 code), count (a number of things; the observation carries the unit noun), quantity (a physical amount; the observation carries its unit), or for a count the plural noun it counts (containers, tonnes, vehicles).
   */
  unit: string;
  description: string;
}
