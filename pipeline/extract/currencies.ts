/**
 * Currencies to ISO 4217: signs and codes before a number ($, US$, €, £, ₽, RMB, Rbs, …) and
 * words after it (dollars, euros, yuan, roubles, …). A bare "$" and bare "dollars" are USD
 * (docs/interval-policy.md, "Currencies"). "¥" is CNY in a sentence about China or the yuan,
 * else JPY; that is settled once the sentence is known (see resolveYen).
 */
import { isAsciiLetter, isDigit, isInlineSpace, isSpaceSeparator } from './chars.js';

/** Signs that can stand alone before a number; the scanner triggers on them. */
export const CURRENCY_SIGNS = '$€£¥₽₹₩₺₴';
const SIGN_CODE_UNITS = new Set([...CURRENCY_SIGNS].map((c) => c.charCodeAt(0)));
/** CURRENCY_SIGNS.includes(text[pos]) without making a one-character string (it runs at every trigger). */
export const isCurrencySignAt = (text: string, pos: number): boolean => SIGN_CODE_UNITS.has(text.charCodeAt(pos));

const SIGN_CODES: Readonly<Record<string, string>> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'YEN?',
  '₽': 'RUB',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  '₴': 'UAH',
};

/** Letters glued before "$": US$, HK$, NT$, … */
const DOLLAR_PREFIX: Readonly<Record<string, string>> = {
  US: 'USD',
  'U.S.': 'USD',
  HK: 'HKD',
  NT: 'TWD',
  S: 'SGD',
  A: 'AUD',
  AU: 'AUD',
  C: 'CAD',
  CA: 'CAD',
  NZ: 'NZD',
  R: 'BRL',
  Mex: 'MXN',
  MX: 'MXN',
};

/** Its keys, longest first (a stable sort: equal lengths keep their order), read once rather than at every "$". */
const DOLLAR_PREFIXES_LONGEST_FIRST = Object.keys(DOLLAR_PREFIX).sort((a, b) => b.length - a.length);

/** Codes written before the number, glued or with one space: USD 300, Rmb500bn, Rbs 1.2tn. */
const CODE_PREFIX: Readonly<Record<string, string>> = {
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  CNY: 'CNY',
  RMB: 'CNY',
  Rmb: 'CNY',
  CNH: 'CNY',
  RUB: 'RUB',
  Rbs: 'RUB',
  Rb: 'RUB',
  Rs: 'INR',
  INR: 'INR',
  JPY: 'JPY',
  CHF: 'CHF',
  HKD: 'HKD',
  TWD: 'TWD',
  KRW: 'KRW',
  TRY: 'TRY',
  UAH: 'UAH',
  KZT: 'KZT',
  AED: 'AED',
  IRR: 'IRR',
  BYN: 'BYN',
  SGD: 'SGD',
  // The currencies of the sanctioning and transit countries whose customs and statistics offices
  // publish their trade with Russia and its neighbours in their own money. AMD is left out: before a
  // number it is far more often the chipmaker ("AMD 7950") than the dram.
  NOK: 'NOK',
  SEK: 'SEK',
  DKK: 'DKK',
  PLN: 'PLN',
  CZK: 'CZK',
  HUF: 'HUF',
  GEL: 'GEL',
  KGS: 'KGS',
  UZS: 'UZS',
  MNT: 'MNT',
};

export interface CurrencyPrefix {
  code: string;
  /** Where the currency starts (before the number). */
  start: number;
  /** Where the number starts. */
  numberStart: number;
}

/**
 * A currency sign at `pos` (the scanner's hit), with any glued letters before it (US$) and
 * the code after it ($US). Returns where the number starts; null if `pos` holds no sign.
 */
