/**
 * The claimant of a claim: the sentence's own speaker ("…, officials said", "according to X");
 * else who sanctioned, listed or determined in it ("The Commerce Department has determined
 * that …"); else the speaker of the sentences before, whose account it continues; else the
 * speaker of the whole statement (speaker.ts); else the body whose name heads the text
 * (publisherHeading.ts).
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { colonSpeaker, framedBy } from './claimFramer.js';
import { quoteSpeaker } from './quoteSpeaker.js';
import { speakerLabels } from './speakerLabels.js';
import { letterSender, statementSpeaker } from './speaker.js';
import { textPublisher } from './publisherHeading.js';
import { isPressOffice, textPublisherLines } from './publisherLines.js';
import { speakerAround } from './speakerAround.js';
import { leadActor } from './leadActor.js';
import { creditLine } from './creditLine.js';
import { signedAuthor } from './signedAuthor.js';
import { resolutionAuthor } from './resolutionAuthor.js';

export interface ClaimantHit {
  phrase: string;
  start: number;
  end: number;
  rule: string;
  /** The body's acronym in brackets after its name ("(BIS)"), by which the text may name it later. */
  acronym?: string;
}

/** A body named by its office: "the ministry", "the Commerce Department", "the U.S. government". */
const OFFICE = String.raw`(?:the\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,4}(?:ministry|department|government|council|commission|administration|agency|office|bureau|committee|authorities)`;
const NAME = String.raw`(?:the\s+)?[A-Z][\p{L}.’'-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\p{L}.’'-]*)*`;
// A report's numbered finding may open the sentence: "1. The MSMT has determined that …".
const ACTOR = new RegExp(
  String.raw`^\s*(?:[A-Z][\p{L}]{2,}(?:,\s+[A-Z][\w.]*)*(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?(?:\s+\([^)]{1,20}\))?\s+[—–-]+\s+)?(?:(?:Q|QUESTION|Question)\s*:\s+)?(?:\d{1,2}[.)]\s+)?(?:(?:Today|On \w+(?: \d+)?|[Ii]n [^,]{1,40}|Since [^,]{1,40}|While|Last \w+|This \w+),?\s+)?(${OFFICE}|${NAME})(?:\s+\(([A-Z]{2,})\))?\s+(?:(?:today|yesterday|previously|also|has|have|had|is|are|was|were|formally|recently|now|again|further|concurrently|simultaneously|separately|jointly|on \w+|last \w+|this (?:week|month|year)|earlier this (?:week|month|year))\s+)*(?:decided\s+to\s+(?=impose|sanction|list|designate))?(?:sanctioned|sanctioning|designated|designating|adopted|imposed|imposing|impose|determined|listed|listing|announced(?!\s+that\b)|added(?!\s+that\b)|adding(?!\s+that\b))\b`,
  'u',
);

/** `clauseStart`: where the claim's clause starts; a speaker in an earlier clause ("X has said …, and this shows") is not its claimant. */
/** "determined by the Commerce Department to have": the body after "by". */
const BY_BODY = new RegExp(
  String.raw`\b(?:determined|designated|sanctioned|listed|found|assessed)\s+by\s+(${OFFICE}|${NAME})\s+(?:to|as|for)\b`,
  'u',
);

const PASSIVE_ACTION =
  /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+\s+)?(?:sanctioned|designated|listed|determined|added|imposed|adopted|announced)$/u;

