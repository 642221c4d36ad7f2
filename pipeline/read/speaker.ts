/**
 * The speaker of a whole statement, from its opening lines: "Remarks by Ambassador Robert Wood,
 * …", "Chairman Michael McCaul issued the following statement", "… delivered the following
 * opening statement", "We, the Leaders of …", a byline ("By Temur Umarov"). A claim no sentence attributes is the statement's speaker's
 * (docs/curation.md: the claimant of an official statement is who issued it). Titles before
 * the name are left out, as speaker labels' are.
 */
import type { Attribution } from './attribution.js';

/** How far into a text the opening lines reach. */
const OPENING = 600;
const NAME = String.raw`((?:[A-Z][\p{L}.’'/-]*\s+){0,8}[A-Z][\p{L}.’'/-]*)`;
const BY_LINE = new RegExp(
  String.raw`^(?:Opening\s+)?(?:Remarks|Statement|Press Statement|Testimony|Keynote Address|Speech)\s+(?:by|of)\s+${NAME}(?=,|\s+(?:at|on|before|to)\s|\s*\n|\s*$)`,
  'mu',
);
const ISSUED = new RegExp(
  String.raw`${NAME}\s+(?:issued|released|delivered|gave|made)\s+the\s+following\s+(?:opening\s+|closing\s+)?(?:statement|remarks)\b`,
  'u',
);
/** "The text of the following statement was released by the Government of …". */
const RELEASED_BY = new RegExp(
  String.raw`\bthe\s+following\s+(?:joint\s+)?(?:statement|remarks)\s+(?:was|were)\s+(?:released|issued|delivered|made)\s+by\s+(?:the\s+)?((?:[A-Z][\p{L}.’'-]*\s+(?:(?:of|the|and|for)\s+)*){0,12}[A-Z][\p{L}.’'-]*)(?=[.,;:]|\s*\n|\s*$)`,
  'u',
);
/** Everything up to the last title word is the title ("House Foreign Affairs Committee Chairman"). */
const TITLE =
  /^(?:.*\s)?(?:Ambassador|Secretary|Chairman|Chairwoman|Chair|Member|Republican|Democrat|Representative|Rep\.|Senator|Sen\.|Minister|Spokesperson|Spokesman|Spokeswoman|President|Director|Commissioner|Administrator|Leader|Whip)\s+/u;

/** "Foreign Ministry Spokesperson's Regular Press Conference": the spokesperson answers. */
const PRESS_CONFERENCE = /^((?:[A-Z][\p{L}]*\s+){0,4}Spokes(?:person|man|woman))(?:[’']s)?\s+(?:[A-Z][\p{L}]*\s+){0,3}Press Conference\b/mu;

/** "Statement by the Spokesperson on …", "Statement by the Spokesman of the Ministry of Foreign Affairs of Iran". */
const SPOKESPERSON =
  /^(?:Press\s+)?(?:Statement|Remarks)\s+by\s+the\s+(Spokes(?:person|man|woman)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^\n]*?)?)(?=\s+on\s|\s*\n|\s*$)/mu;

/** "We, the Leaders of the Group of Seven, reaffirm": a joint statement's "we" names its authors. */
const WE_THE = /(?:^|\n)We,\s+(the\s+[^,\n]{3,80}?),/u;
/** A commentary's byline: "By Temur Umarov" on a line of its own. */
const BYLINE = /^By\s+((?:[A-Z][\p{L}.’'-]*\s+){1,3}[A-Z][\p{L}’'-]*)\s*$/mu;

export function documentSpeaker(text: string): Attribution | undefined {
  const head = text.slice(0, OPENING);
  const own = WE_THE.exec(head) ?? BYLINE.exec(head);
  if (own) {
    const start = own.index + own[0].indexOf(own[1]!);
    return { phrase: own[1]!, start, end: start + own[1]!.length, cue: 'the speaker of the statement' };
  }
  const press = PRESS_CONFERENCE.exec(head) ?? SPOKESPERSON.exec(head);
  if (press) return { phrase: press[1]!, start: press.index, end: press.index + press[1]!.length, cue: 'the speaker of the statement' };
  const m = BY_LINE.exec(head) ?? ISSUED.exec(head) ?? RELEASED_BY.exec(head);
  if (!m) return undefined;
  // A full stop after a word ("… the European Union.") ends the sentence; after an initial ("U.S.") it is the name's.
  const full = m[1]!.replace(/(?<=\p{Ll}{2})\.$/u, '');
  const title = TITLE.exec(full);
  const name = title ? full.slice(title[0].length) : full;
  if (!/\s/.test(name)) return undefined; // a person's name has two words at least; one is a title or an office
  const start = m.index + m[0].indexOf(full) + (full.length - name.length);
  return { phrase: name, start, end: start + name.length, cue: 'the speaker of the statement' };
}