export function readSignPrefix(text: string, pos: number, floor: number): CurrencyPrefix | null {
  const ch = text[pos]!;
  let start = pos;
  let code: string;
  let p = pos + 1;
  if (ch === '$') {
    code = 'USD';
    // glued letters before the sign: US$, U.S.$, HK$
    let s = pos;
    while (s > floor && s > pos - 5 && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
    const before = text.slice(s, pos);
    if (before) {
      // the longest known prefix that is a whole word: "US$", but "bonUS$" is not "US"
      const tail = DOLLAR_PREFIXES_LONGEST_FIRST.find(
        (k) => before.endsWith(k) && !/[A-Za-z]/.test(before[before.length - k.length - 1] ?? ''),
      );
      if (tail) {
        code = DOLLAR_PREFIX[tail]!;
        start = pos - tail.length;
      }
    }
    // "US $300" (a space between), as some outlets write it
    if (
      start === pos &&
      pos - 3 >= floor &&
      text[pos - 1] === ' ' &&
      text.startsWith('US', pos - 3) &&
      !isAsciiLetter(text.charCodeAt(pos - 4))
    )
      start = pos - 3;
    if (text.startsWith('US', p) && !/[A-Za-z]/.test(text[p + 2] ?? '')) p += 2; // $US300
  } else if (ch === '¥' && text.startsWith('CN', pos - 2)) {
    code = 'CNY';
    start = pos - 2;
  } else {
    const c = SIGN_CODES[ch];
    if (!c) return null;
    code = c;
  }
  if (p < text.length && isInlineSpace(text.charCodeAt(p))) p++;
  return { code, start, numberStart: p };
}

/** A currency code just before `numberStart` (glued or after one space), or null. */
export function readCodePrefix(text: string, numberStart: number, floor: number): CurrencyPrefix | null {
  let p = numberStart;
  if (p > floor && isInlineSpace(text.charCodeAt(p - 1))) p--;
  // every code ends in a capital or in b/s (Rmb, Rbs, Rs): most words before numbers do not
  const last = text.charCodeAt(p - 1);
  if (p <= floor || !((last >= 65 && last <= 90) || last === 98 || last === 115)) return null;
  let s = p;
  while (s > floor && s > p - 4 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s === p || !(text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90)) return null; // codes are capitalized
  if (s > floor && (isAsciiLetter(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) return null; // part of a longer word
  const word = text.slice(s, p);
  const code = CODE_PREFIX[word];
  if (!code) return null;
  return { code, start: s, numberStart };
}

/** "Rs. 500": the dot form, checked separately because the dot sits between code and number. */
export function readDottedCodePrefix(text: string, numberStart: number, floor: number): CurrencyPrefix | null {
  const d = isInlineSpace(text.charCodeAt(numberStart - 1)) ? numberStart - 2 : numberStart - 1;
  if (d < floor || text.charCodeAt(d) !== 46) return null;
  const from = Math.max(floor, numberStart - 6);
  const m = /(?<![A-Za-z])(Rs|Rbs)\.[ \u00a0]?$/.exec(text.slice(from, numberStart));
  if (!m) return null;
  return { code: CODE_PREFIX[m[1]!]!, start: from + m.index, numberStart };
}

/** Words after the number (and scale). Order matters: longer phrases first. */
const SUFFIX_RE =
  /[ \u00a0\u202f-](U\.\s?S\.\s?dollars?|US dollars?|American dollars?|Hong Kong dollars?|Canadian dollars?|Australian dollars?|Singapore dollars?|New Taiwan dollars?|Taiwan(?:ese)? dollars?|dollars?|dlrs|euros?|pounds sterling|British pounds|pounds?|sterling|yuan|renminbi|RMB|CNY|rubles?|roubles?|Belarusian rubles?|yen|rupees?|Swiss francs?|francs?|lira|liras|tenge|dirhams?|won|hryvnias?|hryvnia|rials?|drams?|kronor|zlotys?|korunas?|tugriks?|USD|EUR|GBP|RUB|JPY|INR|CHF|HKD|TWD|KRW|TRY|UAH|KZT|AED|IRR|NOK|SEK|DKK|PLN|CZK|HUF|GEL|KGS|UZS|MNT|BYN)(?![A-Za-z])|[ \u00a0\u202f]?([€₽$£₴₺])/iy;

/** First two characters of the words above, as char-code pairs, and the signs: a cheap refusal. */
const SUFFIX_WORDS = SUFFIX_RE.source
  .slice(SUFFIX_RE.source.indexOf('(') + 1, SUFFIX_RE.source.indexOf(')(?!'))
  .split('|')
  .map((w) => w.replace(/\\/g, ''));
const head = (w: string): number => w.charCodeAt(0) * 65536 + w.charCodeAt(1);
/** Heads of the currency words, case-folded ("Dollars" in a headline), and of the codes as written (USD, not "us"). */
const SUFFIX_WORD_HEADS = new Set(SUFFIX_WORDS.filter((w) => !/^[A-Z]{3}$/.test(w)).map((w) => head(w.toLowerCase())));
const SUFFIX_CODE_HEADS = new Set(SUFFIX_WORDS.filter((w) => /^[A-Z]{3}$/.test(w)).map(head));
const SUFFIX_SIGNS = '€₽$£₴₺';
/** The signs as code units: the refusal below makes no one-character string (past the text's end, NaN: refused). */
const SUFFIX_SIGN_CODE_UNITS = new Set([...SUFFIX_SIGNS].map((c) => c.charCodeAt(0)));

const SUFFIX_CODES: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dlrs: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  'pounds sterling': 'GBP',
  'british pound': 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  ruble: 'RUB',
  rouble: 'RUB',
  yen: 'JPY',
  rupee: 'INR',
  'swiss franc': 'CHF',
  // A bare "francs" is the Swiss franc: the French and Belgian ones are gone, and the CFA franc is
  // written with its name ("CFA francs"), which this suffix does not read.
  franc: 'CHF',
  lira: 'TRY',
  liras: 'TRY',
  tenge: 'KZT',
  dirham: 'AED',
  won: 'KRW',
  hryvnia: 'UAH',
  rial: 'IRR',
  // "kroner" is Norway's and Denmark's plural, "kronor" Sweden's: only the text's country would tell
  // the first apart, which the extractor does not know, so only "kronor" is read. (Forints are left
  // out: words in "f" other than "francs" are refused before the pattern runs.)
  dram: 'AMD',
  kronor: 'SEK',
  zloty: 'PLN',
  koruna: 'CZK',
  tugrik: 'MNT',
  'belarusian ruble': 'BYN',
  'hong kong dollar': 'HKD',
  'canadian dollar': 'CAD',
  'australian dollar': 'AUD',
  'singapore dollar': 'SGD',
  'new taiwan dollar': 'TWD',
  'taiwan dollar': 'TWD',
  'taiwanese dollar': 'TWD',
  'american dollar': 'USD',
  '€': 'EUR',
  '₽': 'RUB',
  $: 'USD',
  '£': 'GBP',
  '₴': 'UAH',
  '₺': 'TRY',
};

export interface CurrencySuffix {
  code: string;
  end: number;
  /** "pounds" is money only with a scale or "sterling"; the caller decides. */
  ambiguousPounds: boolean;
}

const fold = (c: number): number => (c >= 65 && c <= 90 ? c | 0x20 : c);

/** A currency word or sign right after `pos`, or null. */
export function readCurrencySuffix(text: string, pos: number): CurrencySuffix | null {
  const c = text.charCodeAt(pos);
  const q = c === 45 || isSpaceSeparator(c) ? pos + 1 : pos;
  // words case-folded ("US Dollars" in a headline is dollars too), codes as written ("5 in 2023" is no INR)
  const c0 = text.charCodeAt(q);
  const c1 = text.charCodeAt(q + 1);
  if (!SUFFIX_WORD_HEADS.has(fold(c0) * 65536 + fold(c1)) && !SUFFIX_CODE_HEADS.has(c0 * 65536 + c1) && !SUFFIX_SIGN_CODE_UNITS.has(c0))
    return null;
  // "francs" shares its head with "from", which follows many a figure: refused on its third letter.
  if (fold(c0) === 102 && fold(text.charCodeAt(q + 2)) !== 97) return null;
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  if (!m) return null;
  if (m[2]) return { code: SUFFIX_CODES[m[2]]!, end: pos + m[0].length, ambiguousPounds: false };
  const raw = m[1]!;
  if (m[0][0] === '-' && !/^dollars?$|^euros?$|^yuan$|^r[o]?ubles?$|^pounds?$/i.test(raw)) return null;
  if (/^[A-Z]{3}$/.test(raw)) return { code: raw === 'RMB' ? 'CNY' : raw, end: pos + m[0].length, ambiguousPounds: false };
  if (/^[a-z]{3}$/i.test(raw) && raw.toLowerCase() !== 'won' && raw.toLowerCase() !== 'yen') return null; // codes are written in capitals
  let key = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^u\.\s?s\.\s?dollars?$|^us dollars?$/.test(key)) return { code: 'USD', end: pos + m[0].length, ambiguousPounds: false };
  if (key !== 'dlrs' && key !== 'liras' && key.endsWith('s') && !key.endsWith('pounds sterling')) key = key.slice(0, -1);
  const code = SUFFIX_CODES[key];
  if (!code) return null;
  return { code, end: pos + m[0].length, ambiguousPounds: key === 'pound' };
}

/** "¥" resolved by its sentence: CNY if the sentence speaks of China or the yuan, else JPY. */
export function resolveYen(sentence: string): string {
  return /yuan|renminbi|RMB|CNY|Chin|Beijing/.test(sentence) ? 'CNY' : 'JPY';
}
