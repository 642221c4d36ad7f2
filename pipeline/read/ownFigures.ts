/**
 * An official text's own figures (docs/curation.md, "Conventions settled in session 15", 6): in a
 * release, alert, notice, bulletin or statement an institution issues, the figures it credits to
 * itself or its own work ("SECO notes that …", "Finnish Customs estimates …", "FinCEN's analysis of
 * trade data indicates …", "Risk analysis by the Customs Department shows …", "our data show", "the
 * ministry said") are its own: no attribution. A figure it credits to another body ("according to
 * the Turkish Statistical Institute", "Eurostat data analysed by the Department") keeps those words;
 * a speech, hearing, interview or press conference is no issuer's text (its figures take the speaker).
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { demonymOf, isDemonymWord } from './countries.js';
import { opensParagraph } from './sentences.js';

/** How far into a text its heading lines and first sentence reach. */
const OPENING = 700;

/** A heading of spoken words: their figures are the speaker's. */
const SPOKEN =
  /\b(?:Remarks|Speech|Testimony|Interview|Press Conference|Briefing|Hearing|Transcript|Podcast|Episode|Keynote|Commentary|Op-ed|Opinion|Analysis|Explainer|Newsletter|Factbox|FACTBOX|By\s+[A-Z][a-z]+)\b/;
/** "Statement by the Press Secretary of …", "Statement by the High Representative …": an office holder speaks (speaker.ts). */
const OFFICE_HOLDER =
  /\b(?:Statement|Remarks|Declaration|Message|Answer|Question)\s+(?:by|of|for|given by)\s+(?:the\s+)?(?:[A-Z][\p{L}-]*\s+){0,3}(?:Secretary|Representative|Spokes(?:person|man|woman)|Minister|President|Ambassador|Commissioner|Chair(?:man|woman)?|Director|Vice-President|Lord|Baroness)\b|\bWritten (?:question|answer)\b|\bQuestion for\b/u;
/** People who speak for a body ("Treasury officials", "the spokesperson"): a figure they give takes them. */
const PEOPLE =
  /\b(?:officials?|spokes(?:person|man|woman)|minister|secretary|analysts?|researchers?|economists?|experts?|staff|director|lawmakers?)\b/i;
/** Words that name a government body, a statistics or customs office or an international institution. */
const BODY =
  /\b(?:Ministry|MINISTRY|Department|DEPARTMENT|Office|OFFICE|Service|SERVICE|Customs|CUSTOMS|Committee|COMMITTEE|Commission|Council|Bureau|BUREAU|Agency|AGENCY|Government|Statistics|Statistical|STATISTICAL|Eurostat|Secretariat|Treasury|Administration|Directorate|Intelligence|INTELLIGENCE|Association)\b/;
