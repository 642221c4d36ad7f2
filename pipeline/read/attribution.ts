/**
 * Who a sentence says gives its figures, in the text's words: "according to X" or a speaker
 * before (or, after a quotation, behind) a verb of saying or finding. A pronoun speaker is
 * resolved to the speaker of the sentence before, where there is one.
 */
import { DATELINE } from './dateline.js';
import { MONTH_NAMES } from '../extract/months.js';
import { asReportedBy, basedOn, bracketSource, passiveAgent, putsAt } from './sourceCues.js';
import type { Evidence } from './types.js';
import { isSpace, lastToken, lastWordsWithSpace } from './textEnds.js';

export interface Attribution {
  phrase: string;
  start: number;
  end: number;
  /** The verb or preposition that introduced it. */
  cue: string;
}

/**
 * An attribution built in one shape (the fields in this order), not by spreading a span: a spread
 * is slower, and its objects have other hidden classes than literals'.
 */
const said = (phrase: string, at: { start: number; end: number }, cue: string): Attribution => ({
  phrase,
  start: at.start,
  end: at.end,
  cue,
});

const SAY =
  'said|says|say|assess|believe|told|stated|states|estimated|estimates|estimate|found|finds|find|reported|reports|concluded|assessed|wrote|writes|write|argue|argues|argued|noted|notes|note|calculated|calculates|showed|shows|show|insists|insisted|insist|deny|claimed|claims|announced|added|adds|tell|tells|concludes|conclude|maintains|maintained|maintain|assesses|judges|judged|accused|accuses|accuse|suspects|alleged|confirmed|revealed|reveals|indicated|indicates|indicate|suggest|suggests|denies|denied|condemns|condemned|deplores|denounced|denounces|believes|identifies|alleges|allege|warned|warns|testified|gave\\s+evidence(?=\\s+that\\b)|counted|counts|admitted|admits|acknowledged|acknowledges|conceded|reject(?=\\s+the\\s+(?:idea|suggestion|notion)\\s+that\\b)|rejects(?=\\s+the\\s+(?:idea|suggestion|notion)\\s+that\\b)|rejected(?=\\s+the\\s+(?:idea|suggestion|notion)\\s+that\\b)|considers(?=\\s+(?:it\\s+(?:likely|probable|possible)\\s+)?that\\b)|consider(?=\\s+(?:it\\s+(?:likely|probable|possible)\\s+)?that\\b)|(?:stress(?:es|ed)?|emphasi[sz](?:es|ed|e)|underline[sd]?|reiterate[sd]?)(?=\\s+that\\b)';
const TRAILING_CLAUSE = new RegExp(
  `,\\s+((?:the\\s+|a\\s+|an\\s+)?[^,;“”"]{2,100}?)\\s+(?:has\\s+|have\\s+)?(${SAY})(?:\\s+(?:on|in|at|this|last|earlier|today|reporters|Reuters|a|an|the|its|his|her|their|from|after)\\b[^,;]*)?[.!]?\\s*$`,
  'u',
);
// Case-sensitive: "The United States" holds no verb "states".
// "an estimated 1,200", "its claims of neutrality": after an article or a possessive the word is no verb.
const VERB = new RegExp(`\\s(?:${SAY})\\b`, 'gu');
// "Some reports say", "dismissed reports that", "Commenting on reports": a quantifier, a verb or a preposition before the word makes it a noun;
// "have been found", "was reported", "is estimated at": a passive has no speaker before it;
// "Russia's reported imports": after a possessive the word is an adjective.
// The word must start after a letter-less boundary: "Ms Kalniņa said" ends on no article "a" (an ASCII \b would split it after "ņ").
const NOT_A_SPEAKER_BEFORE =
  /(?<![\p{L}\p{N}])(?:an?|the|its|their|his|her|our|your|my|some|many|several|these|those|such|media|news|press|dismissed|rejected|denied|cited|been|being|were|was|is|are|on|about|of|to|by|with|for|from|despite|amid)$|\p{L}[’']s$/iu;

const OPENING_QUANTIFIER = /^\s*(?:Several|Many|Most|Some|Others|A few)$/;

/** The first verb of saying in a sentence, read as a verb (checked by hand: a lookbehind in VERB slowed every sentence). */
function verbOfSaying(sentence: string): RegExpExecArray | null {
  // "“These defendants are accused of …,” said X": a verb inside the quotation the sentence opens with is the quoted words', not the sentence's.
  const quoted = quotationOpening(sentence);
  VERB.lastIndex = quoted;
  for (let m = VERB.exec(sentence); m !== null; m = VERB.exec(sentence)) {
    // "added 16 entities … to the Entity List": a listing, not a saying.
    if (
      (m[0].startsWith('add') || m[0].startsWith('add', 1)) &&
      ADDED_TO.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 120))
    )
      continue;
    // "Hong Kong added a further $600 million": an amount added, not a saying.
    if (
      (m[0].startsWith('add') || m[0].startsWith('add', 1)) &&
      ADDED_AMOUNT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      continue;
    // "the microchips found in Russian cruise missiles": a participle of where things were found, no saying.
    // (Not "the Foundation found in its analysis": a body's finding, told where it was made.)
    if (
      m[0] === ' found' &&
      FOUND_WHERE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16)) &&
      /\p{Ll}$/u.test(lastToken(sentence.slice(Math.max(0, m.index - 16), m.index)))
    )
      continue;
    // "South Caucasus states are the main routes", "the reports were": a plural noun before a verb, not a saying.
    // "EU member states bought …", "Gulf states", "participating states": "states" after "member" (or a region) is the noun.
    if (
      m[0] === ' states' &&
      /(?:member|Member|Gulf|Baltic|Arab|island|coastal|neighbouring|neighboring|participating)$/.test(
        sentence.slice(Math.max(0, m.index - 14), m.index),
      )
    )
      continue;
    if (PLURAL_NOUN_VERB.test(m[0]) && NOUN_NEXT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Research note | Eastern Trade Monitor | 4 March 2025": a header's field that names what the text is, not a saying.
    if (HEADER_FIELD_END.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // "What the administration says: A senior official told …": a run-in heading asks what is said, the sentence after it says who.
    if (sentence.charCodeAt(m.index + m[0].length) === 58 && RUN_IN_QUESTION.test(sentence.slice(0, m.index))) continue;
    // "Several said …", "Many told us …": a quantifier that opens the sentence is its subject, those the sentence before named.
    if (m.index <= 12 && OPENING_QUANTIFIER.test(sentence.slice(0, m.index)) && /^\s(?:said|say|says|told)$/.test(m[0])) return m;
    // Tried on the last word before the verb only (textEnds.ts: the same answer).
    if (!NOT_A_SPEAKER_BEFORE.test(lastToken(sentence.slice(Math.max(0, m.index - 10), m.index)))) return m;
  }
  return null;
}

