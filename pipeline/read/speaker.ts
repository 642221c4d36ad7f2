/**
 * The speaker of a whole statement, from its opening lines: "Remarks by Ambassador Robert Wood,
 * …", "Chairman Michael McCaul issued the following statement", "… delivered the following
 * opening statement", "We, the Leaders of …", a byline ("By Temur Umarov"). A claim no sentence attributes is the statement's speaker's
 * (docs/curation.md: the claimant of an official statement is who issued it). Titles before
 * the name are left out, as speaker labels' are.
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { authorLine, closingCredit } from './authorLine.js';
import { datedPublisher } from './datedPublisher.js';
import { federalRegisterAgency } from './federalRegister.js';
import { acronymHeading, leadBureau } from './headingBody.js';
import { publisherAddress } from './publisherAddress.js';
import { publisherLine } from './publisherLine.js';
import { holdsAny } from './keyedScan.js';
import { titleSpeaker } from './sourceContext.js';

/** How far into a text the opening lines reach. */
const OPENING = 600;
// A name stays on its line: "Opening Statement of Chairman Robert Ellison" over "Subcommittee on Europe" is Ellison's;
// "Prepared Statement of Dr. Karen Ellsworth" over "Senior Fellow, Center for …" is Ellsworth's, not her office's.
const NAME = String.raw`((?:[A-Z][\p{L}.’'/-]*[ \t]+){0,8}[A-Z][\p{L}.’'/-]*)`;
const BY_LINE = new RegExp(
  String.raw`^(?:(?:Opening|Closing|Prepared|Written)\s+)?(?:Remarks|Statement|Press Statement|Testimony|Keynote Address|Speech)\s+(?:by|of)\s+${NAME}(?=,|\s+(?:at|on|before|to)\s|\s*\n|\s*$)`,
  'mu',
);
const ISSUED = new RegExp(
  String.raw`${NAME}\s+(?:issued|released|delivered|gave|made)\s+the\s+following\s+(?:opening\s+|closing\s+)?(?:statement|remarks)\b`,
  'u',
);
/**
 * "Senator Tom Cotton (R-Arkansas) today sent a letter to …": a letter's sender claims what the
 * letter reproduced below says. Read for claims only (letterSender): the curated figures of such a
 * release keep no attribution.
 */
const SENT_LETTER = new RegExp(
  String.raw`${NAME}(?:\s+\([^)\n]{1,40}\))?\s+(?:today\s+|yesterday\s+|on\s+\w+\s+)?(?:sent|wrote)\s+a\s+letter\s+to\b`,
  'u',
);
/** "The text of the following statement was released by the Government of …". */
const RELEASED_BY = new RegExp(
  String.raw`\bthe\s+following\s+(?:joint\s+)?(?:statement|remarks)\s+(?:was|were)\s+(?:released|issued|delivered|made)\s+by\s+(?:the\s+)?((?:[A-Z][\p{L}.’'-]*\s+(?:(?:of|the|and|for)\s+)*){0,12}[A-Z][\p{L}.’'-]*)(?=[.,;:]|\s*\n|\s*$)`,
  'u',
);
/** Everything up to the last title word is the title ("House Foreign Affairs Committee Chairman"). */
const TITLE =
  /^(?:.*\s)?(?:Ambassador|Secretary|Chairman|Chairwoman|Chair|Member|Republican|Democrat|Representative|Rep\.|Senator|Sen\.|Minister|Spokesperson|Spokesman|Spokeswoman|President|Director|Commissioner|Administrator|Leader|Whip)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}]+)?\s+/u;

