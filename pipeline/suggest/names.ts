/**
 * Draft entities from capitalized names: a simple capitalized-sequence rule, chosen over the
 * compromise NLP library after measuring both on the curated sources (docs/adding-a-source.md,
 * "How good are the drafts"). A name is a run of capitalized words, joined by "of", "of the",
 * "for" or "and" only when a capitalized word follows; sentence-initial function words, titles
 * ("U.S. Secretary of State") and possessives are stripped; an acronym in brackets right after
 * a name becomes its alias, and so does one word of a person's name used alone.
 */
import { isDemonymWord } from '../read/countries.js';
import { sentenceSpans } from './sentences.js';

export type EntityType = 'company' | 'person' | 'organization' | 'government_body' | 'country' | 'group';

export interface NameCandidate {
  name: string;
  /** Offset of its first occurrence. */
  start: number;
  aliases: string[];
  type: EntityType | null;
  /** A country the words around it suggest (demonym before a title, "China-based"). */
  country: string | null;
  /** The title or words stripped in front of a person's name, as a role hint. */
  title: string | null;
}

export interface NameOptions {
  /** Also propose single capitalized words that are not at a sentence start (default true). */
  singleWords?: boolean;
  /** Country words (names, aliases, demonyms) → code, to type countries and read demonyms. */
  countries?: Readonly<Record<string, string>>;
}

/** Words capitalized only because they start a sentence or are generic. */
const FUNCTION_WORDS = new Set(
  'A An And As At But By During Each Every First For From He Her His How However I If In Is It Its Mr Mrs Ms Many More Most No Not Of On Once One Or Our Over She Since So Some Such Than Thank That The Their Them There These They This Those Thus To Today Today’s Under We What When Where Whether Which While Who Why With Yet You Your Yes Also After Before Then Now Here Please'.split(
    ' ',
  ),
);

/** Days and months are capitalized but never entities. */
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** A month's abbreviation before a day ("Oct. 14, 2025", "Sept. 5"): a date, never an entity ("Jan" without its dot may be a name). */
const MONTH_ABBREVIATION = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));

/** Titles in front of a person's name. */
const TITLES = new Set(
  'President Vice Secretary Minister Prime Deputy Foreign Defense Treasury Spokesperson Spokesman Spokeswoman Ambassador Senator Sen. Rep. Representative Governor Gen. General Admiral Chairman Chairwoman Director Chief Premier King Queen Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir'.split(
    ' ',
  ),
);
const TITLE_OBJECTS = new Set(['State', 'Defense', 'Commerce', 'Treasury', 'the']);

const COMPANY =
  /\b(?:Company|Co\.?|Inc\.?|Ltd\.?|LLC|Corporation|Corp\.?|Group|Technology|Technologies|Industry|Industries|Holdings|JSC|PJSC|GmbH|AG|Limited|Enterprises?)$/;
const GOVERNMENT =
  /\b(?:Department|Ministry|Treasury|White House|Embassy|Administration|Kremlin|Congress|Parliament|Commission|Council|Government|Bureau|Office|Agency|Customs)\b/;
const ORGANIZATION =
  /\b(?:Foundation|Institute|Association|University|Center|Centre|Society|Organization|Organisation|Union|Party|Alliance|Bank|Fund|BBC|NATO)\b/;

const CAPITALIZED = /^(?:\p{Lu}|[a-z]+\p{Lu})/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** A run of capitalized words that may be a name, and the title words stripped in front of it. */
interface NameRun {
  words: Token[];
  prefix: Token[];
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let t = m[0];
    // A sentence's full stop is not part of a word; an abbreviation's dot is (U.S., Co.).
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:Co|Inc|Ltd|Corp|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen)\.$/.test(t))
      t = t.replace(/\.+$/, '');
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Not names although capitalized: abbreviations of things, not of bodies. */
const NON_NAMES = new Set(['UAV', 'UAVs', 'COVID-19', 'GDP', 'CNC', 'AI', 'HS', 'QUESTION']);

/** Adjectives: demonyms and the like ("European", "Communist"), never a name on their own. */
const ADJECTIVE = /(?:ean|ian|ese|ist|ish)$/;

// Demonyms the suffixes above miss ("Kyrgyz", "Kazakh", "Uzbek", "Emirati", "Thai"): the reader's
// country table knows every one, so a lone demonym ("the Kyrgyz side", "KAZAKH") is never drafted as a name.
const isDemonym = (word: string): boolean => isDemonymWord(word) || isDemonymWord(word.charAt(0) + word.slice(1).toLowerCase());

