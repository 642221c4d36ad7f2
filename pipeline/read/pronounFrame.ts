/**
 * Whom a pronoun subject of a supply verb stands for, read from the clause that frames it:
 * - "The company told us it has never sold bearings to Russia", "Feiyang said it sells only to
 *   civilian customers": the speaker, when it is a party that could trade (a name, a group, a
 *   country), not an office that speaks for one ("the ministry said it").
 * - "The Commerce Department added 41 Chinese entities to its Entity List, saying they supplied …":
 *   the parties a listing or sanction names, whose ground "saying they …" gives.
 */
import { GROUP_NOUNS } from './groupNouns.js';
import { statedByOwner } from './statedByOwner.js';

/** A speaker that speaks for a party rather than being one: its "it" is the party named elsewhere. */
const OFFICE =
  /\b(?:ministry|ministries|spokes(?:man|woman|person|people)|officials?|department|government|embassy|office|agency|ministers?|secretary|ambassador|customs|authorities|administration|kremlin|presidency|council|commission|committee|police|prosecutors?|court|he|she|we|report|records?|data|analysis|study)\b/i;

/**
 * The verb of saying between a speaker and the pronoun: "said", "told us", "insisted that"; with
 * where it was said, "said in a statement to the Shenzhen Stock Exchange that".
 */
const SAYING_GAP =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told\s+(?:us|reporters|journalists|[A-Z][\w.]*)|tells\s+(?:us|reporters)|insisted|insists|maintained|maintains|stated|states|added|claimed|claims)(?:\s+(?:on|last)\s+\p{Lu}\p{Ll}+)?(?:\s+in\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|filing|reply|response|notice|post)(?:\s+(?:to|on)\s+(?:the\s+)?[\p{L}.&’'-]+(?:\s+\p{Lu}[\p{L}.&’'-]*){0,4})?)?(?:\s+that)?\s+$/u;

/** A clause's subject, a name or a group, and its verb of saying right before the pronoun. */
const SAYER = new RegExp(
  String.raw`(?:^\s*|[;:]\s+|,\s+(?:and|but|while|though|although|whereas)\s+)(?:the\s+|a\s+)?(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,4}|(?:[\p{L}-]+\s+){0,2}(?:${GROUP_NOUNS}))` +
    SAYING_GAP.source.slice(1),
  'u',
);

/** "added 41 Chinese entities to its Entity List, saying they": the listed parties before ", saying". */
const LISTED_SAYING = new RegExp(
  String.raw`\b(?:added|adds|adding|listed|lists|listing|sanctioned|sanctions|sanctioning|designated|designates|designating|blacklisted|included)\s+((?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|more|further|additional|other)\s+)*(?:[\p{L}’'-]+\s+){0,3}?(?:${GROUP_NOUNS}))\b[^,;.]{0,80},\s+(?:saying|alleging|stating|because|as)\s+(?:that\s+)?$`,
  'iu',
);

export const SPEAKER_PRONOUN = 'a pronoun for the party that says it';

export interface FramedPronoun {
  /** The phrase the pronoun stands for, and where it is. */
  text: string;
  start: number;
  end: number;
  rule: string;
}

/**
 * What the pronoun at `pronStart` stands for, given the sentence's speaker (`said`: the
 * attribution read for the sentence) and the sentence's start; undefined when no frame names it.
 */
export function framedPronoun(
  text: string,
  spanStart: number,
  pronStart: number,
  said: { phrase: string; start: number; end: number } | undefined,
): FramedPronoun | undefined {
  if (said && said.end <= pronStart && SAYING_GAP.test(text.slice(said.end, pronStart)) && !OFFICE.test(said.phrase)) {
    const phrase = said.phrase.replace(/^(?:the|a|an)\s+/i, '');
    return { text: phrase, start: said.end - phrase.length, end: said.end, rule: SPEAKER_PRONOUN };
  }
  // "…, the records show; the company told us it …": the sayer of the pronoun's own clause, not the sentence's first speaker.
  const sayer = SAYER.exec(text.slice(spanStart, pronStart));
  if (sayer && !OFFICE.test(sayer[1]!)) {
    const start = spanStart + sayer.index + sayer[0].indexOf(sayer[1]!);
    return { text: sayer[1]!, start, end: start + sayer[1]!.length, rule: SPEAKER_PRONOUN };
  }
  // "China’s claim that it …", "assurances by China that it …": the owner of the claim says it of itself.
  const owner = statedByOwner(text, spanStart, pronStart);
  if (owner) return { ...owner, rule: SPEAKER_PRONOUN };
  const listed = LISTED_SAYING.exec(text.slice(spanStart, pronStart));
  if (listed) {
    const start = spanStart + listed.index + listed[0].indexOf(listed[1]!);
    return { text: listed[1]!, start, end: start + listed[1]!.length, rule: 'a pronoun for the parties listed' };
  }
  return undefined;
}
