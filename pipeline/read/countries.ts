/**
 * Country names, aliases, capitals used for governments, and demonyms → ISO 3166-1 alpha-3 and
 * the entity id the project's annotations use for the country (china, north-korea).
 *
 * Case: a name matches in any case ("russia", "CHINA") unless it is short or an ordinary word
 * in lower case; those (US, UK, UAE, DPRK, PRC; "turkey", "china" the porcelain is not news
 * usage, so China stays case-free) match as written only. "U.S." followed by a currency noun
 * ("U.S. dollars") names a currency, not the country.
 */
import { countryEntityId, OTHER_COUNTRIES, type CountryEntry } from './otherCountries.js';
import { matchPhrases, phraseTable, type PhraseEntry, type PhraseHit, type PhraseTable } from './phrases.js';

export interface CountryWord {
  code: string;
  /** The entity id for the country as an actor. */
  entity: string;
  demonym: boolean;
  /** A capital or seat of government standing for the state ("Moscow", "the Kremlin"). */
  metonym: boolean;
}

/** The European Union is no ISO 3166-1 country; EUU is the code UN Comtrade and WITS give it. */
export const EUROPEAN_UNION = 'EUU';

const FIRST_COUNTRIES: CountryEntry[] = [
  {
    code: 'CHN',
    entity: 'china',
    names: ['China', 'People’s Republic of China', "People's Republic of China", 'Mainland China'],
    exact: ['PRC'],
    capitals: ['Beijing'],
    demonyms: ['Chinese'],
  },
  {
    code: 'RUS',
    entity: 'russia',
    names: ['Russia', 'Russian Federation'],
    capitals: ['Moscow', 'Kremlin'],
    demonyms: ['Russian', 'Russians'],
  },
  {
    code: 'USA',
    entity: 'united-states',
    names: ['United States', 'United States of America'],
    exact: ['U.S.', 'US', 'USA'],
    capitals: ['Washington'],
    demonyms: ['American', 'Americans'],
  },
  { code: 'UKR', entity: 'ukraine', names: ['Ukraine'], capitals: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian', 'Ukrainians'] },
  {
    code: 'PRK',
    entity: 'north-korea',
    names: ['North Korea', 'Democratic People’s Republic of Korea', "Democratic People's Republic of Korea"],
    exact: ['DPRK'],
    capitals: ['Pyongyang'],
    demonyms: ['North Korean', 'North Koreans'],
  },
  { code: 'KOR', entity: 'south-korea', names: ['South Korea', 'Republic of Korea'], capitals: ['Seoul'], demonyms: ['South Korean'] },
  { code: 'IRN', entity: 'iran', names: ['Iran', 'Islamic Republic of Iran'], capitals: ['Tehran'], demonyms: ['Iranian'] },
  { code: 'IND', entity: 'india', names: ['India'], capitals: ['New Delhi'], demonyms: ['Indian'] },
  { code: 'BLR', entity: 'belarus', names: ['Belarus'], capitals: ['Minsk'], demonyms: ['Belarusian'] },
  { code: 'KAZ', entity: 'kazakhstan', names: ['Kazakhstan'], capitals: ['Astana'], demonyms: ['Kazakh', 'Kazakhstani'] },
  { code: 'KGZ', entity: 'kyrgyzstan', names: ['Kyrgyzstan', 'Kyrgyz Republic'], capitals: ['Bishkek'], demonyms: ['Kyrgyz'] },
  { code: 'UZB', entity: 'uzbekistan', names: ['Uzbekistan'], capitals: ['Tashkent'], demonyms: ['Uzbek'] },
  { code: 'TJK', entity: 'tajikistan', names: ['Tajikistan'], demonyms: ['Tajik'] },
  { code: 'TKM', entity: 'turkmenistan', names: ['Turkmenistan'] },
  { code: 'ARM', entity: 'armenia', names: ['Armenia'], capitals: ['Yerevan'], demonyms: ['Armenian'] },
  { code: 'GEO', entity: 'georgia', names: ['Georgia'], demonyms: ['Georgian'] },
  { code: 'AZE', entity: 'azerbaijan', names: ['Azerbaijan'], demonyms: ['Azerbaijani'] },
  { code: 'TUR', entity: 'turkey', names: ['Türkiye', 'Turkiye'], exact: ['Turkey'], capitals: ['Ankara'], demonyms: ['Turkish'] },
  {
    code: 'ARE',
    entity: 'united-arab-emirates',
    names: ['United Arab Emirates', 'Emirates'],
    exact: ['UAE', 'U.A.E.'],
    capitals: ['Abu Dhabi'],
    demonyms: ['Emirati'],
  },
  { code: 'HKG', entity: 'hong-kong', names: ['Hong Kong'] },
  { code: 'TWN', entity: 'taiwan', names: ['Taiwan'], demonyms: ['Taiwanese'] },
  { code: 'JPN', entity: 'japan', names: ['Japan'], capitals: ['Tokyo'], demonyms: ['Japanese'] },
  { code: 'DEU', entity: 'germany', names: ['Germany'], capitals: ['Berlin'], demonyms: ['German'] },
  { code: 'FRA', entity: 'france', names: ['France'], demonyms: ['French'] },
  { code: 'ITA', entity: 'italy', names: ['Italy'], demonyms: ['Italian'] },
  {
    code: 'GBR',
    entity: 'united-kingdom',
    names: ['United Kingdom', 'Britain'],
    exact: ['UK', 'U.K.'],
    capitals: ['London'],
    demonyms: ['British'],
  },
  { code: 'SRB', entity: 'serbia', names: ['Serbia'], demonyms: ['Serbian'] },
  { code: 'MNG', entity: 'mongolia', names: ['Mongolia'], demonyms: ['Mongolian'] },
  { code: 'VNM', entity: 'vietnam', names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'] },
  { code: 'MYS', entity: 'malaysia', names: ['Malaysia'], demonyms: ['Malaysian'] },
  { code: 'THA', entity: 'thailand', names: ['Thailand'], demonyms: ['Thai'] },
  { code: 'SGP', entity: 'singapore', names: ['Singapore'] },
  { code: 'EUU', entity: 'european-union', names: ['European Union'], exact: ['EU', 'E.U.'], capitals: ['Brussels'] },
];

const ENTRIES: readonly CountryEntry[] = [...FIRST_COUNTRIES, ...OTHER_COUNTRIES];

/** Every code the reader can draft as a reporter or partner; raw/vocab/countries.yaml must hold each. */
export const readerCountryCodes = (): string[] => [...new Set(ENTRIES.map((c) => c.code))].sort();

/** A country's adjective from any of its names ("United Kingdom", "UK" → "British"); undefined for none (the EU has none). */
export function demonymOf(name: string): string | undefined {
  const e = ENTRIES.find((c) => c.names.includes(name) || (c.exact ?? []).includes(name));
  return e?.demonyms?.find((d) => !d.endsWith('s')) ?? e?.demonyms?.[0];
}

/** Every one-word demonym of the reader's countries ("Chinese", "Kazakh", "Uzbek"). */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(
  ENTRIES.flatMap((c) => [...(c.demonyms ?? []), ...(c.exactDemonyms ?? [])]).filter((d) => !d.includes(' ')),
);

/** Whether a capitalized word is a country's adjective. */
export const isDemonymWord = (word: string): boolean => DEMONYM_WORDS.has(word);

/** "Washington" and "Brussels" in a dateline or "in Brussels" are places; callers decide. Capitals are marked metonym. */
export interface CountryHit extends CountryWord {
  start: number;
  end: number;
  text: string;
}

/**
 * A hit of a country word. Every hit is built here, with its fields in one order: hits built
 * elsewhere by spreading a word ({ ...word, start, end, text }) had another hidden class, and the
 * optimized reader code that met both was thrown away and compiled again (node --trace-deopt).
 */
export const countryHit = (w: CountryWord, start: number, end: number, text: string): CountryHit => ({
  code: w.code,
  entity: w.entity,
  demonym: w.demonym,
  metonym: w.metonym,
  start,
  end,
  text,
});

/** Words after "U.S." (and "Chinese" etc.) that make a currency or a unit, not an actor; "US$ 4.9 billion" is a dollar sign. */
const CURRENCY_AFTER = /^(?:\s+(?:dollars?|cents?|yuan|renminbi)\b|\$)/i;

export interface CountryMatcher {
  (text: string, from?: number, to?: number): CountryHit[];
  /** An entity id's country code (china → CHN), for ids the matcher knows. */
  codeOfEntity(id: string): string | undefined;
  /** The country a name stands for, in any of its forms. */
  lookup(name: string): CountryWord | undefined;
  /** The compiled vocabulary, for a walk that matches other tables too (`matchPhrasesOfBoth`). */
  table: PhraseTable<CountryWord>;
  /** The hits of such a walk, as this matcher gives them. */
  fromPhrases(text: string, found: readonly PhraseHit<CountryWord>[]): CountryHit[];
}

export function countryMatcher(vocab: readonly { code: string; name: string }[] = []): CountryMatcher {
  const folded = new Map<string, CountryWord>();
  const exact = new Map<string, CountryWord>();
  for (const e of ENTRIES) {
    const w = (demonym: boolean, metonym: boolean): CountryWord => ({ code: e.code, entity: e.entity, demonym, metonym });
    for (const n of e.names) folded.set(n.toLowerCase(), w(false, false));
    for (const n of e.capitals ?? []) folded.set(n.toLowerCase(), w(false, true));
    for (const n of e.demonyms ?? []) folded.set(n.toLowerCase(), w(true, false));
    for (const n of e.exact ?? []) exact.set(n, w(false, false));
    for (const n of e.exactDemonyms ?? []) exact.set(n, w(true, false));
  }
  for (const c of vocab) {
    if (c.code === 'WLD' || !c.name || folded.has(c.name.toLowerCase())) continue;
    folded.set(c.name.toLowerCase(), {
      code: c.code,
      entity: countryEntityId(c.name),
      demonym: false,
      metonym: false,
    });
  }
  const entries: PhraseEntry<CountryWord>[] = [
    ...[...folded].map(([phrase, value]) => ({ phrase, value })),
    ...[...exact].map(([phrase, value]) => ({ phrase, value, caseSensitive: true })),
  ];
  const table = phraseTable(entries, {
    // "U.S.-China" names no China; "China-based" does.
    notAfter: (c) => c === 46 || c === 0x2019 || c === 39 || c === 45,
    rejectFollowing: (text, end) => text.charCodeAt(end) === 45 && !text.startsWith('based', end + 1),
  });
  const codes = new Map(ENTRIES.map((e) => [e.entity, e.code] as const));
  const fromPhrases = (text: string, found: readonly PhraseHit<CountryWord>[]): CountryHit[] => {
    const hits: CountryHit[] = [];
    for (const h of found) {
      const w = h.value;
      if (w.code === 'USA' && CURRENCY_AFTER.test(text.slice(h.end, h.end + 12))) continue;
      // Fields written out: an object spread here cost more than the phrase walk.
      hits.push(countryHit(w, h.start, h.end, h.text));
    }
    return hits;
  };
  const match = ((text: string, from = 0, to = text.length): CountryHit[] =>
    fromPhrases(text, matchPhrases(table, text, from, to))) as CountryMatcher;
  match.table = table;
  match.fromPhrases = fromPhrases;
  match.codeOfEntity = (id) => codes.get(id);
  // Names looked up again are answered from a cache (bounded): lower-casing a piece of a text with
  // characters beyond Latin-1 takes the slow path of toLowerCase.
  const known = new Map<string, CountryWord | null>();
  match.lookup = (name) => {
    const seen = known.get(name);
    if (seen !== undefined) return seen ?? undefined;
    const word = exact.get(name) ?? folded.get(name.toLowerCase());
    if (known.size >= 4096) known.clear();
    known.set(name, word ?? null);
    return word;
  };
  return match;
}