// "China-based", "U.S.-sanctioned": a hyphenated adjective, not a name.
const isCap = (t: string) => CAPITALIZED.test(t) && !/^\p{N}/u.test(t) && !/-\p{Ll}+$/u.test(t);
const stripPossessive = (t: string) => t.replace(/['’]s$/, '');

/** Capitalized names in `text`, grouped with their aliases, in order of first occurrence. */
export function findNames(text: string, options: NameOptions = {}): NameCandidate[] {
  const singleWords = options.singleWords ?? true;
  const countries = options.countries ?? {};
  const sentenceStarts = new Set(sentenceSpans(text).map((s) => s.start));
  const toks = tokens(text);
  const raw: NameRun[] = [];
  const lowerWords = new Set(toks.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.text));

  // Where a sentence really starts: after an opening quote, or after a transcript label.
  const startsSentence = (tok: Token) => {
    let s = tok.start;
    while (s > 0 && /[“"‘(]/.test(text[s - 1]!)) s--;
    if (sentenceStarts.has(s) || s === 0 || text[s - 1] === '\n') return true;
    return /(?:^|\n)[\p{Lu} .'’-]+:\s*$/u.test(text.slice(Math.max(0, tok.start - 40), tok.start));
  };
  const gapIsSpace = (a: Token, b: Token) => /^ {1,2}$/.test(text.slice(a.end, b.start));
  const isDate = (tok: Token) => MONTH_ABBREVIATION.has(tok.text) && /^\. ?\d/.test(text.slice(tok.end, tok.end + 3));
  // "US$", "HK$": the letters of a currency sign, not a name.
  const isCurrencySign = (tok: Token) => text[tok.end] === '$';
  const isLabel = (tok: Token) =>
    ALL_CAPS_WORD.test(tok.text) && tok.text.length > 4 && /^(?:[ \p{Lu}]*)\s*(?::|—)/u.test(text.slice(tok.end, tok.end + 30));

  for (let i = 0; i < toks.length;) {
    const tok = toks[i]!;
    if (!isCap(tok.text) || isLabel(tok) || isDate(tok) || isCurrencySign(tok)) {
      i++;
      continue;
    }
    const words: Token[] = [tok];
    let j = i + 1;
    while (j < toks.length) {
      const prev = words[words.length - 1]!;
      // After a possessive only a name's own words go on ("People’s Republic"), not "Russia’s Garpiya".
      if (/['’]s$/.test(prev.text) && stripPossessive(prev.text) in countries) break;
      const t = toks[j]!;
      if (isCap(t.text) && gapIsSpace(prev, t) && !isLabel(t) && !isDate(t) && !isCurrencySign(t)) {
        words.push(t);
        j++;
        continue;
      }
      // "of", "of the", "for", "and" inside a name when a capitalized word follows.
      const conn = ['of', 'for', 'de'].includes(t.text) && gapIsSpace(prev, t) && !/['’]s$/.test(prev.text);
      if (conn) {
        let k = j + 1;
        if (t.text === 'of' && toks[k]?.text === 'the' && gapIsSpace(t, toks[k]!)) k++;
        const next = toks[k];
        // "Group of 7": a number may end a name after "of".
        if (
          next &&
          !isCurrencySign(next) &&
          (isCap(next.text) || (t.text === 'of' && /^\p{N}+$/u.test(next.text))) &&
          gapIsSpace(toks[k - 1]!, next)
        ) {
          words.push(...toks.slice(j, k + 1));
          j = k + 1;
          continue;
        }
      }
      break;
    }
    i = j;
    // Drop function words and calendar words at the front (sentence-initial capitals).
    while (
      words.length > 0 &&
      (FUNCTION_WORDS.has(stripPossessive(words[0]!.text)) ||
        CALENDAR.has(words[0]!.text) ||
        ['of', 'for', 'and', 'de', 'the'].includes(words[0]!.text))
    ) {
      words.shift();
    }
    while (
      words.length > 0 &&
      (['of', 'for', 'and', 'de', 'the'].includes(words[words.length - 1]!.text) || CALENDAR.has(words[words.length - 1]!.text))
    )
      words.pop();
    // A sentence-initial word the text also uses in lower case is a common word: "Firms iRay …".
    if (words.length > 1 && startsSentence(words[0]!) && lowerWords.has(words[0]!.text.toLowerCase())) words.shift();
    if (words.length === 0) continue;
    const prefix: Token[] = [];
    // Titles in front of a name: "U.S. Treasury Secretary Janet Yellen" → Janet Yellen.
    let lastTitle = -1;
    for (let k = 0; k < words.length - 1; k++) {
      const w = words[k]!.text;
      if (TITLES.has(w)) lastTitle = k;
      else if (lastTitle === k - 1 && (w === 'of' || TITLE_OBJECTS.has(w))) lastTitle = k;
      else if (!(w in countries) && !TITLE_OBJECTS.has(w) && w !== 'of') break;
    }
    if (lastTitle >= 0) prefix.push(...words.splice(0, lastTitle + 1));
    if (words.length === 1 && TITLES.has(words[0]!.text)) continue;
    if (prefix.length > 0 && ['of', 'for', 'de'].includes(words[0]!.text)) {
      // A title with its office ("Secretary of State for Business", "Minister for Europe") names
      // no person: no draft "for Business". The office's further words go with it (", Commonwealth
      // and Development Affairs", "and Trade"), or they would be drafted as names of their own.
      let last = words[words.length - 1]!;
      for (; i < toks.length; i++) {
        const t = toks[i]!;
        const gap = text.slice(last.end, t.start);
        if ((gap !== ' ' && gap !== ', ') || (t.text !== 'and' && !isCap(t.text))) break;
        last = t;
      }
      continue;
    }
    if (words.length === 1 && startsSentence(words[0]!) && prefix.length === 0) {
      // A lone capitalized word at a sentence start is kept only if it recurs elsewhere.
      const w = stripPossessive(words[0]!.text);
      if (!toks.some((t) => t !== words[0] && stripPossessive(t.text) === w && !startsSentence(t))) continue;
    }
    raw.push({ words, prefix });
  }

  return foldAliases(candidates(text, raw, countries, singleWords));
}

/** One candidate per distinct name of the runs, typed by its words and what stands before it, with its bracketed acronym as alias. */
function candidates(
  text: string,
  raw: readonly NameRun[],
  countries: Readonly<Record<string, string>>,
  singleWords: boolean,
): NameCandidate[] {
  const byName = new Map<string, NameCandidate>();
  const order: NameCandidate[] = [];
  for (const { words, prefix } of raw) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const name = stripPossessive(text.slice(first.start, last.end));
    const multi = words.length > 1;
    if (!multi && !singleWords) continue;
    if (!multi && (CALENDAR.has(name) || NON_NAMES.has(name) || ADJECTIVE.test(name) || isDemonym(name))) continue;
    let c = byName.get(name);
    if (!c) {
      const title = prefix.length > 0 ? text.slice(prefix[0]!.start, prefix[prefix.length - 1]!.end) : null;
      const prefixCountry = prefix.map((t) => countries[t.text]).find(Boolean) ?? null;
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      const based = /([\p{Lu}][\p{L}.]+)-based\s+(?:[\p{L}]+\s+){0,2}$/u.exec(before);
      const type: EntityType | null =
        Object.hasOwn(countries, name) && !ADJECTIVE.test(name)
          ? 'country'
          : title
            ? 'person'
            : COMPANY.test(name)
              ? 'company'
              : GOVERNMENT.test(name)
                ? 'government_body'
                : ORGANIZATION.test(name)
                  ? 'organization'
                  : null;
      c = {
        name,
        start: first.start,
        aliases: [],
        type,
        // A demonym opening the name ("Chinese Embassy") is a country hint too.
        country:
          type === 'country'
            ? countries[name]!
            : (prefixCountry ??
              (based ? (countries[based[1]!] ?? null) : ADJECTIVE.test(first.text) ? (countries[first.text] ?? null) : null)),
        title,
      };
      byName.set(name, c);
      order.push(c);
    }
    // "People’s Republic of China (PRC)": the bracketed acronym is an alias.
    const acr = /^\s*\(\s*[“"]?(\p{Lu}[\p{Lu}.]{1,9})[”"]?\s*\)/u.exec(text.slice(last.end));
    if (multi && acr && !c.aliases.includes(acr[1]!)) c.aliases.push(acr[1]!);
  }
  return order;
}

/**
 * Folds aliases: an acronym already linked, another name of the same country, or one word of
 * a (possible) person's name used alone ("Blinken", "Xi").
 */
function foldAliases(order: readonly NameCandidate[]): NameCandidate[] {
  const foldsInto = (o: NameCandidate, c: NameCandidate) =>
    o !== c &&
    (o.aliases.includes(c.name) ||
      (o.type === 'country' && c.type === 'country' && o.country === c.country && o.start < c.start) ||
      (!c.name.includes(' ') && (o.type === 'person' || o.type === null) && o.name.includes(' ') && o.name.split(' ').includes(c.name)));
  const result: NameCandidate[] = [];
  for (const c of order) {
    const owner = order.find((o) => foldsInto(o, c) && !order.some((p) => foldsInto(p, o)));
    if (owner) {
      if (!owner.aliases.includes(c.name)) owner.aliases.push(c.name);
      continue;
    }
    result.push(c);
  }
  return result;
}