/**
 * Where the quotation a sentence opens with closes, when a verb of saying follows it ("“…,” said X",
 * "\"…,\" the ministry said"); else 0. A quotation that runs to the sentence's end is left alone: its
 * own verbs are all the sentence has.
 */
function quotationOpening(sentence: string): number {
  const open = sentence.charCodeAt(0);
  if (open !== 0x201c && open !== 34) return 0;
  const close = open === 34 ? sentence.indexOf('"', 1) : sentence.indexOf('”', 1);
  if (close < 0 || !/^,?\s+\S/.test(sentence.slice(close + 1, close + 4))) return 0;
  VERB.lastIndex = close;
  return VERB.test(sentence) ? close : 0;
}

const FOUND_WHERE = /^\s+(?:in|inside|aboard|on\s+board|among)\s+(?!(?:its|their|his|her|our|a|an)\s)/;

/** The subject of a run-in heading that asks: "What the administration says:", "How Beijing sees it:". */
const RUN_IN_QUESTION = /^\s*(?:What|How|Why|Where)\s/;

/** ", Trade and Industry" closing a body's name ("Ministry of Economy, Trade and Industry"). */
const NAME_LIST_TAIL = /^,\s+(?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?=[,;.]|\s*$)/u;

/** Verbs of saying that are also plural nouns ("states", "reports", "estimates"). */
const PLURAL_NOUN_VERB = /^\s(?:states|reports|claims|notes|finds|estimates|counts|shows)$/;
/** A verb after the word makes it a noun, the sentence's subject. */
// "suspicious activity reports describing …": a participle after it too.
const NOUN_NEXT = /^\s+(?:are|were|have|had|remain|remained|describing|showing|covering|detailing|citing)\b/;

/** What closes a header's field: a bar, or the line's end with no sentence's punctuation. */
const HEADER_FIELD_END = /^[ \t]*(?:\||\n)/;

const ADDED_AMOUNT =
  /^\s+(?:a\s+further|another|an\s+additional|a\s+(?:record|net)|some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)?\s*[$€£¥\d]/;