/** "Foreign Ministry Spokesperson's Regular Press Conference", "… Spokesperson Mao Ning's Regular Press Conference": the spokesperson answers. */
// "Embassy Spokesperson Zhao Minghui's Answer to a Media Question on …": the spokesperson answers too.
// "MOFCOM spokesperson answers reporters' questions on …": the same heading as a sentence.
const PRESS_CONFERENCE =
  /^((?:[A-Z][\p{L}]*\s+){0,4}[Ss]pokes(?:person|man|woman)(?:\s+[A-Z][\p{L}-]*){0,3}?)(?:[’']s)?\s+(?:(?:[A-Z][\p{L}]*\s+){0,3}Press Conference\b|(?:Answers?|Remarks|Reply|Replies)\s+to\s+(?:an?\s+)?(?:[A-Z][\p{L}’']*\s+){0,2}(?:Questions?|Query|Queries)\b|(?:answers|replies\s+to)\s+(?:(?:reporters|journalists)[’']?|media|press)\s+questions\b)/mu;

/**
 * "Statement by the Spokesperson on …", "Statement by the Spokesman of the Ministry of Foreign Affairs of Iran",
 * "Statement by the Press Secretary of the President of the Russian Federation", "Iran: Statement by the
 * High Representative on behalf of the EU", "Remarks of the Spokesperson of the Chinese Embassy in the UK on …",
 * "Speech by the Foreign Minister of Lithuania at the OSCE Permanent Council", "Address by the President of
 * Ukraine on the results of the week": an office speaks (a topic before a colon may open the line).
 */
const SPOKESPERSON =
  /^(?:[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3}:\s+)?(?:Press\s+)?(?:Statement|Remarks|Declaration|Speech|Address)\s+(?:by|of)\s+the\s+((?:[A-Z][\p{L}-]*\s+){0,3}(?:Spokes(?:person|man|woman)|President|Prime Minister|Chancellor|Secretary|Representative|Minister|Ministry|Commissioner|Council|Commission|Government|Office|Department|Presidency)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^\n]*?)?(?:,\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})?)(?=\s+(?:on|at|to|before)\s|\s*\n|\s*$)/mu;

/**
 * A heading that names the body speaking before a colon: "Department of State: Countering …",
 * "Defence Intelligence of Ukraine: foreign components in …" (the text's first line only).
 */