/** The body that sanctions, lists or determines in sentence `s`; "The listed entities" names none. */
export function actorIn(ctx: TextContext, s: number, from?: number): ClaimantHit | undefined {
  const span = { start: from ?? ctx.spans[s]!.start, end: ctx.spans[s]!.end };
  const sentence = ctx.text.slice(span.start, span.end);
  const actor = ACTOR.exec(sentence) ?? (sentence.includes('by') ? BY_BODY.exec(sentence) : null);
  // "Those sanctioned include X", "Also designated is X": a demonstrative or an adverb opens a list of those sanctioned, it sanctions nothing.
  if (!actor || /^(?:the|a|an|he|she|it|they|we|i|to|those|these|also|all|both|each|others|among)$/i.test(actor[1]!)) return undefined;
  // "Xiamen Limbach was designated for supplying": the subject of a passive is the one sanctioned, not who sanctions.
  if (PASSIVE_ACTION.test(actor[0])) return undefined;
  const start = span.start + actor[0].indexOf(actor[1]!);
  return { phrase: actor[1]!, start, end: start + actor[1]!.length, rule: 'the actor of a sanction or determination', acronym: actor[2] };
}

const bare = (p: string) => p.toLowerCase().replace(/^the\s+/, '');

/** Whether `phrase` ("the Department") names the body that sanctioned in sentence `s` or the three before it ("The Department of State"). */
export function sanctionedBy(ctx: TextContext, s: number, phrase: string, byOffice = false, reach?: number): boolean {
  const name = bare(phrase);
  // "the government", "the authorities": whichever government sanctioned.
  const anyGovernment = /^(?:government|authorities)$/.test(name);
  // "the bureau", "the department": the body of that kind that sanctioned ("the Department of
  // Commerce's Bureau of Industry and Security"); "Commerce officials": the officials of the body.
  const office = byOffice && /^(?:bureau|department|ministry|council|commission|office|agency|treasury)$/.test(name) ? name : undefined;
  const officials = byOffice ? /^(\p{Lu}[\p{L}.]*)\s+officials$/u.exec(phrase.replace(/^the\s+/i, ''))?.[1]?.toLowerCase() : undefined;
  for (let k = s; k >= Math.max(0, s - (reach ?? (office ? 8 : 3))); k--) {
    const actor = actorIn(ctx, k);
    if (!actor) continue;
    const actorName = bare(actor.phrase);
    if (anyGovernment || actorName.startsWith(name) || actor.acronym?.toLowerCase() === name) return true;
    const words = actorName.split(/[\s’']+/);
    if ((office && words.includes(office)) || (officials && words.includes(officials))) return true;
  }
  return false;
}

/** "Evidence shows that …", "The evidence suggests": evidence no one is named as holding speaks for no one. */
const EVIDENCE = /^(?:the\s+|this\s+|new\s+|available\s+)*evidence$/i;
const speaking = (a: Attribution | undefined): Attribution | undefined => (a && EVIDENCE.test(a.phrase) ? undefined : a);

/**
 * Words read as the speaker of a sentence before that name no one: a clause ("The Government does
 * not", "Trade with third countries matters more … than the totals" before "suggest"), a bare
 * possessive ("Russia’s"). Such a sentence's account is carried to no claim after it.
 */
const NO_SPEAKER = /\b(?:does|do|did|is|are|was|were|not|matters?)\b|[’']s?$|^(?:\S+\s+){8}\S/iu;
const carriedSpeaker = (a: Attribution | undefined): Attribution | undefined => (a && NO_SPEAKER.test(a.phrase) ? undefined : a);

/** "We have seen reports that …": a first-person clause, not a speaker's name. */
const FIRST_PERSON_CLAUSE = /^(?:we|I)\s+(?:have\s+|had\s+)?(?:also\s+)?\p{Ll}+$/iu;

/** A speaker and a verb of saying opening a clause, then "that": "Turkish officials deny that". */
const CLAUSE_SPEAKER =
  /^((?:the\s+|some\s+|many\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,4}?)\s+(?:(?:have|has|also|repeatedly|publicly|flatly)\s+)*(?:deny|denies|denied|say|says|said|insist|insists|insisted|maintain|maintains|claim|claims|argue|argues|believe|believes)\s+that\s/u;

/**
 * A clause's speaker and verb of saying before the claim's words, "a European intelligence official told me
 * that": after ", and" (or a semicolon) before the claim's clause, or opening it.
 */
const INTRODUCING_SPEAKER = String.raw`((?:the\s+|a\s+|an\s+|some\s+|many\s+|one\s+)?\p{L}[\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,5}?)\s+(?:(?:has|have|had|also|repeatedly|privately|publicly)\s+)*(?:said|says|say|told\s+(?:me|us|him|her|them|reporters|journalists|\p{Lu}[\p{L}.’'-]*)|tells\s+(?:me|us)|insist(?:s|ed)?|maintain(?:s|ed)?|argue[sd]?|claim(?:s|ed)?|believe[sd]?|noted|notes|added|adds)\s+that`;
const INTRODUCING_BEFORE = new RegExp(String.raw`(?:,\s+(?:and|but|while)|;)\s+${INTRODUCING_SPEAKER}\s+$`, 'u');
const INTRODUCING_OPENS = new RegExp(String.raw`^${INTRODUCING_SPEAKER}\s`, 'u');

/** The speaker introducing the claim's clause at `to`, read after the first speaker's end `from`. */
function introducingSpeaker(text: string, from: number, to: number, sentenceEnd: number): ClaimantHit | undefined {
  const before = INTRODUCING_BEFORE.exec(text.slice(from, to));
  const m = before ?? INTRODUCING_OPENS.exec(text.slice(to, sentenceEnd));
  if (!m || /^(?:it|he|she|they|we|i|this|that|which|who)$/i.test(m[1]!)) return undefined;
  const start = (before ? from : to) + m.index + m[0].indexOf(m[1]!);
  return { phrase: m[1]!, start, end: start + m[1]!.length, rule: 'the speaker of the clause introducing the claim' };
}

/** The text's first person giving its view: "I think", "we suspect". */
const FIRST_PERSON_VIEW = /(?:^|[,;]\s+|\b(?:and|but)\s+)(?:I|[Ww]e)\s+(?:(?:also|still|now)\s+)?(?:think|believe|suspect|expect|doubt)\b/;

/** A transcript's question or answer label opening a sentence. */
const QA_LABEL = /^(?:Q|A|QUESTION|ANSWER)\s*:/;

/** The transcript's speaker label over sentence `s` (speakerLabels.ts), read once per text. */
const labelOver = (ctx: TextContext, s: number): Attribution | undefined =>
  ctx.memo('claimSpeakerLabels', 0, () => speakerLabels(ctx.text))(ctx.spans[s]!.start);

export function readClaimant(ctx: TextContext, s: number, clauseStart: number): ClaimantHit | undefined {
  const said = speaking(ctx.ownAttribution(s));
  // "MR REYES: We have seen reports that …": the label names who "we" speak for.
  const own = said && FIRST_PERSON_CLAUSE.test(said.phrase) ? labelOver(ctx, s) : said;
  const earlierClause =
    own !== undefined &&
    own.start >= ctx.spans[s]!.start &&
    own.end < clauseStart &&
    /,\s+(?:and|but)\s(?!that\b)|;/.test(ctx.text.slice(own.end, clauseStart)) &&
    own.cue !== 'according to' &&
    own.cue !== 'speaker label';
  // "Chinese companies export …, and American officials say these goods have helped …": a speaker
  // opening a later clause, with words of its own after the verb, speaks for that clause only.
  const laterClause =
    own !== undefined &&
    own.start > clauseStart &&
    /,\s+(?:and|but|while)\s+$/.test(ctx.text.slice(Math.max(clauseStart, own.start - 8), own.start)) &&
    /^\s+\p{L}+\s+(?:that\s+)?\S+\s+\S+\s+\S/u.test(ctx.text.slice(own.end, ctx.spans[s]!.end));
  // "Reuters: The U.S. Treasury yesterday designated a Chinese firm for …": a questioner reports who sanctioned.
  const colon = own?.cue === 'speaker label' ? /^\s*(?:\([^)]{1,60}\))?:\s*/.exec(ctx.text.slice(own.end, own.end + 64)) : null;
  const labelled = own && colon && own.end >= ctx.spans[s]!.start ? actorIn(ctx, s, own.end + colon[0].length) : undefined;
  if (labelled) return labelled;
  if (own && !earlierClause && !laterClause) return ownWords(ctx, { phrase: own.phrase, start: own.start, end: own.end, rule: own.cue }, s);
  // "Ankara has said …, and Turkish officials deny that Turkish companies supply …": the speaker opening the claim's own clause.
  const opening = earlierClause ? CLAUSE_SPEAKER.exec(ctx.text.slice(clauseStart, ctx.spans[s]!.end)) : null;
  if (opening && !/^(?:it|he|she|they|we|i|this|that)$/i.test(opening[1]!))
    return { phrase: opening[1]!, start: clauseStart, end: clauseStart + opening[1]!.length, rule: 'the speaker of the claim’s clause' };
  // "Western governments argue that …, and a European intelligence official told me that Chinese firms …": the
  // speaker of the clause that introduces the claim, after the first speaker's.
  const introducing = earlierClause ? introducingSpeaker(ctx.text, own.end, clauseStart, ctx.spans[s]!.end) : undefined;
  if (introducing) return introducing;
  // "…; however, the UK has sanctioned X for supplying": the actor of the claim's own clause after a semicolon.
  // Only a semicolon of the sentence counts: looked for there, not back through the text.
  const sentenceStart = ctx.spans[s]!.start;
  const semiAt = ctx.text.slice(sentenceStart, clauseStart + 1).lastIndexOf(';');
  const semi = semiAt < 0 ? -1 : sentenceStart + semiAt;
  const afterSemi = semi >= sentenceStart ? /^;\s*(?:however,?\s+)?/i.exec(ctx.text.slice(semi, semi + 12)) : null;
  const framing = own ? undefined : (framedBy(ctx, s, clauseStart) ?? colonSpeaker(ctx, s));
  if (framing) return framing;
  // "The United States has determined that …, and in 2025 Washington designated X for supplying": the actor of the claim's own clause.
  const afterAnd = clauseStart > sentenceStart && /,\s+(?:and|but)\s+$/.test(ctx.text.slice(clauseStart - 7, clauseStart));
  const actor =
    (afterAnd ? actorIn(ctx, s, clauseStart) : undefined) ??
    actorIn(ctx, s) ??
    (afterSemi ? actorIn(ctx, s, semi + afterSemi[0].length) : undefined);
  if (actor) return actor;
  // "China says it is neutral. Yet Chinese entities remain …": a sentence opening on "Yet" or "But" answers
  // the speaker before, it does not go on in their words.
  // "I think it is very likely that …": the text's own first person, its author's voice (not a quotation's),
  // before the claim's clause or opening its sentence.
  const viewZone = ctx.text.slice(sentenceStart, Math.max(clauseStart, Math.min(ctx.spans[s]!.end, sentenceStart + 24)));
  const firstPerson = own || !FIRST_PERSON_VIEW.test(viewZone) || /[“"]/.test(viewZone) ? undefined : textVoice(ctx);
  if (firstPerson)
    return {
      phrase: firstPerson.phrase,
      start: firstPerson.start,
      end: firstPerson.end,
      rule: `${firstPerson.cue} (for the text's first person)`,
    };
  const quoted = own ? undefined : quoteSpeaker(ctx, s);
  if (quoted) return { phrase: quoted.phrase, start: quoted.start, end: quoted.end, rule: quoted.cue };
  const before =
    own || /^(?:Yet|But|In fact|In reality)\b/.test(ctx.text.slice(ctx.spans[s]!.start, ctx.spans[s]!.start + 10))
      ? undefined
      : carriedSpeaker(speaking(ctx.attribution(s)));
  if (before) return ownWords(ctx, { phrase: before.phrase, start: before.start, end: before.end, rule: before.cue });
  // "OFAC designated … . Among those designated is X, a company that shipped …": the actor of the
  // sanction a sentence before goes on speaking (read only for claims with no speaker, so cheap).
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    // "Q: The Treasury sanctioned … . A: China has never provided …": a transcript's answer is not the questioner's account.
    if (QA_LABEL.test(ctx.text.slice(ctx.spans[k + 1]!.start, ctx.spans[k + 1]!.start + 12))) break;
    // A sentence told by the body that sanctioned ("X, the government said, has provided …") does not end its account.
    const said = ctx.ownAttribution(k);
    if (said && !sanctionedBy(ctx, k, said.phrase, true)) break;
    const earlier = actorIn(ctx, k);
    if (earlier) return { ...earlier, rule: 'the actor of a sanction or determination before' };
  }
  // Last, the body whose name alone heads the text ("House Foreign Affairs Committee"; publisherHeading.ts),
  // else the publisher lines of a release's header (publisherLines.ts),
  // else a speaker of the sentences around (the next of the paragraph, the text's one speaker before; speakerAround.ts).
  // The State Department's "Office of the Spokesperson" read as the statement's speaker speaks for its department.
  const speaker = textVoice(ctx, () => ctx.memo('resolutionAuthor', 0, () => resolutionAuthor(ctx.text)) ?? ownAround(ctx, s));
  return speaker && { phrase: speaker.phrase, start: speaker.start, end: speaker.end, rule: speaker.cue };
}

/**
 * Who speaks for the text as a whole, in this order: its statement's speaker (a press office after
 * the publisher), the body heading it, its publisher lines, a letter's sender, then what `around`
 * finds (the speakers near one claim), an opening credit line, and last a paper's line of authors'
 * names, which signs its claims as it signs its figures (convention 6).
 */
function textVoice(ctx: TextContext, around: () => Attribution | undefined = () => undefined): Attribution | undefined {
  const statement = statementSpeaker(ctx);
  return (
    (statement && !isPressOffice(statement.phrase) ? statement : undefined) ??
    textPublisher(ctx) ??
    textPublisherLines(ctx) ??
    statement ??
    letterSender(ctx) ??
    around() ??
    textCredit(ctx) ??
    signedAuthor(ctx)
  );
}

/** What a text's own work is called: "estimates", "analysis", "calculations", "a gravity-model". */
const WORK = String.raw`(?:[\p{Ll}-]+-)?(?:estimates?|assessments?|analysis|analyses|results|research|findings|data|figures|calculations?|reading|count|tally|numbers|records|files|investigations?|model|modell?ing)`;

/**
 * The text's own words read as a speaker: "By my estimate", "Our assessment is that", "Our results
 * suggest", "the numbers suggest", "Our calculations based on partner-country data", "Staff analysis",
 * "A simple gravity-model estimate", "Bills of lading we have seen" — the author's own account, not a
 * source it cites (a capital names one: "a U.S. assessment", "a Reuters analysis").
 */
const OWN_WORDS = new RegExp(
  String.raw`^(?:[Bb]y\s+)?(?:(?:(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}|[Ss]taff\s+|[Aa]n?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3})${WORK}(?:\s+(?:based\s+on|of|from)(?:\s+[\p{Ll}-]+){1,4})?|(?:[Tt]hese|[Tt]he|[Oo]ur)\s+(?:numbers|results|findings|cases)|\S.*?\s+(?:we|I)\s+(?:have\s+|had\s+)?(?:seen|reviewed|obtained|examined))$`,
  'u',
);

/** The work's noun right after words read as its holder. */
const WORK_NEXT = new RegExp(String.raw`^\s+${WORK}\b`, 'u');

/** "The MOEA's risk analysis", "the ministry's investigations": the work's holder claims what it shows. */
const HOLDER_WORK = new RegExp(
  String.raw`^((?:[Tt]he\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&-]*)*)[’']s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${WORK}$`,
  'u',
);

/**
 * Who the text's own words stand for: in a quotation that goes on from a speaker's quotation just
 * before, that speaker ("… ," says X. "Our findings show that …"); else its speaker, publisher or
 * author (as for what no sentence attributes); else the words. The holder of a work named with it.
 */
function ownWords(ctx: TextContext, hit: ClaimantHit, s?: number): ClaimantHit {
  // The apostrophe first: most phrases hold none, and the holder's pattern is the costlier test.
  const holder = /[’']/.test(hit.phrase) ? HOLDER_WORK.exec(hit.phrase) : null;
  if (holder)
    return { ...hit, end: hit.start + holder[1]!.length, phrase: holder[1]!, rule: `${hit.rule} (the holder of "${hit.phrase}")` };
  // "A simple gravity-model estimate suggests": the work's noun read as the verb leaves its words before it.
  const beforeWork = /^[Aa]n?(?:\s+[\p{Ll}-]+){1,3}$/u.test(hit.phrase) && WORK_NEXT.test(ctx.text.slice(hit.end, hit.end + 30));
  if (!beforeWork && !OWN_WORDS.test(hit.phrase)) return hit;
  const quoted = s === undefined ? undefined : quotedBefore(ctx, s);
  const author = quoted ?? textVoice(ctx);
  return author ? { phrase: author.phrase, start: author.start, end: author.end, rule: `${author.cue} (for "${hit.phrase}")` } : hit;
}

/** The speaker of the sentence before, when sentence `s` opens a quotation and that one's quotation closed on its speaker. */
function quotedBefore(ctx: TextContext, s: number): Attribution | undefined {
  if (s === 0 || !/^[“"]/.test(ctx.text.slice(ctx.spans[s]!.start, ctx.spans[s]!.start + 1))) return undefined;
  const prev = ctx.text.slice(ctx.spans[s - 1]!.start, ctx.spans[s - 1]!.end);
  if (!/[”"]/.test(prev)) return undefined;
  const said = ctx.ownAttribution(s - 1);
  return said && !OWN_WORDS.test(said.phrase) ? said : undefined;
}

/**
 * The author an opening credit line names (creditLine.ts), for the claims nothing else attributes:
 * a text's own claims are its author's (docs/curation.md). Claims only: a figure the text gives as
 * its own keeps no attribution (curation.md, "attributed_to holds whom the text credits").
 */
function textCredit(ctx: TextContext): Attribution | undefined {
  return ctx.memo('textCredit', 0, () => {
    const credit = creditLine(ctx.text.slice(0, CREDIT_OPENING), (name) => ctx.lexicon.countries.lookup(name) !== undefined);
    return credit && { phrase: credit.phrase, start: credit.start, end: credit.end, cue: credit.cue };
  });
}

/** How much of a text's opening its credit line is looked for in. */
const CREDIT_OPENING = 600;

/** A speaker of the sentences around that is the text's own words ("Our assessment") stands for the text's author. */
function ownAround(ctx: TextContext, s: number): Attribution | undefined {
  const around = aroundOrLead(ctx, s);
  if (!around) return undefined;
  const hit = ownWords(ctx, { phrase: around.phrase, start: around.start, end: around.end, rule: around.cue });
  return { phrase: hit.phrase, start: hit.start, end: hit.end, cue: hit.rule };
}

/** A speaker of the sentences around, unless it is only one named before and the text's lead is a body's action (leadActor.ts). */
function aroundOrLead(ctx: TextContext, s: number): Attribution | undefined {
  const around = speakerAround(ctx, s);
  if (around && !around.cue.endsWith("(the text's one speaker before)")) return around;
  const lead = leadActor(ctx, s, actorIn);
  return lead ? { phrase: lead.phrase, start: lead.start, end: lead.end, cue: lead.rule } : around;
}
