/**
 * The three conventions settled in session 15 (docs/curation.md, "Conventions settled in session
 * 15"), as rules on a gold statistic's own words and its text, never on what the reader proposes:
 * 6. an official text's own figures have attributed_to null, even where the text names itself;
 * 7. an attribution carries to the later sentences of its paragraph until another source is named;
 * 8. a fiscal year is read as the country counts it (the other parts of convention 8 change no
 *    tuning gold: listed by conventions15.ts, not written).
 */
import { quoteAt } from './conventionRules13.js';

export type Convention15 = 'own-figures' | 'carried' | 'fiscal';

export interface GoldStat {
  quote: string;
  occurrence?: number;
  period?: unknown;
  attributed_to?: unknown;
}

const alternatives = (v: unknown): string[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

// --- Convention 6: an official text's own figures.

/**
 * The tuning texts that are an institution's own release, statement, notice or fact sheet, with the
 * words by which they credit themselves or their own work, and why (whether a text is the
 * institution's own is read from its heading and opening, by hand: no rule tells a press release
 * from a news report of it). A credit to another body ("according to Eurostat" in a Commission
 * statement, "HMRC data" in a DBT page) is left.
 */
export const OWN_RELEASES: Record<string, { own: RegExp; why: string }> = {
  'dev/s10-ministry-digest': {
    own: /Federal Customs Service/,
    why: 'the service’s own digest (heading “Digest of the Federal Customs Service”)',
  },
  'dev/s10c-association-release': { own: /association/i, why: 'the association’s own press release' },
  'dev/s7-bis-entity-list': { own: /^BIS$/, why: 'a BIS press release (“Commerce Adds 22 Entities …”, BIS acting today)' },
  'dev/s7-eu-council-15th': { own: /Council/, why: 'the Council’s press release (“Council adopts …”)' },
  'dev/s7-state-armenia-passive': { own: /Department/, why: 'the Department of State’s statement (its heading)' },
  'dev/s8-eurostat-quarters': { own: /Eurostat/, why: 'Eurostat’s release (“Eurostat, 24 February 2025” under the title)' },
  'dev/s8-kazakh-ministry-turnover': { own: /[Mm]inistry/, why: 'the ministry’s own release (its heading)' },
  'dev/s8-russia-fcs-half-year': { own: /Federal Customs Service/, why: 'the service’s own release (its heading)' },
  'dev/s8b-kyrgyz-ministry-trade': { own: /[Mm]inistry/, why: 'the ministry’s own release (its heading)' },
  'dev/sc9-commerce-release': { own: /Bureau/, why: 'a Department of Commerce press release crediting its own bureau' },
  'dev/sc9-eurostat-q1-2025': { own: /Eurostat/, why: 'Eurostat’s release (“Eurostat, 23 May 2025”)' },
  'dev/sc9-ons-bulletin': { own: /Office for National Statistics/, why: 'an ONS bulletin (its dateline)' },
  'dev/sc9-ons-sitc': { own: /Office for National Statistics/, why: 'an ONS bulletin (its dateline)' },
  'dev/s9-treasury-cnc-analysis': { own: /Treasury/, why: 'a Treasury statement crediting Treasury’s analysis' },
  'dev/s9-state-fact-sheet-estimates': {
    own: /U\.S\. estimates|Office of the Spokesperson/,
    why: 'a State Department fact sheet crediting U.S. estimates (its own government’s)',
  },
  'dev/s9-uk-dbt-parenthetical': { own: /Department for Business and Trade/, why: 'the department’s own page' },
  'dev/g9-statement-eu-chp-items': { own: /Commission/, why: 'the Commission’s statement crediting its own analysis (Eurostat kept)' },
  'dev/p8-statement-as-of-june': {
    own: /U\.S\. government analysis|^the analysis$/,
    why: 'a State Department media note crediting U.S. government analysis',
  },
  'dev/p8-official-year-ended-march': {
    own: /official figures|^the figures$/,
    why: 'a DBT statement crediting the official figures it publishes today (HMRC data kept)',
  },
  'dev/statement-eeas-figures': { own: /^The EU$/, why: 'a statement on behalf of the EU: “The EU notes …”' },
  'dev/s7-uk-sanctions-judges': { own: /^(?:The )?UK$/, why: 'an FCDO release: “The UK judges …”' },
  'heldout2/statement-bis-entity-list': { own: /^BIS$|bureau/i, why: 'a BIS press release (“Commerce Adds 37 Entities …”)' },
  'heldout2/statement-treasury-third-country': { own: /Treasury/, why: 'a Treasury press release (“Treasury Targets …”)' },
  'heldout4/statement-bis-central-asia': { own: /BIS/, why: 'a BIS press release (“Commerce Adds 23 Entities …”)' },
  'heldout5/bis-entity-list-additions': { own: /BIS/, why: 'a BIS press release crediting BIS analysis' },
  'heldout5/treasury-third-country-networks': { own: /Treasury/, why: 'a Treasury press release crediting a Treasury analysis' },
  'heldout6/bis-entity-list-final-rule': {
    own: /BIS|Bureau of Industry and Security/,
    why: 'a BIS rule crediting BIS analysis and estimates',
  },
  'heldout6/eurostat-eu-russia-trade-2025': { own: /Eurostat/, why: 'Eurostat’s euro indicators release' },
  'heldout6/treasury-drone-procurement-network': { own: /OFAC/, why: 'a Treasury press release crediting OFAC’s review' },
  'heldout10/h10-canada-sanctions': { own: /Government of Canada/, why: 'a Global Affairs Canada news release' },
  'fresh/statement-batch5-treasury-hk': { own: /Treasury/, why: 'a Treasury release: “Treasury estimates …”' },
};

/**
 * What convention 6 makes of a statistic's attribution in a text that is the institution's own:
 * null when every acceptable phrasing names the institution or its own work, those phrasings
 * dropped when only some do, undefined when none does.
 */
export function ownFigureAttribution(attributed: unknown, own: RegExp): string[] | null | undefined {
  const alts = alternatives(attributed);
  const kept = alts.filter((a) => !own.test(a));
  if (alts.length === 0 || kept.length === alts.length) return undefined;
  return kept.length === 0 ? null : kept;
}

/** A heading that makes a text spoken words or an office holder's: its figures take the speaker. */
const SPOKEN =
  /\b(?:Remarks|Speech|Testimony|Interview|Press Conference|Briefing|Hearing|Address|Transcript|Podcast|Episode|Commentary|Opinion|Analysis|Explainer|Newsletter|Factbox|Letter|Written (?:question|answer)|Question for)\b|\b(?:Statement|Remarks|Answer)\s+(?:by|of|given by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Secretary|Representative|Spokes\w+|Minister|President|Ambassador|Commissioner|Chair\w*|Director|Vice-President)\b/i;
/** Sentence punctuation ends the opening's heading lines. */
const SENTENCE_END = /[.!?]["”’]?\s*$/;
/** Words that name a government body, a statistics or customs office or an international institution (not a think tank or a firm). */
const OFFICIAL_BODY =
  /\b(?:Ministry|MINISTRY|Department|DEPARTMENT|Office|OFFICE|Service|SERVICE|Customs|CUSTOMS|Committee|COMMITTEE|Commission|Council|Bureau|Agency|Government|Statistics|Statistical|STATISTICAL|Eurostat|Secretariat|Treasury|Administration|Embassy|Directorate|Intelligence|INTELLIGENCE|Association)\b/;
/** A part of a heading line that is a name: capitalized words and their connectors only. */
const NAME_PART = /^(?:(?:\p{Lu}[\p{L}.’'&-]*|of|the|and|for|on|under|in|&)\s*)+$/u;
/** "The United States will continue …": the country a government's text speaks for. */
const COUNTRY_VOICE =
  /\b(?:The|the)\s+(United States|UK|United Kingdom|EU|European Union|Canada|Japan)\s+(?:will|has|have|is|today|judges|notes|continues)\b/;
const COUNTRY_WORDS: Record<string, string> = {
  'United States': 'U\\.S\\.|US|United States',
  UK: 'UK|United Kingdom',
  'United Kingdom': 'UK|United Kingdom',
  EU: 'EU|European Union',
  'European Union': 'EU|European Union',
  Canada: 'Canada',
  Japan: 'Japan',
};
/** People who speak for a body: a figure they give takes them. */
const PEOPLE_WORDS = /\b(?:officials?|spokes\w+|minister|secretary|analysts?|researchers?|economists?|experts?|staff|lawmakers?)\b/i;
/** The words around a body's name in a credit to its work: "BIS analysis of …", "the first estimates published by Eurostat". */
const WORK =
  /^(?:(?:a|an|the)\s+)?(?:(?:first|preliminary|latest|new|own)\s+)?(?:(?:risk\s+)?analysis|estimates?|review|figures|data|count|calculations?|statistics|records)(?:\s+of\s+[^,]*?)?\s+(?:by|from|published by|compiled by|of)\s+(?:the\s+)?|(?:[’']s)?\s+(?:(?:own|preliminary|first)\s+)?(?:(?:risk\s+)?analysis|estimates?|review|figures|data|count|calculations?|statistics|records)(?:\s+of\s+.*)?$/gi;

/** The bodies a text's opening names as its issuer (heading lines, a dateline, a body acting "today" in its first sentence). */
export function openingBodies(text: string): string[] | undefined {
  const heading: string[] = [];
  let bodyStart = 0;
  for (const line of text.split('\n')) {
    bodyStart += line.length + 1;
    if (line.trim() === '') continue;
    if (SENTENCE_END.test(line) && line.length > 60) {
      bodyStart -= line.length + 1;
      break;
    }
    heading.push(line.trim());
    if (heading.length >= 8) break;
  }
  if (heading.some((l) => SPOKEN.test(l))) return undefined;
  const bodies: string[] = [];
  for (const line of heading) {
    if (/^euro indicators$/i.test(line)) bodies.push('Eurostat');
    if (/^(?:Data|Source|Sources)\s*:/i.test(line)) continue;
    for (const part of line
      .replace(/^From:\s*/i, '')
      .split(/\s+[—–|-]\s+|:\s+|,\s+(?=\d|\p{Lu}\p{Ll}+\s+\d)|\s+(?:of|by)\s+the\s+(?=\p{Lu})/u))
      if (OFFICIAL_BODY.test(part) && part.split(/\s+/).length <= 12 && NAME_PART.test(part.trim())) bodies.push(part.trim());
    const acronym =
      /^(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*|[A-Z][a-z]+)\s+(?:Alert|Advisory|Notice|Statement|Release|Bulletin|Targets|Adds)\b/u.exec(line);
    if (acronym) bodies.push(acronym[1]!);
  }
  const first = text.slice(bodyStart, bodyStart + 400);
  const acts =
    /\bToday,\s+the\s+([^.,;]{3,120}?)\s+(?:\((\p{Lu}{2,6})\)\s+)?(?:added|sanctioned|designated|imposed|announced|adopted)\b|\b[Tt]he\s+([^.,;]{3,120}?)\s+(?:\((\p{Lu}{2,6})\)\s+)?today\s+(?:added|sanctioned|designated|imposed|announced|adopted)\b/u.exec(
      first,
    );
  const actor = acts?.[1] ?? acts?.[3];
  if (actor && OFFICIAL_BODY.test(actor)) {
    bodies.push(...actor.split(/[’']s\s+/));
    if (acts![2] ?? acts![4]) bodies.push((acts![2] ?? acts![4])!);
  }
  if (bodies.length === 0) return undefined;
  const voice = COUNTRY_VOICE.exec(text);
  if (voice) bodies.push(`voice:${voice[1]!}`);
  return bodies;
}

/** Whether one acceptable phrasing of a credit names an issuer's body or its own work. */
function namesOpeningBody(alternative: string, bodies: readonly string[]): boolean {
  if (PEOPLE_WORDS.test(alternative)) return false;
  if (/^(?:our|we)\b/i.test(alternative)) return true;
  const voice = bodies.find((b) => b.startsWith('voice:'));
  if (voice) {
    const c = COUNTRY_WORDS[voice.slice(6)]!;
    if (
      new RegExp(
        `^(?:the\\s+)?(?:(?:${c})(?:\\s+government)?(?:\\s+(?:analysis|estimates?|assessment|data|figures))?|(?:data compiled by\\s+)?(?:the\\s+)?Government of (?:${c}))$`,
        'i',
      ).test(alternative.trim())
    )
      return true;
  }
  const name = alternative
    .replace(WORK, '')
    .replace(/^the\s+/i, '')
    .trim();
  if (name.length < 2) return false;
  const lower = name.toLowerCase();
  return bodies.some((b) => {
    const body = b.replace(/^the\s+/i, '').toLowerCase();
    if (
      body === lower ||
      (body.includes(lower) && (lower.length > 6 || /^[A-Z]{2,6}$/.test(name) || new RegExp(`\\b${lower}\\b`).test(body)))
    )
      return true;
    const acronym = /\((\p{Lu}{2,6})\)/u.exec(b);
    // "BIS" for the Bureau of Industry and Security: the initials of its capitalized words.
    const initials = (b.match(/\b\p{Lu}/gu) ?? []).join('');
    return acronym?.[1] === name || (/^\p{Lu}{2,6}$/u.test(name) && initials === name);
  });
}

/**
 * For sets no hand list covers (validation and test sets, counted only): the acceptable phrasings of
 * a statistic's credit that name a body the text's opening gives as its issuer, or its own work
 * ("BIS analysis of …", "the first estimates published by Eurostat", "the ministry", "our data"),
 * in a text that is no speech. The hand list's texts are the check: see conventions15.test.ts.
 */
export function headingOwnFigure(text: string, attributed: unknown): string[] | null | undefined {
  const alts = alternatives(attributed);
  if (alts.length === 0) return undefined;
  const bodies = openingBodies(text);
  if (!bodies) return undefined;
  const kept = alts.filter((a) => !namesOpeningBody(a, bodies));
  if (kept.length === alts.length) return undefined;
  return kept.length === 0 ? null : kept;
}

// --- Convention 7: an attribution carries to the later sentences of its paragraph.

/** Words that name a source or speaker of their own: a sentence with them is not carried to. */
const OWN_SOURCE =
  /\b(?:according to|said|says|say|told|tells|estimates?|estimated|reported|reports|found|finds|shows?|showed|show|indicates?|indicated|notes?|noted|cited|citing|compiled by|calculat\w+|assess\w*|data|figures|statistics)\b/i;

/** The paragraph of a position: a blank line ends it, and so does a line break before a list's item or a numbered point. */
export function paragraphStart(text: string, at: number): number {
  let start = text.lastIndexOf('\n\n', at);
  start = start < 0 ? 0 : start + 2;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1))
    if (/^\s*(?:[-*•]|\d{1,2}[.)])\s/.test(text.slice(nl + 1, nl + 6))) start = nl + 1;
  return start;
}

/** The start of the sentence holding a position (a full stop and a space before a capital, or a line start). */
export function sentenceStart(text: string, at: number, floor: number): number {
  for (let k = at; k > floor; k--) {
    if (text[k - 1] === '\n') return k;
    if (/[.!?]["”’]?\s$/.test(text.slice(Math.max(floor, k - 3), k)) && /[A-Z“"‘(]/.test(text[k] ?? '')) return k;
  }
  return floor;
}

export interface Carry {
  /** The attribution the statistic takes. */
  value: unknown;
  from: string;
}

/** "According to the Turkish Statistical Institute (TurkStat), …" opening a sentence: the words credited. */
const ACCORDING_TO = /(?:^|[.!?]["”’]?\s+)According to ([^,]{3,120}?(?:, Trade and Industry)?(?: \([^)]{2,30}\))?),/g;

/**
 * The attribution a null-attributed statistic takes from the sentences before it in its paragraph:
 * the nearest statistic with an attribution whose words stand in that statistic's own sentence, or
 * a sentence opening "According to X," with no statistic of the gold, when no sentence from there to
 * the figure's own names another source or speaker. Undefined when there is none.
 */
export function carriedAttribution(text: string, stats: readonly GoldStat[], index: number): Carry | undefined {
  const g = stats[index]!;
  if (alternatives(g.attributed_to).length > 0) return undefined;
  const at = quoteAt(text, g.quote, g.occurrence ?? 1);
  if (!at) return undefined;
  const para = paragraphStart(text, at.start);
  const own = sentenceStart(text, at.start, para);
  const credits: { from: number; end: number; value: unknown; words: string[]; label: string }[] = [];
  for (const s of stats) {
    const sAt = quoteAt(text, s.quote, s.occurrence ?? 1);
    const alts = alternatives(s.attributed_to);
    if (!sAt || sAt.start < para || sAt.start >= own || alts.length === 0) continue;
    const from = sentenceStart(text, sAt.start, para);
    const end = sentenceEnd(text, sAt.end);
    const sentence = text.slice(from, end).toLowerCase();
    // Carried itself, or a speaker of the whole text: no credit of this paragraph.
    if (!alts.some((a) => sentence.includes(a.toLowerCase()))) continue;
    credits.push({ from, end, value: s.attributed_to, words: alts, label: s.quote });
  }
  const head = text.slice(para, own);
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(head); m !== null; m = ACCORDING_TO.exec(head)) {
    const from = para + m.index + m[0].indexOf('According');
    const end = sentenceEnd(text, from);
    // A sentence whose own statistic the gold leaves unattributed (the text's own figure) credits no one.
    if (
      stats.some((s) => {
        const sAt = quoteAt(text, s.quote, s.occurrence ?? 1);
        return sAt !== null && sAt.start >= from && sAt.start < end;
      })
    )
      continue;
    credits.push({ from, end, value: [m[1]!], words: [m[1]!], label: `According to ${m[1]!}` });
  }
  const last = credits.sort((a, b) => b.from - a.from)[0];
  if (!last) return undefined;
  const rest = text.slice(last.end, sentenceEnd(text, at.end));
  if (OWN_SOURCE.test(rest) && !last.words.some((a) => rest.toLowerCase().includes(a.toLowerCase()))) return undefined;
  return { value: last.value, from: last.label };
}

function sentenceEnd(text: string, at: number): number {
  const m = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  return m ? at + m.index + 1 : text.length;
}

// --- Convention 8: fiscal years as the country counts them.

/** The country whose fiscal year the words name, from the sentence's own country words. */
function fiscalCountry(sentence: string): 'JPN' | 'IND' | 'GBR' | 'USA' | undefined {
  if (/\bJapan(?:ese|'s|’s)?\b/.test(sentence)) return 'JPN';
  if (/\bIndia(?:n|'s|’s)?\b/.test(sentence)) return 'IND';
  // "U.S." and "U.K." end in a full stop, after which no word boundary stands before a space.
  if (/\b(?:UK|United Kingdom|British)\b|\bU\.K\./.test(sentence)) return 'GBR';
  if (/\b(?:US|United States|American|BIS|FinCEN|Commerce|Treasury)\b|\bU\.S\./.test(sentence)) return 'USA';
  return undefined;
}

/** The period a "fiscal YYYY" (or "fiscal year YYYY", "fiscal YYYY-YY") in the figure's sentence gives, where its country is known. */
export function fiscalPeriod(text: string, at: { start: number; end: number }): string | undefined {
  const from = sentenceStart(text, at.start, paragraphStart(text, at.start));
  const sentence = text.slice(from, sentenceEnd(text, at.end));
  const m = /\bfiscal(?:\s+year)?\s+(\d{4})(?:[-–/](\d{2,4}))?\b/i.exec(sentence);
  if (!m) return undefined;
  const country = fiscalCountry(sentence) ?? fiscalCountry(text.slice(paragraphStart(text, at.start), at.end));
  const y = Number(m[1]);
  if (country === 'USA') return `${y - 1}-10/${y}-09`;
  if (country === 'JPN' || country === 'IND' || country === 'GBR') return `${y}-04/${y + 1}-03`;
  return undefined;
}

/** "in the fiscal year", "the same fiscal year": the fiscal year of the statistic before. */
export const SAME_FISCAL_YEAR = /\b(?:the|that|same)\s+(?:same\s+)?fiscal\s+year\b(?!\s+\d)/i;
