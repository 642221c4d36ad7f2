/**
 * The vocabularies the reader reads with: raw/vocab/ (indicators, goods, countries) as parsed
 * YAML. The reader never reads files itself; the command (or a test) hands these in.
 */
export interface ReaderIndicator {
  id: string;
  measure: string;
  unit: string;
}

export interface ReaderGoods {
  id: string;
  label: string;
  hs_codes: string[];
}

export interface ReaderCountry {
  code: string;
  name: string;
}

export interface ReaderVocab {
  indicators: readonly ReaderIndicator[];
  goods: readonly ReaderGoods[];
  countries: readonly ReaderCountry[];
}