const BODY_HEADING = /^((?:[A-Z][\p{L}.’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\p{L}.’'-]*):\s+\S/u;
const BODY_WORD =
  /\b(?:Department|Ministry|Office|Council|Commission|Intelligence|Agency|Bureau|Service|Committee|Embassy|Mission|Government|Directorate|Administration|Treasury|Parliament)\b/u;

/**
 * A first line whose subject is the body that acts: "Russia's war of aggression against Ukraine:
 * Council adopts 15th package of sanctions", "Treasury Sanctions Network …" (a press release's heading).
 */
const BODY_ACTS =
  /^(?:[^\n:]{1,80}:\s+)?((?:The\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:Council|Commission|Treasury|Commerce|Department of [A-Z][\p{L}]+|Ministry of [A-Z][\p{L} ]+?))\s+(?:[Aa]dopts|[Ii]mposes|[Ss]anctions|[Dd]esignates|[Aa]dds|[Ll]ists|[Ee]xtends|[Aa]grees|[Tt]argets|[Aa]nnounces)\b/u;

/**
 * Remarks whose speaker is named on a line under the heading: "Remarks at a UN Security Council
 * Briefing …" then "Ambassador Linda Thomas-Greenfield"; "Department Press Briefing" then
 * "Matthew Miller, Spokesperson". The name line holds a name (a title before it, an office after
 * a comma) and nothing else.
 */
const NAME_UNDER_HEADING =
  /^[^\n]*\b(?:Remarks|Statement|Speech|Testimony|Briefing|Address)\b[^\n]*\n(?:[ \t]*\n)*[ \t]*((?:[A-Z][\p{L}.’'-]*\s+){0,3}[A-Z][\p{L}.’'-]*\s+[A-Z][\p{L}’'-]+)[ \t]*(?:,[^\n]{0,80})?[ \t]*\n/u;

/**
 * A speech whose first line is its speaker alone: "Ambassador Linda Thomas-Greenfield", "Foreign
 * Secretary James Cleverly, UK Foreign Office" (a venue or a date on the lines below). The title is
 * required, and the next line must be no sentence (a venue, a date, an office): a first line of
 * capitalized words over a sentence is a headline ("President Biden Signs Order").
 */
const TITLED_NAME_LINE =
  /^[ \t]*((?:(?:Foreign|Deputy|Under|Assistant|Permanent|Prime|Defence|Defense|Vice|Chief|Acting|Senior|Special|U\.S\.|UK)\s+)*(?:Ambassador|Secretary|Minister|Senator|Representative|Congressman|Congresswoman|Chairman|Chairwoman|President|Spokesperson|Spokesman|Spokeswoman|Envoy|Commissioner)(?:\s+\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?\p{Ll}+)*|\s+\p{Lu}\.){2,4})[ \t]*(?:,[^\n]{0,80})?[ \t]*\n(?!(?:[ \t]*\n)*[^\n]{0,300}[.!?][ \t]*(?:\n|$))/u;

/** "We, the Leaders of the Group of Seven, reaffirm": a joint statement's "we" names its authors (also as its first numbered point, "1. We, the …"). */
const WE_THE = /(?:^|\n)(?:\d{1,2}[.)][ \t]+)?We,\s+(the\s+[^,\n]{3,80}?),/u;
/** A list going on after a comma: a name, then another comma or "and". */
const LIST_GOES_ON = /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,|\s+and\s)/u;
/** A commentary's byline: "By Temur Umarov" on a line of its own, its affiliation after a comma left out. */
const BYLINE = /^By\s+((?:[A-Z][\p{L}.’'-]*\s+){1,3}[A-Z][\p{L}’'-]*)(?:,[ \t]+[A-Z][^\n]{1,80})?[ \t]*$/mu;
/**
 * "Joint Statement of the Foreign Ministers of Estonia, Latvia and Lithuania": the heading names its authors;
 * "… by the Ministry of Trade and Industry and Singapore Customs on the Transshipment of …": its topic after "on"
 * is no part of them (a "Committee on …" keeps its "on").
 */
const JOINT =
  /^(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\s+(?:by|of)\s+(the\s+(?:[A-Z][\p{L}-]*\s+){1,4}(?:of|for)\s+[A-Z][^\n]{2,100}?)(?:(?<!\b(?:Committee|Subcommittee|Commission|Council|Conference))\s+on\s+[^\n]*)?[ \t]*$/mu;

/*
 * The literal words each opening pattern needs (tested with holdsAny): most texts hold none, so
 * the regexes (unanchored, some with long name repeats) are run only where they can match.
 */
const HEADING_WORDS = ['Remarks', 'Statement', 'Speech', 'Testimony', 'Briefing', 'Address'];
const BY_LINE_WORDS = ['Remarks', 'Statement', 'Testimony', 'Keynote Address', 'Speech'];
const SPOKESPERSON_WORDS = ['Statement', 'Remarks', 'Declaration', 'Speech', 'Address'];
const JOINT_WORDS = ['Statement', 'Declaration', 'Communiqu'];
const BODY_ACTS_WORDS = ['Council', 'Commission', 'Treasury', 'Commerce', 'Department of', 'Ministry of'];

export function documentSpeaker(text: string): Attribution | undefined {
  const head = text.slice(0, OPENING);
  const agency = federalRegisterAgency(head) ?? publisherAddress(head);
  if (agency) return agency;
  const own =
    (head.includes('We,') ? WE_THE.exec(head) : null) ??
    (head.includes('By') ? BYLINE.exec(head) : null) ??
    (holdsAny(head, JOINT_WORDS) ? JOINT.exec(head) : null);
  if (!own) {
    const titled = TITLED_NAME_LINE.exec(head.trimStart());
    if (titled) {
      const lead = head.length - head.trimStart().length;
      const title = TITLE.exec(titled[1]!);
      const name = title ? titled[1]!.slice(title[0].length) : titled[1]!;
      const start = lead + titled.index + titled[0].indexOf(titled[1]!) + titled[1]!.length - name.length;
      if (/\s/.test(name)) return { phrase: name, start, end: start + name.length, cue: 'the speaker of the statement' };
    }
    const publisher = publisherLine(head) ?? datedPublisher(head) ?? authorLine(head) ?? closingCredit(text);
    if (publisher) return publisher;
  }
  if (own) {
    const start = own.index + own[0].indexOf(own[1]!);
    // "We, the G7 Foreign Ministers of Canada, France, …, and the High Representative": the comma cut a list of
    // members in two; the group before "of" names them all.
    const of = own[0].startsWith('We') || own[0].includes('We,') ? own[1]!.lastIndexOf(' of ') : -1;
    const phrase = of > 0 && LIST_GOES_ON.test(head.slice(own.index + own[0].length)) ? own[1]!.slice(0, of) : own[1]!;
    return { phrase, start, end: start + phrase.length, cue: 'the speaker of the statement' };
  }
  const press =
    (head.includes('Press Conference') || head.includes(' to ') || head.includes(' questions') ? PRESS_CONFERENCE.exec(head) : null) ??
    ((head.includes('by') || head.includes('of')) && holdsAny(head, SPOKESPERSON_WORDS) ? SPOKESPERSON.exec(head) : null);
  if (press) return { phrase: press[1]!, start: press.index, end: press.index + press[1]!.length, cue: 'the speaker of the statement' };
  const body = head.includes(':') ? BODY_HEADING.exec(head) : null;
  if (body && BODY_WORD.test(body[1]!)) return { phrase: body[1]!, start: 0, end: body[1]!.length, cue: 'the speaker of the statement' };
  const acts = holdsAny(head, BODY_ACTS_WORDS) ? BODY_ACTS.exec(head) : null;
  if (acts) {
    const start = acts.index + acts[0].indexOf(acts[1]!);
    return leadBureau(head, acts[1]!) ?? { phrase: acts[1]!, start, end: start + acts[1]!.length, cue: 'the speaker of the statement' };
  }
  const acronym = acronymHeading(head);
  if (acronym) return acronym;
  const following = head.includes('following');
  const newline = head.indexOf('\n');
  const m =
    (holdsAny(head, BY_LINE_WORDS) ? BY_LINE.exec(head) : null) ??
    (following ? (ISSUED.exec(head) ?? RELEASED_BY.exec(head)) : null) ??
    (newline >= 0 && holdsAny(head.slice(0, newline), HEADING_WORDS) ? NAME_UNDER_HEADING.exec(head) : null);
  if (!m) return undefined;
  // A full stop after a word ("… the European Union.") ends the sentence; after an initial ("U.S.") it is the name's.
  const full = m[1]!.replace(/(?<=\p{Ll}{2})\.$/u, '');
  const title = TITLE.exec(full);
  const name = title ? full.slice(title[0].length) : full;
  if (!/\s/.test(name)) return undefined; // a person's name has two words at least; one is a title or an office
  // "Mr Chair, colleagues,", "Madam President,": the salutation opening a speech names whom it addresses.
  if (/^(?:Mr|Madam|Madame|Mister)\.?\s+(?:Chair|Chairman|Chairwoman|Chairperson|President|Speaker|Secretary-General)$/.test(name))
    return undefined;
  const start = m.index + m[0].indexOf(full) + (full.length - name.length);
  return { phrase: name, start, end: start + name.length, cue: 'the speaker of the statement' };
}

/** The sender of the letter a release reproduces, without the title before the name. */
export function letterSender(ctx: TextContext): Attribution | undefined {
  return ctx.memo('letterSender', 0, () => {
    const head = ctx.text.slice(0, OPENING);
    const m = head.includes(' a letter to') ? SENT_LETTER.exec(head) : null;
    if (!m) return undefined;
    const title = TITLE.exec(m[1]!);
    const name = title ? m[1]!.slice(title[0].length) : m[1]!;
    if (!/\s/.test(name)) return undefined;
    const start = m.index + m[1]!.length - name.length;
    return { phrase: name, start, end: start + name.length, cue: 'the sender of the letter' };
  });
}

/**
 * The statement's speaker (`documentSpeaker`), else the one its sidecar's title names ("Remarks by
 * Ambassador Robert Wood, …": the text of remarks often starts with the speech itself), read once
 * per text and shared by every figure and claim.
 */
export function statementSpeaker(ctx: TextContext): Attribution | undefined {
  return ctx.memo('documentSpeaker', 0, () => documentSpeaker(ctx.text) ?? titleSpeaker(ctx.source));
}
