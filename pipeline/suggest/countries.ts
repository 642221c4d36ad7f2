/**
 * Country words → ISO 3166-1 alpha-3 codes, for pre-filling reporter and partner. Names come
 * from raw/vocab/countries.yaml; demonyms and common alternative names from the small table
 * below (the vocabulary holds one name per code, the text uses several).
 */
import { escapeRegExp } from '../core/text.js';

export interface CountryName {
  code: string;
  name: string;
}

/** Other names than the vocabulary's for the countries this reporting names. Extend as sources need. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Russian Federation': 'RUS',
  Russia: 'RUS',
  China: 'CHN',
  PRC: 'CHN',
  'People’s Republic of China': 'CHN',
  "People's Republic of China": 'CHN',
  'United States': 'USA',
  'U.S.': 'USA',
  Ukraine: 'UKR',
  'North Korea': 'PRK',
  DPRK: 'PRK',
  Iran: 'IRN',
  India: 'IND',
  Belarus: 'BLR',
  Kazakhstan: 'KAZ',
  Kyrgyzstan: 'KGZ',
  Armenia: 'ARM',
  Turkey: 'TUR',
  Türkiye: 'TUR',
  'United Arab Emirates': 'ARE',
  UAE: 'ARE',
  'Hong Kong': 'HKG',
  Japan: 'JPN',
  Germany: 'DEU',
  'United Kingdom': 'GBR',
  'U.K.': 'GBR',
  Italy: 'ITA',
};

/** Demonyms (adjectives that describe rather than name: Chinese firms, Russian customs). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Russian: 'RUS',
  Russians: 'RUS',
  Chinese: 'CHN',
  American: 'USA',
  Americans: 'USA',
  Ukrainian: 'UKR',
  Ukrainians: 'UKR',
  'North Korean': 'PRK',
  Iranian: 'IRN',
  Indian: 'IND',
  Belarusian: 'BLR',
  Kazakh: 'KAZ',
  Kyrgyz: 'KGZ',
  Armenian: 'ARM',
  Turkish: 'TUR',
  Emirati: 'ARE',
  Japanese: 'JPN',
  German: 'DEU',
  British: 'GBR',
  Italian: 'ITA',
};

export interface CountryHit {
  code: string;
  start: number;
  end: number;
  text: string;
  /** An adjective (Chinese, Russian) rather than a name. */
  demonym: boolean;
  /** Followed by ’s: "Russia’s imports". */
  possessive: boolean;
  /** The preposition right before it, if any: "from China", "to Russia". */
  preposition: string | null;
}

/** A matcher over the vocabulary's names plus the table above, longest name first. */
export function countryMatcher(vocab: readonly CountryName[]): (text: string, from?: number, to?: number) => CountryHit[] {
  const words = new Map<string, { code: string; demonym: boolean }>();
  for (const [w, code] of Object.entries(DEMONYMS)) words.set(w, { code, demonym: true });
  for (const [w, code] of Object.entries(COUNTRY_ALIASES)) words.set(w, { code, demonym: false });
  for (const c of vocab) if (c.code !== 'WLD' && c.name) words.set(c.name, { code: c.code, demonym: false });
  const names = [...words.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Letters on either side mean a longer word (Russians is listed; "Chinatown" is not China).
  const re = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text, from = 0, to = text.length) => {
    const hits: CountryHit[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      const w = words.get(m[0])!;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(from, m.index - 12), m.index);
      const prep = /\b(from|to|into|by|in|with)\s+(?:the\s+)?$/i.exec(before);
      hits.push({
        code: w.code,
        start: m.index,
        end,
        text: m[0],
        demonym: w.demonym,
        possessive: /^['’]s\b/.test(text.slice(end, end + 3)),
        preposition: prep ? prep[1]!.toLowerCase() : null,
      });
    }
    return hits;
  };
}

export interface TradeGuess {
  reporter: string | null;
  partner: string | null;
  /** Why, in a few words, for the YAML comment. */
  evidence: string[];
}

const SALES = /\b(?:sales|exports?|shipments?|supplies|supplying|sells?|selling|sold|providing|provided)\b/i;

/**
 * Reporter (the importing country) and partner for a figure in a sentence. Trade reporting
 * puts them in a few patterns: "Russia’s imports from China", "X% of Russia’s … came from
 * China", "China’s sales to Russia". A name after "from" is the partner; a possessive or a
 * name after "sales/exports to" is the importer; otherwise the other country named.
 */
export function guessReporterPartner(hits: readonly CountryHit[], sentence: string, sentenceStart: number): TradeGuess {
  const evidence: string[] = [];
  const names = hits.filter((h) => !h.demonym);
  let partner: CountryHit | undefined = names.find((h) => h.preposition === 'from');
  let reporter: CountryHit | undefined;
  const salesTo = names.find((h) => h.preposition === 'to' && SALES.test(sentence.slice(0, h.start - sentenceStart)));
  if (salesTo) {
    reporter = salesTo;
    evidence.push(`"${salesTo.text}" after sales/exports to`);
    if (!partner) partner = names.find((h) => h.code !== salesTo.code && h.start < salesTo.start);
  }
  reporter ??= names.find((h) => h.possessive && h.code !== partner?.code);
  if (reporter && !salesTo) evidence.push(`"${reporter.text}’s"`);
  if (partner) evidence.push(`"${partner.preposition ?? ''} ${partner.text}"`.replace('" ', '"'));
  // Fill the missing side with the other country the sentence names (names before demonyms).
  const others = [...names, ...hits.filter((h) => h.demonym)];
  if (!reporter && partner) {
    reporter = others.find((h) => h.code !== partner!.code);
    if (reporter) evidence.push(`"${reporter.text}" is the other country named`);
  }
  if (reporter && !partner) {
    partner = others.find((h) => h.code !== reporter!.code);
    if (partner) evidence.push(`"${partner.text}" is the other country named`);
  }
  if (!reporter && !partner && others.length > 0) {
    reporter = others[0];
    evidence.push(`"${reporter!.text}" is the only country named`);
  }
  return { reporter: reporter?.code ?? null, partner: partner?.code ?? null, evidence };
}
