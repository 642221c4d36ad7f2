/**
 * The parties a listing names as its object, read forward from the listing verb when the words
 * between them and the ground of the listing are no supplier phrase: "BIS has added more than
 * 1,000 parties to the Entity List for supporting Russia's military", "Treasury has sanctioned 17
 * UAE-based companies since 2023 for supplying …", "added eleven Kazakh companies to its sanctions
 * list last month for supplying …". A number before the parties, or "more than", "a further", is their count, not their name.
 */
import { GROUP_NOUNS } from './groupNouns.js';
import type { SupplierPhrase } from './supplier.js';

/** The verbs of listing, sanctioning, designating; the object follows them. */
const LISTING_VERB =
  /\b(?:add(?:s|ed|ing)?|sanction(?:s|ed|ing)?|designat(?:e|es|ed|ing)|list(?:s|ed|ing)?|plac(?:e|es|ed|ing)|target(?:s|ed|ing)?|fin(?:e|es|ed|ing)|penali[sz](?:e|es|ed|ing))\s+/gu;

/**
 * What may stand between the object and the ground: the list it joins, a time ("in 2024", "last
 * month", "in the past 18 months"). Read off the end, one at a time.
 */
const TAIL =
  /\s+(?:(?:to|on|onto)\s+(?:the|its|their|a)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:lists?|Lists?)|(?:since|in|on|during)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}|(?:last|this|earlier\s+this)\s+(?:year|month|week)|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?)|today|yesterday)$/u;

/** A count before the parties: "more than 1,000", "a further 22", "eleven", "about 600". */
const COUNT =
  /^(?:(?:a\s+further|an\s+additional|another|more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly)\s+)*(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+/i;

/** The parties themselves: a few words ending on a group noun, a place after "in" allowed. */
const PARTIES = new RegExp(
  String.raw`^(?:[\p{L}’'.-]+\s+){0,3}(?:${GROUP_NOUNS}|parties|persons)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?(?:${GROUP_NOUNS}|parties|persons))?(?:\s+(?:in|based\s+in|located\s+in|from)\s+(?:[\p{L}’'-]+\s*){1,5})?$`,
  'iu',
);

/**
 * The object of a listing verb before `end`, where its ground ("for supplying") begins, or undefined.
 * A ground in the list's name ("adds 31 entities to the list of those directly supporting …", no
 * supply verb) is listingSupport.ts's (convention 11).
 */
export function listedObject(text: string, headStart: number, end: number): SupplierPhrase | undefined {
  let head = text.slice(headStart, end);
  for (let m = TAIL.exec(head); m; m = TAIL.exec(head)) head = head.slice(0, m.index);
  let verbEnd = -1;
  LISTING_VERB.lastIndex = 0;
  for (let m = LISTING_VERB.exec(head); m; m = LISTING_VERB.exec(head)) verbEnd = m.index + m[0].length;
  if (verbEnd < 0 || head.length - verbEnd > 90) return undefined;
  let start = headStart + verbEnd;
  let phrase = head.slice(verbEnd);
  const count = COUNT.exec(phrase);
  if (count) {
    start += count[0].length;
    phrase = phrase.slice(count[0].length);
  }
  if (!PARTIES.test(phrase) || /^(?:the|its|their|a|an)\s/i.test(phrase)) return undefined;
  return { start, end: start + phrase.length, text: phrase, relative: false };
}