const ADDED_TO = /^[^.;:]*?\bto\s+(?:the|its)\s+(?:\[?Entity List|[\p{L} ]*\blist)\b/iu;

const SOURCE_IN_BRACKETS =
  /\(((?:[^()]*?\s)?(?:data|statistics|figures|customs|report|survey|estimates?|calculations|analysis|database|Comtrade)\b[^()]{0,60}?)\s*\)\.?$/i;

/**
 * A name (two to four capitalized words, "the" before an honorific) and an apposition after it, closing a speaker
 * phrase: "X Y, the head of Z,"; also an office without an article, "the Honourable X Y, Minister of Foreign Affairs,".
 */
const NAME_BEFORE_APPOSITION =
  /(?<=^|,\s|[”"]\s|\s—\s|:\s)((?:the\s+(?=Honourable|Honorable|Hon\.|Right))?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})(?:\s+\([^()]{1,30}\))?,\s+(?:(?:the|a|an|one\s+of)\s+[^,;“”"]{2,60}|(?:(?:Deputy|Vice|Acting|Chief|Senior|Foreign|Prime|Trade|Defence|Defense)\s+)*(?:Minister|Secretary|Director|Head|Chair|Chairman|Chairwoman|President|Spokesperson|Spokesman|Spokeswoman|Ambassador|Commissioner|Governor|Envoy)\b[^,;“”"]{0,60}),\s*$/u;

/** Auxiliaries and adverbs between a speaker and the verb: "China has repeatedly said". */
const TRAILING =
  /\s+(?:has|have|had|also|further|repeatedly|publicly|consistently|firmly|flatly|previously|recently|again|earlier|later|then|first|now|would|will|may|might|could|categorically|strongly|today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/i;
const PRONOUN = /^(?:I|we|he|she|they|it|you)$/i;
/** "…, at a rate we estimate at 2,500 a month": a noun and a pronoun that says something of it is a clause on that noun, no speaker. */
const CONTACT_CLAUSE = /\S\s+(?:I|we|they)$/;
/** "What I can tell you is that", "What we can say is": the pronoun speaks. */
const CLEFT = /^What\s+(I|we)\s+(?:can|could|would|will|must|want\s+to|wish\s+to)$/i;
/** When the source was released is no part of who it is: "Chinese customs data released on Friday". */
const RELEASED =
  /\s+(?:(?:released|published|issued|made public)(?:\s+(?:on|last|this|earlier this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month))?|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/;

const MONTH = `(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\s+`;
const MONTH_WORD = `(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const PART_SCOPE = new RegExp(
  `\\s+(?:for|covering|on)\\s+the\\s+(?:(?:first|second|third|fourth|last|past|latest)\\s+(?:quarter|half|(?:\\w+\\s+)?months)|${MONTH_WORD}\\s*[-–]\\s*${MONTH_WORD}\\s+(?:quarter|period))$`,
);
const SCOPE = new RegExp(
  `\\s+(?:between|from|covering)\\s+(?:${MONTH})?(?:19|20)\\d\\d\\s*(?:and|to|through|–|-)\\s*(?:${MONTH})?(?:19|20)\\d\\d$`,
);

const IN_WORDS =
  /^In\s+(?:(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})[’']s?\s+(?:words|view|assessment|account|estimation)|the\s+(?:words|view|assessment)\s+of\s+((?:the\s+)?[^,;]{2,60}?)),\s/u;

/** "a charge Tehran denies", "an accusation Beijing rejects": a clause on the claim, not its speaker. */
const CHARGE = /^(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion|report)s?\s/i;

/** A speaker's anonymity set off after the clause that names them. */
const ANONYMOUS_ASIDE =
  /,\s+(?:speaking\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)|who\s+(?:spoke|asked)\s+(?:on\s+condition\s+of\s+anonymity|not\s+to\s+be\s+named)|declining\s+to\s+be\s+named)[^,]*$/;

// "…, estimates the Helsinki-based Centre for …": a body's verbs of finding put it after them too.
const INVERTED_VERB =
  /^(?:said|says|added|adds|noted|notes|wrote|writes|argued|argues|estimates|estimated|calculates|calculated|finds|found)$/;
/**
 * A name, or "the" and a few words, closing its clause after the verb: "said Maria Shagina, a …", "said the ministry.";
 * a name may be followed by where or when it wrote ("writes Maria Snegovaya in a new analysis for …").
 */
const INVERTED_SPEAKER =
  /^\s+((?:the\s+(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:for|of|on|and)\s+)?\p{Lu}[\p{L}.’'-]*){1,6})|(?:the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})|(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}))(?=\s*[,;]|\.?\s*$|(?<=\p{Lu}[\p{L}.’'-]*)\s+(?:in|on|at|for|last|this|earlier)\s)/u;

// "The Minister for Europe (Anthony Greaves): ": an office's words for and of too.
const QA_LABEL =
  /^(?:[QA]|Question|Answer|\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:for|of|and|the)\s+)?\p{Lu}[\p{L}.’'-]*){0,4})(?:\s*\([^)]{1,60}\))?:\s+/u;

/**
 * A figure or a verb in a speaker means the phrase was cut wrongly. A digit after a capital is a
 * name's ("The G7"); a year names the source's scope ("Our analysis of customs records for 2023").
 * The years are taken out, and the digit looked for, only in a phrase with a digit (most have none).
 */
const DIGIT_NOT_IN_NAME = /(?<!\p{Lu})\d/iu;
// A modal or "been" too: "Who knows how many lives could have been spared if X had concluded …" is a clause.
const CLAUSE_VERB = /\b(?:rose|fell|grew|jumped|reached|were|was|is|are|be|been|hit|could|would|should|might)\b/iu;
function notANounPhrase(phrase: string): boolean {
  const digit = /\d/.test(phrase);
  const bare = digit ? phrase.replace(/\b(?:19|20)\d\d\b/g, '') : phrase;
  return (digit && DIGIT_NOT_IN_NAME.test(bare)) || bare.includes('%') || CLAUSE_VERB.test(bare);
}

/** A title and a person's name (two or three capitalized words, no body's word) before "of" and an affiliation. */
const PERSON_OF =
  /^((?:[\p{L}.-]+\s+){0,3}?(?:Dr|Mr|Mrs|Ms|Prof|Professor|General|Secretary|Minister|Director|Ambassador|Commissioner|Senator|Governor|Chair|Chairman|Chairwoman|Spokesperson|Spokesman|Spokeswoman|President|Representative)\.?\s+(?!(?:Department|Ministry|Office|Bureau|Council|Committee|Service|Agency)\b)\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s+of\s+(?:the\s+)?\p{Lu}/u;

/** A part of the text itself: "the chart", "the second panel", "this table", "Figure 3". */
const OWN_EXHIBIT =
  /^(?:(?:the|this|our)\s+(?:[\p{Ll}-]+\s+)?(?:chart|panel|graph|graphic|map|table|figure|exhibit|box)(?:\s+\d+[a-z]?)?|(?:Table|Figure|Chart|Exhibit|Box|Panel|Graph)\s+\d+(?:\.\d+)?[a-z]?)$/iu;

/** The text itself ("this note estimates", "This report finds"; "this" where "note" was read as the verb). */
const THIS_TEXT = /^this(?:\s+(?:note|report|paper|study|chapter|section|brief|box))?$/i;

/** A numbered point's number and its run-in heading ("2.", "2. Shipments.") before its sentence's first word. */
const POINT_LABEL = /^\d{1,3}[.)]\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}[.:]\s+)?(?=\p{Lu})/u;

/** The characters `[\s,“”"‘’—–-]` trimmed off both ends of a speaker. */
function isEdgeMark(c: number): boolean {
  return (
    isSpace(c) ||
    c === 44 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 34 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45
  );
}

/**
 * `Math.max(s.lastIndexOf(', '), s.lastIndexOf('” '), s.lastIndexOf('," '), s.lastIndexOf(' — '))`
 * in one backward pass; a colon before a clause ("… controls in June: the State Revenue Committee reports") breaks as
 * a comma does; a spaced hyphen breaks as a dash does ("On China - Beijing says"; an en dash, as in
 * "Washington, DC – The U.S. government", is left as the curated readings were reviewed).
 */
export function lastSpeakerBreak(s: string): number {
  for (let i = s.length - 2; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (
      c === 44
        ? s.startsWith(' ', i + 1) || s.startsWith('" ', i + 1)
        : c === 58
          ? s.startsWith(' ', i + 1) && i > 0 && s.charCodeAt(i - 1) !== 32
          : c === 0x201d
            ? s.startsWith(' ', i + 1)
            : c === 32 && (s.startsWith(' — ', i) || s.startsWith(' - ', i))
    )
      return i;
  }
  return -1;
}

function trimPhrase(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && isEdgeMark(text.charCodeAt(s))) s++;
  while (e > s && (isEdgeMark(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 59 || text.charCodeAt(e - 1) === 58)) e--;
  if (text[e - 1] === '.' && !/(?:^|[\s(])(?:[A-Za-z]\.)+$/.test(text.slice(s, e))) e--;
  // Blanked Markdown before the full stop ("[… Economics](https://…).").
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  // A transcript's "Q:", "A:" or "AFP:", a label at the start of its line, is no part of the speaker.
  const phrase = text.slice(s, e);
  const qa = phrase.includes(':') ? QA_LABEL.exec(phrase) : null;
  if (qa) s += qa[0].length;
  // A wire dateline before the subject ("WASHINGTON (Reuters) - Chinese customs data show") is no part of it.
  const dateline = s === 0 || text[s - 1] === '\n' ? DATELINE.exec(text.slice(s, Math.min(e, s + 80))) : null;
  if (dateline) s += dateline[0].length;
  // A numbered point's number (and run-in heading) opens its sentence, not its speaker: "3. Dr Pryce further stated
  // that …"; "2. Shipments. We counted …" (listLabels.ts).
  const point = text.charCodeAt(s) <= 57 && text.charCodeAt(s) >= 48 ? POINT_LABEL.exec(text.slice(s, Math.min(e, s + 60))) : null;
  if (point) s += point[0].length;
  const lead = /^(?:and|but|that|while|as|so)\s+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  // TRAILING (alternatives of one or two words) is tried on the last two words and the whitespace
  // before them (textEnds.ts: the same match).
  for (
    let m = TRAILING.exec(lastWordsWithSpace(text.slice(s, e), 2));
    m !== null;
    m = TRAILING.exec(lastWordsWithSpace(text.slice(s, e), 2))
  )
    e -= m[0].length;
  // RELEASED ends in one of these letters (released, public, Friday, week, month), the acronym in a bracket.
  const last = text.charCodeAt(e - 1);
  const released = last === 100 || last === 99 || last === 121 || last === 107 || last === 104 ? RELEASED.exec(text.slice(s, e)) : null;
  if (released) e -= released[0].length;
  // The span of time a source covers is its scope, not its name: "Our analysis of customs records between January 2023
  // and June 2024" (a single year, "records for 2023", is kept, as session 7 read it).
  const scope = /\d$/.test(text.slice(s, e)) ? SCOPE.exec(text.slice(s, e)) : null;
  if (scope) e -= scope[0].length;
  // "Turkish data for the July-September quarter", "figures for the first half": a part of a year is the scope too.
  const part = /(?:quarter|half|months|period)$/.test(text.slice(s, e)) ? PART_SCOPE.exec(text.slice(s, e)) : null;
  if (part) e -= part[0].length;
  // "the Bureau of Industry and Security (BIS)": the acronym after the name is no part of it.
  const acronym = text.charCodeAt(e - 1) === 41 ? /\s+\([A-Z]{2,}\)$/.exec(text.slice(s, e)) : null;
  if (acronym) e -= acronym[0].length;
  if (e - s < 2 || e - s > 120) return undefined;
  return { start: s, end: e };
}

/**
 * The attribution of the sentence `text[from, to)`, or undefined; `previous` (asked only for a
 * pronoun speaker, so a text's sentences are not all read for the few that need it) resolves a pronoun.
 */
export function findAttribution(
  text: string,
  from: number,
  to: number,
  previous?: (pronoun: string) => Attribution | undefined,
  label?: (at: number) => Attribution | undefined,
): Attribution | undefined {
  // In a transcript, a sentence with no speaker of its own ("As I said…") is its label's.
  // "I would note that the industry association estimates that …": the source the speaker reports.
  const reports = text.charCodeAt(from) === 73 || text.charCodeAt(from) === 87 ? REPORTS_THAT.exec(text.slice(from, to)) : null;
  const inner = reports ? ownAttribution(text, from + reports[0].length, to) : undefined;
  if (inner && !FIRST_PERSON_SOURCE.test(inner.phrase)) return inner;
  const own = ownAttribution(text, from, to, previous);
  if (own === undefined) return label?.(from);
  // "Citing the Federal Customs Service, the paper said …": the outlet, named before, relays the body it names.
  if (OUTLET_ANAPHOR.test(own.phrase) && text.startsWith('Citing ', from)) {
    const cited = CITING.exec(text.slice(from, to));
    const span = cited ? trimPhrase(text, from + 7, from + 7 + cited[1]!.length) : undefined;
    if (span) return said(text.slice(span.start, span.end), span, 'citing');
  }
  // "Our analysis shows …", "Our data show …" under a speaker's label: the speaker's own work, credited to the speaker.
  return FIRST_PERSON_SOURCE.test(own.phrase) ? (label?.(from) ?? own) : own;
}

/** "the paper", "the agency": an outlet named before, which passes on what it cites. */
const OUTLET_ANAPHOR = /^the\s+(?:paper|newspaper|daily|outlet|agency|broadcaster|magazine|publication)$/i;
/** A named body cited ("Citing the Federal Customs Service, …"); unnamed "documents from …" stay the outlet's. */
const CITING = /^Citing\s+((?:the\s+)?\p{Lu}[^,;]{2,100}),\s/u;

/** A speaker passing on another's finding: "I would note that …", "We should point out that …". */
const REPORTS_THAT =
  /^(?:I|We)\s+(?:(?:would|should|must|can|might|also|just)\s+){0,2}(?:note|add|point\s+out|mention|recall|stress|remind\s+you)\s+that\s+/;

const ACCORDING_TO = /\b(?:according to|as per)\s+/i;
/** What "as per" credits: data, or a body's name. */
const AS_PER_SOURCE = /^(?:the\s+)?(?:(?:data|figures|statistics|estimates)\b|[A-Z])/;

/** A source in the first person ("Our analysis", "our data", "We"), not another body the speaker names ("our partners at Eurostat"). */
const FIRST_PERSON_SOURCE = /^(?:our|we|my|I)\b(?!\s+(?:partners|colleagues|counterparts|allies|friends)\b)/i;

function ownAttribution(
  text: string,
  from: number,
  to: number,
  previous?: (pronoun: string) => Attribution | undefined,
): Attribution | undefined {
  const sentence = text.slice(from, to);
  // "In Budanov's words, …", "In the view of the ministry, …": the one whose words or view they are.
  const inWords = sentence.startsWith('In ') ? IN_WORDS.exec(sentence) : null;
  if (inWords) {
    const name = inWords[1] ?? inWords[2]!;
    const at = from + inWords[0].lastIndexOf(name);
    return said(name, { start: at, end: at + name.length }, 'in the words of');
  }
  // "As per data of the Directorate General …" (Indian official English) credits as "according to" does; not "as per available information".
  const credit = ACCORDING_TO.exec(sentence);
  const acc =
    credit && (credit[0].charCodeAt(1) | 32) === 115 && !AS_PER_SOURCE.test(sentence.slice(credit.index + credit[0].length))
      ? null
      : credit;
  if (acc) {
    const s = from + acc.index + acc[0].length;
    // Up to the next clause: a comma, semicolon, dash or the end (an appositive is context).
    // A comma inside a number ("12,000 customs records") ends nothing; "and" before a capital continues a name ("HM Revenue and Customs"); before a clause it ends it.
    // A relative clause describes the source ("a senior U.S. official who briefed reporters"): it ends the name too.
    const rest = text.slice(s, to);
    let stop = /(?<!\d),|,(?!\d{3}\b)|[;—–]|\s(?:and(?!\s+[A-Z])|while|as|who|whose)\s/.exec(rest);
    // "the Ministry of Economy, Trade and Industry": a name whose last part lists its fields goes on past the comma.
    const tail =
      stop && rest[stop.index] === ',' && /\bof\s+\p{Lu}[\p{L}-]*$/u.test(rest.slice(0, stop.index))
        ? NAME_LIST_TAIL.exec(rest.slice(stop.index))
        : null;
    let end = stop ? s + stop.index : to;
    if (tail) {
      const after = stop!.index + tail[0].length;
      stop = /(?<!\d),|,(?!\d{3}\b)|[;—–]|\s(?:and(?!\s+[A-Z])|while|as|who|whose)\s/.exec(rest.slice(after));
      end = stop ? s + after + stop.index : to;
    }
    const span = trimPhrase(text, s, end);
    return span ? said(text.slice(span.start, span.end), span, 'according to') : undefined;
  }
  // A source in brackets closing the sentence: "… rose 40% in 2023, to $1.4 billion (Russian customs data)."
  if (sentence.charCodeAt(sentence.length - 1) === 41 || sentence.endsWith(').')) {
    const bracket = SOURCE_IN_BRACKETS.exec(sentence);
    if (bracket) {
      const span = trimPhrase(text, from + bracket.index + 1, from + bracket.index + 1 + bracket[1]!.length);
      if (span) return said(text.slice(span.start, span.end), span, 'a source in brackets');
    }
  }
  // Both readings below need a verb of saying (the closing clause's verb is one too).
  const verb = verbOfSaying(sentence);
  // "A rise was also found by the Bank of Finland": the verb is a passive's, its agent after "by" the source.
  const passive = verb && sentence.includes(' by ') ? passiveAgent(from, sentence) : undefined;
  if (passive && passive.start - from > verb!.index) return passive;
  if (!verb)
    return (
      publicationSubject(text, from, sentence) ??
      sayingParticiple(text, from, sentence) ??
      putsAt(from, sentence) ??
      basedOn(from, sentence) ??
      bracketSource(from, sentence) ??
      passiveAgent(from, sentence) ??
      possessiveView(from, sentence)
    );
  // "…, as reported by Kommersant": the source follows the verb.
  if (/\bas(?:\s+first)?$/.test(sentence.slice(Math.max(0, verb.index - 10), verb.index))) {
    const reported = asReportedBy(from, sentence);
    if (reported) return reported;
  }
  // A speaker clause closing the sentence: "…, the Council said." / "…, data from the UN Comtrade database show."
  // It holds no comma, so it can only start at the last one.
  // "…, an official said, speaking on condition of anonymity.": the aside after the speaker clause is left out.
  const aside = sentence.includes('anonym') || sentence.includes('not to be named') ? ANONYMOUS_ASIDE.exec(sentence) : null;
  const body = aside ? sentence.slice(0, aside.index) : sentence;
  const comma = body.lastIndexOf(',');
  const trailing = comma < 0 ? null : TRAILING_CLAUSE.exec(body.slice(comma));
  const trailingAt = comma + (trailing?.index ?? 0);
  // "…, a charge Tehran denies": who denies the charge does not tell the claim.
  if (trailing && !/[”"]\s*$/.test(sentence.slice(0, trailingAt + 1)) && !CHARGE.test(trailing[1]!)) {
    const s = from + trailingAt + trailing[0].indexOf(trailing[1]!);
    const span = trimPhrase(text, s, s + trailing[1]!.length);
    if (span) {
      const phrase = text.slice(span.start, span.end);
      if (PRONOUN.test(phrase)) {
        const p = previous?.(phrase);
        return p ? said(p.phrase, p, trailing[2]!) : undefined;
      }
      if (!/\d|%/.test(phrase) && !CONTACT_CLAUSE.test(phrase)) return said(phrase, span, trailing[2]!);
    }
  }
  const verbAt = from + verb.index;
  const cue = verb[0].trim();
  const head = text.slice(from, verbAt);
  // Wire English puts the speaker after the verb: "…, from 51% in the first, said Maria Shagina, a sanctions expert".
  if (/,\s*$/.test(head) && INVERTED_VERB.test(cue)) {
    const inverted = INVERTED_SPEAKER.exec(text.slice(verbAt + verb[0].length, to));
    if (inverted) {
      const s = verbAt + verb[0].length + inverted[0].length - inverted[1]!.length;
      const span = trimPhrase(text, s, s + inverted[1]!.length);
      if (span) return said(text.slice(span.start, span.end), span, cue);
    }
  }
  if ((head.includes('”') || head.includes('"')) && (/[”"]\s*,?\s*$/.test(head) || /[”"],?\s*$/.test(head))) {
    // After a quotation the speaker follows the verb: "“…,” said Liu Pengyu".
    const tail = /^\s*\S+\s+((?:[^,.;]|(?<=\s\p{Lu})\.)+)/u.exec(text.slice(verbAt, to));
    if (!tail) return undefined;
    const span = trimPhrase(text, verbAt + tail[0].length - tail[1]!.length, verbAt + tail[0].length);
    return span ? said(text.slice(span.start, span.end), span, cue) : undefined;
  }
  // A relative clause between the speaker and the verb belongs to the speaker: "X, who …, said".
  // "Experts … examined the wreckage and found": the subject of the first of two coordinated verbs.
  const coordinated = /\sand\s*$/.test(head) ? /^(.*?\S)\s+\p{Ll}+ed\s/u.exec(head) : null;
  const subject = coordinated ? coordinated[1]! : head;
  // Both asides open with a comma.
  const speaker = !subject.includes(',')
    ? subject
    : subject
        .replace(
          /,\s+(?:who|which|citing|using|speaking|published|released|written|prepared|compiled|commissioned|issued|funded|based\s+on|drawing\s+on|relying\s+on)\b[^]*$/u,
          '',
        )
        .replace(/,\s+(?:for (?:its|their|his|her) part|in turn|in response|however|meanwhile),?\s*$/u, '');
  let lastBreak = lastSpeakerBreak(speaker);
  // "WASHINGTON, May 3 (Reuters) - Chinese customs data show": the dateline's comma is no speaker break.
  const dateline = from === 0 || text[from - 1] === '\n' ? DATELINE.exec(speaker) : null;
  if (dateline && lastBreak + 2 < dateline[0].length) lastBreak = dateline[0].length - 2;
  // "Kyrylo Budanov, the head of the directorate, told": the name an apposition describes speaks.
  const appositive = lastBreak > 0 && /,\s*$/.test(speaker) ? NAME_BEFORE_APPOSITION.exec(speaker) : null;
  if (appositive) lastBreak = appositive.index - 2;
  const span = trimPhrase(
    text,
    from + (lastBreak >= 0 ? lastBreak + 2 : 0),
    from + (appositive ? appositive.index + appositive[1]!.length : speaker.length),
  );
  if (!span) return undefined;
  // "What the administration says: A senior State Department official told": a run-in heading before a colon is no part of the speaker.
  const colon = text.lastIndexOf(': ', span.end);
  if (colon >= span.start) span.start = colon + 2;
  // "The remarks came after U.S. officials said": the speaker is the subject of the subordinate clause.
  const sub = / (?:after|when|before|because|since|although|though|once|until) (?=\S)/.exec(text.slice(span.start, span.end));
  if (sub) span.start += sub.index + sub[0].length;
  const phrase = text.slice(span.start, span.end);
  // "What I can tell you is that …": a cleft whose speaker is the pronoun in it.
  const cleft = CLEFT.exec(phrase);
  if (cleft) {
    const p = previous?.(cleft[1]!);
    return p ? said(p.phrase, p, cue) : undefined;
  }
  // "we assess that", "we believe": the speaker's own side, read from who speaks (a label, a heading), not a pronoun before.
  if ((cue === 'assess' || cue === 'believe') && /(?:^|[:\s])(?:we|I)$/i.test(phrase)) return undefined;
  if (PRONOUN.test(phrase)) {
    const p = previous?.(phrase);
    return p ? said(p.phrase, p, cue) : undefined;
  }
  // A speaker is a noun phrase, not a clause; "As alleged, …" names no one.
  if (notANounPhrase(phrase) || CONTACT_CLAUSE.test(phrase) || /^(?:as|so|thus|also)$/i.test(phrase)) return undefined;
  // "The second panel shows …", "Table 2 shows …": the text's own exhibit, whose figures are the text's own.
  if (OWN_EXHIBIT.test(phrase) || THIS_TEXT.test(phrase)) return undefined;
  return said(phrase, span, cue);
}

/**
 * A publication that is the sentence's subject speaks even with a verb that is not one of saying:
 * "A new paper by the Peterson Institute for International Economics breaks down China's exports …";
 * also data a body compiled: "Figures compiled by the Kyiv School of Economics put Russia's imports … at".
 */
const PUBLICATION =
  /^(?:(?:A|An|The|This)\s+)?(?:(?:new|latest|recent|annual|joint|forthcoming|working)\s+)*(?:paper|report|study|brief|analysis|survey|review|assessment|investigation|commentary)\s+(?:by|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*)*/u;
/** Data a body compiled, as the subject: "Figures compiled by the Kyiv School of Economics put …". */
const DATA_BY =
  /^(?:[\p{L}’'-]+\s+){0,2}?(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Ee]stimates|[Rr]ecords)\s+(?:compiled|gathered|collected|analy[sz]ed)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*)*/u;

/**
 * The text's own publication with a verb of presenting, its publisher aside: "This working paper,
 * published by X, follows shipments …", "The paper also documents deliveries …".
 */
const PUBLICATION_PRESENTS =
  /^((?:The|This)\s+(?:(?:new|latest|recent|annual|joint|working)\s+)*(?:paper|report|study|brief|analysis|commentary|review|assessment|investigation))(?:,\s+[^,;]{3,80},)?\s+(?:also\s+)?(?:documents|identifies|follows|traces|details|describes|lists|shows|examines|tracks|records|counts)\b/u;

function publicationSubject(text: string, from: number, sentence: string): Attribution | undefined {
  const presents = sentence.charCodeAt(0) === 84 ? PUBLICATION_PRESENTS.exec(sentence) : null;
  // "compiled by", "analysed by": every such verb ends in "d by ", looked for before the pattern is tried.
  const p = presents ? [presents[1]!] : (PUBLICATION.exec(sentence) ?? (sentence.includes('d by ') ? DATA_BY.exec(sentence) : null));
  if (!p) return undefined;
  // "Based on figures compiled by the Kiel Institute, …": the data are the source, not the words leading to them.
  const lead = p[0]!.startsWith('Based on ') ? 9 : 0;
  const span = trimPhrase(text, from + lead, from + p[0]!.length);
  return span ? said(text.slice(span.start, span.end), span, 'a publication as the subject') : undefined;
}

/**
 * "Iran's Foreign Ministry has rejected the reports, stating that Tehran has not sent …": a participle
 * of saying after the main clause; its subject (a name of capitalized words) speaks.
 */
const SAYING_PARTICIPLE = /,\s+(?:saying|stating|adding|noting|insisting|arguing|claiming|asserting)\s/;
const NAMED_SUBJECT =
  /^(?:(?:The|the)\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*)*(?=\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}+(?:ed|s)\b)/u;
/**
 * A body or spokesperson named by a common noun ("The ministry rejected the report, saying …",
 * "China's foreign ministry dismissed the claims, saying …"): the head noun must be one that speaks.
 */
const SPEAKING_BODY =
  /^(?:(?:The|the)\s+|\p{Lu}[\p{L}.-]*[’']s\s+)(?:\p{Ll}+\s+){0,2}(?:ministry|spokesperson|spokesman|spokeswoman|embassy|government|department|mission|agency|office)(?=\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}+(?:ed|s)\b)/u;

function sayingParticiple(text: string, from: number, sentence: string): Attribution | undefined {
  const p = SAYING_PARTICIPLE.exec(sentence);
  if (!p) return undefined;
  const head = sentence.slice(0, p.index);
  const subject = NAMED_SUBJECT.exec(head) ?? SPEAKING_BODY.exec(head);
  if (!subject) return undefined;
  const span = trimPhrase(text, from, from + subject[0].length);
  return span ? said(text.slice(span.start, span.end), span, 'a participle of saying') : undefined;
}

/** "The Pentagon's assessment is that …", "Britain's view is that …": the owner of the view speaks. */
const POSSESSIVE_VIEW =
  /^(?:(?:The|the)\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,4})[’']s?\s+(?:\p{Ll}+\s+)?(?:assessment|view|conclusion|finding|position|judg(?:e)?ment|understanding)\s+is\s+that\b/u;

/** "Our assessment is that …": the first person's view, in the text's words (as "Our analysis indicates"). */
const OWN_VIEW =
  /^(?:Our|My)\s+(?:\p{Ll}+\s+)?(?:assessment|view|conclusion|judg(?:e)?ment|understanding|estimate|analysis)(?=\s+is\s+that\b)/u;

function possessiveView(from: number, sentence: string): Attribution | undefined {
  const own = sentence.includes(' is that ') ? OWN_VIEW.exec(sentence) : null;
  if (own) return said(own[0], { start: from, end: from + own[0].length }, 'the owner of a view');
  const v = sentence.includes(' is that ') ? POSSESSIVE_VIEW.exec(sentence) : null;
  if (!v) return undefined;
  const at = from + v[0].indexOf(v[1]!);
  return said(v[1]!, { start: at, end: at + v[1]!.length }, 'the owner of a view');
}

/**
 * A figure's attribution as its evidence. "Dr Helen Marsh of King's College London", "Assistant Attorney General
 * Laura Benton of the National Security Division": a titled person's affiliation after the name is no part of who
 * speaks (the attribution's span keeps it, so a place in it is still no side of the figure).
 */
export function attributionEvidence(a: Attribution): Evidence {
  const person = a.phrase.includes(' of ') ? PERSON_OF.exec(a.phrase) : null;
  const phrase = person ? person[1]! : a.phrase;
  return { text: phrase, start: a.start, end: a.start + phrase.length, rule: a.cue };
}
