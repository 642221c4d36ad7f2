/**
 * Credits: the words of a news text that name who wrote, edited or distributed it — a wire
 * credit ("(Reporting by Aigul Temirova in Bishkek; Editing by Mark Potter)"), a byline at the top
 * ("By Jane Doe and John Roe"), "X contributed to this report", the agency of a dateline
 * ("BEIJING, Sept. 5 (Reuters) —"). They name journalists and the outlet, not parties of a supply:
 * suggest drafts no entity from them (the sidecar's byline and publisher are where they go).
 */
import { BYLINE, NAMES, bylineHead } from './byline.js';
import { datelineAgencySpan } from './sidecar.js';

/** A word capitalized or not ("Reporting", "reporting"): the credit's own words, while the names must be capitalized. */
const either = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const CREDIT_WORD = 'reporting writing editing compiled compiling research reported written edited graphics photos photo video'
  .split(' ')
  .map(either)
  .join('|');

/** One part of a credit: "Reporting by …", "additional reporting by …", "Editing by …". */
const PART = String.raw`(?:and[ \t]+)?(?:(?:${either('additional')}|${either('further')})[ \t]+)?(?:${CREDIT_WORD})[ \t]+by[ \t]+${NAMES}`;
const PARTS = String.raw`${PART}(?:[ \t]*;[ \t]*${PART})*[ \t]*\.?`;

/** A wire credit in brackets, or standing as a line of its own. */
const CREDIT = new RegExp(String.raw`\([ \t]*${PARTS}[ \t]*\)|^[ \t]*${PARTS}[ \t]*$`, 'gmu');

/** "Jane Doe in Moscow contributed to this report.": a line of its own. */
const CONTRIBUTED =
  /^[ \t]*[\p{L} .,’'&-]{0,120}?[ \t]contributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this[ \t]+(?:report|story|article)\.?[ \t]*$/gmu;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The text with its credits blanked (spaces, so every offset stays the text's own). */
export function withoutCredits(text: string): string {
  let out = text.replace(CREDIT, blank).replace(CONTRIBUTED, blank);
  const head = bylineHead(out).length;
  out = out.slice(0, head).replace(BYLINE, blank) + out.slice(head);
  const agency = datelineAgencySpan(text);
  if (agency) out = out.slice(0, agency.start) + blank(out.slice(agency.start, agency.end)) + out.slice(agency.end);
  return out;
}