/** A body's word where a name puts it: last, or before "of", "for", "under" ("Serbian Ministry Says …" is a headline). */
const BODY_IN_NAME = new RegExp(`${BODY.source}(?=\\s*$|\\s+(?:of|OF|for|FOR|under|on|and|in)\\b|\\s+\\p{Lu}{2,6}\\s*$)`, 'u');
/** A sentence-like line ends the heading lines. */
const SENTENCE_LINE = /[.!?]["”’]?\s*$/;
/**
 * "Commerce Adds 22 Entities …", "Treasury Targets …", "Council adopts …", "Canada imposes …": a heading whose subject acts;
 * "Customs Board stops 41 consignments …", "ADM seizes CNC machining centres …": an enforcement body's release on its own seizures.
 */
const ACTS =
  /^(?:[^\n:]{1,80}:\s+)?((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:[Aa]dopts|[Ii]mposes|[Ss]anctions|[Dd]esignates|[Aa]dds|[Ll]ists|[Ee]xtends|[Tt]argets|[Aa]nnounces|[Ss]trikes|[Pp]ublishes|[Rr]eleases|[Ss]eizes|[Ss]tops|[Dd]etains|[Ii]ntercepts|[Bb]locks|[Uu]ncovers)\b/u;
/** "FinCEN Alert on …", "SECO Notice …": an acronym issuing a kind of release. */
const ACRONYM_RELEASE =
  /^(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3}(?=\s+\p{Lu}[\p{L}]+\s+(?:on|about|regarding)\s))\s+(?:Alert|Advisory|Notice|Statement|Release|Fact Sheet|Bulletin|Update)\b/u;
/** A line that is a name: capitalized words and their connectors only ("Customs Department under the Ministry of Finance …"). */
const NAME_LINE = /^(?:(?:\p{Lu}[\p{L}.’'&-]*|of|the|and|for|on|under|in|&|de)\s*)+$/u;
/** "Press release of the German Machine Tool Builders' Association", "Statement by the Commission on …", "Digest of the Federal Customs Service". */
const RELEASE_OF =
  /^(?:Press release|News release|Statement|Digest|Bulletin|Notice|Release|Communiqu[eé])\s+(?:of|by|from)\s+the\s+([^\n]{3,80}?)(?=\s+(?:on|about|regarding)\s|\s*$)/imu;
/** "AGENCY:" a field's label, not a name. */
const BODY_WORD_ALONE = /^\p{Lu}+$/u;
/** A line that says the text is a release. */
const RELEASE_LINE =
  /^(?:FOR IMMEDIATE RELEASE|PRESS RELEASES?|Press [Rr]elease|News [Rr]elease|Media [Rr]elease|Media Note|Fact Sheet|FACT SHEET|Backgrounder)\b/;
/** A central bank or an international financial institution, whose name holds no body's word ("Deutsche Bundesbank", "INTERNATIONAL MONETARY FUND"). */
const BANK_OR_FUND = /(?:Bundesbank|Central Bank|National Bank|Reserve Bank|Development Bank|Monetary Fund|MONETARY FUND|CENTRAL BANK)$/;
/** "EBRD Regional Economic Prospects", "OECD TRADE POLICY NOTE": an institution's acronym over the kind of its publication. */
const ACRONYM_PUBLICATION =
  /^(\p{Lu}{2,6})\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Report|REPORT|Outlook|OUTLOOK|Prospects|PROSPECTS|Review|REVIEW|Note|NOTE|Brief|BRIEF|Paper|PAPER|Bulletin|BULLETIN)\b/u;
/** A comma before another body's name ("…, Bureau of Industry and Security"), not one inside a name ("Ministry of Trade, Industry and Energy"). */
const LIST_COMMA = new RegExp(`,\\s+(?=[^,]*${BODY.source})`, 'u');
/** Initials that are a currency's code ("U.S. Department of …" → "USD"), never a body's name. */
const CURRENCY = /^(?:USD|EUR|GBP|CNY|RUB|JPY|CAD|AUD)$/;
/** A country's name before a body's ("U.S. Department of Commerce", "New Zealand Ministry of …"), left out of its short name. */
const COUNTRY_FIRST = /^(?:United States|U\.S\.|US|United Kingdom|UK|New Zealand|Australian|Canadian)\s+(?=\p{Lu})/u;
/** "… on behalf of the EU": the body a statement speaks for. */
const ON_BEHALF = /\bon behalf of (?:the\s+)?((?:\p{Lu}[\p{L}.]*\s*){1,4})/u;
/** "The Department of Commerce's Bureau of Industry and Security (BIS) today added", "Today, the Department of the Treasury's Office … (OFAC) sanctioned". */
const ACTS_TODAY =
  /(?:^|\n)[^\n]{0,60}?\b(?:Today,\s+)?[Tt]he\s+((?:\p{Lu}[\p{L}]*|of|the|for|and|[’']s)(?:\s+(?:\p{Lu}[\p{L}]*|of|the|for|and)|[’']s)*(?:\s+\((\p{Lu}{2,6})\))?)\s+(?:today\s+)?(?:(?:is|are)\s+)?(?:added|adding|sanctioned|sanctioning|designated|designating|imposed|imposing|announced|adopted|published|released)\b/u;

export interface Issuer {
  /** The institution's names as the opening gives them, longest first (full names, parts, acronyms). */
  names: string[];
  /** The country whose voice the text speaks in ("The United States will continue …"), as its names. */
  country: string[];
  /** Each name as a word of a credit, and all its places in it; compiled once a text, read at each figure. */
  matchers: { at: RegExp; every: RegExp }[];
  /** A credit that is the issuer's country alone ("U.S. estimates", "the Government of Canada"); undefined for no country. */
  countryCredit: RegExp | undefined;
}

/** The patterns namesIssuer tries for the names and country of a text's issuer. */
function compiledIssuer(names: string[], country: string[]): Issuer {
  const matchers = names.map((n) => ({
    at: new RegExp(`(?:^|[^\\p{L}])${escape(n)}(?![\\p{L}])`, n.length > 6 ? 'iu' : 'u'),
    every: new RegExp(escape(n), n.length > 6 ? 'gi' : 'g'),
  }));
  const c = country.map(escape).join('|');
  // A country's adjective, for a credit in its voice ("Canadian analysis", "British estimates"): countries.ts's.
  const demonym = country.length > 0 ? (demonymOf(country[0]!) ?? (country[0] === 'European Union' ? EU_ADJECTIVE : undefined)) : undefined;
  // "Canadian analysis of partner-country trade data": the country's own work on data no other body is named for.
  const adjective = demonym
    ? `|${demonym}(?:\\s+government)?\\s+(?:analysis|estimates|assessment|calculations)(?:\\s+of\\s+[\\p{Ll}\\s-]+)?`
    : '';
  const countryCredit =
    country.length > 0
      ? new RegExp(
          `^(?:(?:${c})(?:\\s+government)?(?:\\s+(?:analysis|estimates?|assessment|data|figures))?|Government of (?:${c})${adjective})$`,
          'u',
        )
      : undefined;
  return { names, country, matchers, countryCredit };
}

const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['United States', 'U.S.', 'US'],
  ['United Kingdom', 'UK', 'U.K.'],
  ['European Union', 'EU'],
  ['Canada'],
  ['Japan'],
];
/** The EU's adjective, which the reader's countries leave out ("European" names no country where it stands alone). */
const EU_ADJECTIVE = 'European';

function addNames(into: Set<string>, name: string): void {
  const clean = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[,.;:]+$/, '');
  if (clean.length < 2) return;
  // A country acting ("Canada imposes …") is its voice, not a body's name.
  if (!BODY.test(clean) && !BANK_OR_FUND.test(clean) && !/^\p{Lu}[\p{L}]*\p{Lu}/u.test(clean) && clean !== 'Eurostat') return;
  into.add(clean);
  // "Customs Department under the Ministry of Finance of the Republic of Lithuania": the body before "under".
  const under = /^(.{4,60}?)\s+under\s+the\s+/.exec(clean);
  if (under && BODY.test(under[1]!)) into.add(under[1]!);
  // "the Department of Commerce's Bureau of Industry and Security": each body named in it.
  for (const part of clean.split(/[’']s\s+/)) if (part !== clean && BODY.test(part)) into.add(part.trim());
  // Acronyms of a name in capitals and small letters ("Bureau of Industry and Security (BIS)", "FinCEN"), never an all-capitals line's words.
  if (/\p{Ll}/u.test(clean)) {
    for (const acronym of clean.match(/\b\p{Lu}{2,6}\b|\b\p{Lu}[\p{Ll}]*\p{Lu}[\p{L}]*\b/gu) ?? []) into.add(acronym);
    // "Bureau of Industry and Security" is "BIS": the initials of its capitalized words.
    const initials = (clean.match(/\b\p{Lu}/gu) ?? []).join('');
    if (initials.length >= 3 && initials.length <= 6 && BODY.test(clean) && !CURRENCY.test(initials)) into.add(initials);
  }
  // "State Revenue Committee of the Republic of Armenia" is "the State Revenue Committee (SRC)"; "United States
  // Government Accountability Office" is "GAO": the body's own words, and their initials, are its names too.
  const ofCountry = clean.replace(/\s+of\s+\p{Lu}[\p{L}]+$/u, '');
  for (const own of [
    clean.replace(COUNTRY_FIRST, '').replace(/\s+of\s+the\s+.*$/, ''),
    ofCountry.split(/\s+/).length >= 3 ? ofCountry : clean,
  ])
    if (own !== clean && own.includes(' ') && BODY.test(own)) addNames(into, own);
  // "Department of the Treasury" → "Treasury"; "Department of Commerce" → "Commerce".
  const of = /\b(?:Department|Ministry)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+)$/u.exec(clean);
  if (of) into.add(of[1]!);
}

/**
 * A body's name in a heading line's part, without what follows it after a comma (a place, a country, the
 * publication's title: "Department of Foreign Affairs and Trade, Canberra", "Deutsche Bundesbank, Monthly
 * Report") and without its acronym in brackets, given apart ("Ministry of Trade, Industry and Energy (MOTIE)").
 */
function bodyName(part: string): { name: string; acronym: string | undefined } {
  const pieces = part.trim().split(/,\s+/);
  while (pieces.length > 1 && !BODY.test(pieces.at(-1)!) && !/\sand\s/.test(pieces.at(-1)!)) pieces.pop();
  const name = pieces.join(', ');
  const acronym = /\s*\((\p{Lu}{2,6})\)$/u.exec(name);
  return acronym ? { name: name.slice(0, acronym.index), acronym: acronym[1] } : { name, acronym: undefined };
}

/** The institution that issued the text, read from its heading lines and first sentence; undefined for no release. */
export function textIssuer(text: string): Issuer | undefined {
  const head = text.slice(0, OPENING);
  const lines: string[] = [];
  for (const line of head.split('\n')) {
    if (line.trim() === '') continue;
    if (SENTENCE_LINE.test(line) && line.length > 60) break;
    lines.push(line.trim());
    if (lines.length >= 8) break;
  }
  // "Statement by the High Representative on behalf of the EU": the EU issues it, its office holder speaks.
  if (lines.length === 0 || lines.some((l) => SPOKEN.test(l) || (OFFICE_HOLDER.test(l) && !ON_BEHALF.test(l)))) return undefined;
  const names = new Set<string>();
  let release = false;
  let acronymLine: string | undefined;
  for (const line of lines) {
    if (RELEASE_LINE.test(line) || ACTS.test(line)) release = true;
    const releaseOf = RELEASE_OF.exec(line);
    if (releaseOf) addNames(names, releaseOf[1]!);
    const behalf = ON_BEHALF.exec(line);
    if (behalf) addNames(names, behalf[1]!);
    const acts = ACTS.exec(line);
    if (acts) addNames(names, acts[1]!);
    if (OFFICE_HOLDER.test(line)) continue;
    const acronym = ACRONYM_RELEASE.exec(line);
    if (acronym) addNames(names, acronym[1]!);
    if (/^euro indicators$/i.test(line)) names.add('Eurostat');
    const publication = ACRONYM_PUBLICATION.exec(line);
    if (publication) names.add(publication[1]!);
    // A line that is a body's name ("DEPARTMENT OF COMMERCE", "Finnish Customs — Statistics release",
    // "From: Foreign, Commonwealth & Development Office", "Eurostat, 24 February 2025"), or a list of them
    // ("U.S. Department of Commerce, Bureau of Industry and Security, Office of Export Enforcement").
    const parts = line.replace(/^From:\s*/i, '').split(/\s+[—–|-]\s+|:\s+|,\s+(?=\d|\p{Lu}\p{Ll}+\s+\d)/u);
    const bare = parts[0]!.trim();
    const named =
      !releaseOf && !acts
        ? bare
            .split(LIST_COMMA)
            .map(bodyName)
            .filter(
              ({ name }) =>
                !BODY_WORD_ALONE.test(name) &&
                (BODY_IN_NAME.test(name) || BANK_OR_FUND.test(name)) &&
                name.split(/\s+/).length <= 12 &&
                NAME_LINE.test(name.replace(/,/g, '')),
            )
        : [];
    for (const { name, acronym } of named) {
      addNames(names, name);
      if (acronym) names.add(acronym);
    }
    // "FIOD" on a line of its own over "Fiscal Information and Investigation Service": the body's acronym.
    if (named.length > 0 && acronymLine) names.add(acronymLine);
    acronymLine = /^\p{Lu}{2,6}$/u.test(line) ? line : undefined;
    if (/^Eurostat\b/.test(line)) names.add('Eurostat');
  }
  // A release's first sentence names the body acting today: "The Department of Commerce's Bureau … (BIS) today added …".
  const first = names.size > 0 || release ? ACTS_TODAY.exec(text.slice(0, OPENING + 300)) : null;
  if (first) addNames(names, first[1]!.replace(/\s+\(\p{Lu}{2,6}\)$/u, ''));
  if (first?.[2]) names.add(first[2]);
  // "The Defence Intelligence of Ukraine (HUR) has completed …": the acronym the opening gives one of its names.
  for (const name of [...names])
    for (const m of text.slice(0, OPENING + 300).matchAll(new RegExp(`${escape(name)}\\s+\\((\\p{Lu}{2,6})\\)`, 'gu'))) names.add(m[1]!);
  const country = COUNTRY_NAMES.find((c) =>
    c.some((n) =>
      new RegExp(`(?:^|[\\s(])(?:The\\s+|the\\s+)?${n.replace(/\./g, '\\.')}\\s+(?:will|has|have|is|today|judges|notes|continues)\\b`).test(
        text,
      ),
    ),
  );
  // A release in a government's voice with no body named ("Canada imposes …", "News release") is its country's.
  if (names.size === 0 && !(release && country)) return undefined;
  return compiledIssuer(
    [...names].sort((a, b) => b.length - a.length),
    country ? [...country] : [],
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "our data", "we": the issuer's own work; not "our partners at Eurostat", another body the issuer works with. */
const OURS = /^(?:our|we)\b(?!\s+(?:partners|colleagues|counterparts|allies|friends)\b)/i;
/** Data that name no body, only their status: "preliminary data", "official figures", "the latest statistics". */
const UNOWNED_DATA =
  /^(?:(?:preliminary|provisional|official|latest|final|revised|operational|current|available)\s+)+(?:data|figures|statistics|estimates)(?:\s+(?:published|released)\s+(?:today|this\s+\w+))?$/i;
/** "the ministry", "the service", "the bureau": the issuer's own head noun. */
const HEAD_NOUN = /^the\s+(\p{L}+)(?:[’']s\s+(?:own\s+)?(?:analysis|assessment|calculations|data|estimates?|figures|statistics))?$/iu;
/** "the analysis", "the figures", "the same data": a source named before. */
const ANAPHOR = /^the\s+(?:same\s+)?(?:analysis|figures|data|estimates|review|count|statistics|assessment)$/i;
/** A common word capitalized only as the phrase's first: "Risk analysis by the Customs Department". */
const SENTENCE_FIRST = /^\s*(?:Risk|Data|Figures|Analysis|Estimates|Preliminary|First|Latest|New|Official|Trade|Statistics)\b/;
/** What may stand beside the issuer's name in its own work: demonyms and the words for data, not another body. */
const OTHER_NAME = /\b\p{Lu}[\p{L}]*\b/gu;
/** Capitalized words that name no other body: a country's adjective (countries.ts) or these. */
const PLAIN_CAPITAL = /^(?:Korean|Our|The|U\.S|US|UK|EU|HS|CHPL|PRC)$/;

function namesIssuer(phrase: string, issuer: Issuer): boolean {
  const bare = phrase.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (PEOPLE.test(bare)) return false;
  if (OURS.test(bare)) return true;
  // "According to preliminary data", "official figures published today show": in a release, data no one else owns are its own.
  if (UNOWNED_DATA.test(bare)) return true;
  // "the Statistics Office" of the "Statistics Office of the Republic of Moldova": a body's short name.
  if (bare.includes(' ') && BODY.test(bare) && issuer.names.some((n) => n.toLowerCase().startsWith(bare.toLowerCase()))) return true;
  const head = HEAD_NOUN.exec(phrase.trim());
  if (head && issuer.names.some((n) => new RegExp(`\\b${escape(head[1]!)}\\b`, 'i').test(n))) return true;
  for (const { at, every } of issuer.matchers) {
    if (!at.test(bare)) continue;
    // No other body's name beside it ("Eurostat data analysed by the Department").
    // The phrase's first word is capitalized as a sentence's: "Risk analysis by the Customs Department".
    const rest = bare.replace(every, ' ').replace(SENTENCE_FIRST, ' ');
    const others = (rest.match(OTHER_NAME) ?? []).filter(
      (w) => !PLAIN_CAPITAL.test(w) && !isDemonymWord(w) && !issuer.names.some((x) => x.includes(w)),
    );
    if (others.length === 0) return true;
  }
  // "U.S. estimates", "U.S. government analysis", "The UK", "the Government of Canada": the issuer's country.
  if (issuer.countryCredit) {
    const credited = bare.replace(/^(?:data|figures|estimates|analysis)\s+(?:compiled\s+|published\s+)?by\s+(?:the\s+)?/i, '');
    if (issuer.countryCredit.test(credited)) return true;
  }
  return false;
}

/** Who speaks for people, not a body: an office holder ("the Press Secretary of the President of …"), leaders, ministers. */
const SPEAKS_AS_PEOPLE =
  /\b(?:Secretary|Minister|Ministers|Representative|Spokes(?:person|man|woman)|President|Leaders?|Heads?|Ambassador|Commissioner|Chair(?:man|woman)?|Director|Senator|Governor)\b/;

/**
 * A statement its heading gives to a body ("Statement of the Ministry of Foreign Affairs on …", "Joint
 * Statement by the Ministry of Trade and Industry and Singapore Customs on …") is that body's own text,
 * whose figures credit no one (convention 6); an office holder or a group of people speaks, and keeps them.
 */
export function isBodySpeaker(phrase: string): boolean {
  return BODY.test(phrase) && !SPEAKS_AS_PEOPLE.test(phrase);
}

/** What stands before a joint text's authors: "We, the …", "Joint Statement (Declaration, Communiqué) of …". */
const JOINT_BEFORE = /(?:\bWe,|\b(?:Joint\s+(?:Statement|Declaration|Communiqu[eé])|Declaration|Communiqu[eé])\s+(?:by|of))\s+$/u;
const STATEMENT_BEFORE = /\bStatement\s+(?:by|of)\s+$/;
const GROUP = /\b(?:Leaders|Ministers|Heads)\b/;

/**
 * Leaders or ministers who speak as one ("We, the Leaders of the Group of Seven, …", "Statement of the Foreign
 * Ministers of …"): a joint statement, communiqué or declaration is an official text, its own figures credit no
 * one (curation.md, convention 12); its claims keep them as claimant (claimant.ts).
 */
function isJointAuthors(text: string, source: Attribution): boolean {
  const before = text.slice(Math.max(0, source.start - 40), source.start);
  return JOINT_BEFORE.test(before) || (STATEMENT_BEFORE.test(before) && GROUP.test(source.phrase));
}

/**
 * Whether the source of a figure in sentence `s` is the issuing institution's own work: its names,
 * its head noun, "our …", its country's voice, or "the analysis" whose source before it in the
 * paragraph was.
 */
export function isOwnFigureSource(ctx: TextContext, s: number, source: Attribution): boolean {
  if (source.cue === 'the speaker of the statement' && (isBodySpeaker(source.phrase) || isJointAuthors(ctx.text, source))) return true;
  const issuer = ctx.memo('textIssuer', 0, () => textIssuer(ctx.text));
  if (!issuer) return false;
  // "Prepared by Ainur Sadykova and Marco Bellini" under an institution's report: its staff wrote it, the figures are the institution's.
  if (source.cue === 'the author of the text') return true;
  // "Our data show …" inside a quotation is its speaker's.
  const lead = ctx.text.slice(ctx.spans[s]!.start, source.start);
  if (lead.includes('“') || lead.includes('"')) return false;
  if (namesIssuer(source.phrase, issuer)) return true;
  if (!ANAPHOR.test(source.phrase.trim())) return false;
  for (let k = s - 1; k >= 0 && k >= s - 8; k--) {
    const before = ctx.ownAttribution(k);
    if (before && !ANAPHOR.test(before.phrase.trim())) return namesIssuer(before.phrase, issuer);
    if (opensParagraph(ctx.text, ctx.spans, k)) break;
  }
  return false;
}
