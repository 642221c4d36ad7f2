/**
 * Two more ways a press release's heading and lead name the body that issues it (speaker.ts reads
 * the others): a heading whose subject is a body's acronym ("Russia’s war of aggression against
 * Ukraine: EU agrees 17th package of sanctions", "UK sanctions …"), and a lead sentence that names,
 * under the heading's department, the bureau that acts ("Commerce Adds 11 Entities …" then "the
 * Commerce Department’s Bureau of Industry and Security (BIS) added …": the bureau, by its acronym).
 */
import type { Attribution } from './attribution.js';

/** A first line whose subject is an acronym of two to five capitals, then a verb of acting. */
const ACRONYM_ACTS =
  /^((?:[^\n:]{1,80}:\s+)?)(\p{Lu}{2,5})\s+(?:[Aa]dopts|[Ii]mposes|[Ss]anctions(?!\s+(?:target|targets|hit|hits|on|against|package|packages|regime|regimes|list|lists|relief|evasion|imposed|come|take|follow|follows|will|are|were|have|has)\b)|[Dd]esignates|[Aa]dds|[Ee]xtends|[Aa]grees|[Tt]argets|[Aa]nnounces|[Ii]ssues|[Rr]enews|[Pp]rolongs)\b/u;

/** The acronym a heading's first line names as the body acting, if any. */
export function acronymHeading(head: string): Attribution | undefined {
  const nl = head.indexOf('\n');
  const m = ACRONYM_ACTS.exec(nl < 0 ? head : head.slice(0, nl));
  if (!m) return undefined;
  const start = m[1]!.length;
  return { phrase: m[2]!, start, end: start + m[2]!.length, cue: 'the speaker of the statement' };
}

/** "the (U.S.) Commerce Department’s Bureau of Industry and Security (BIS)": a bureau of a department, with its acronym. */
const BUREAU_OF =
  /\b(?:the\s+)?(?:U\.S\.\s+)?(?:Department\s+of\s+(?:the\s+)?)?([A-Z][\p{L}]+)(?:\s+Department)?[’']s\s+(?:Bureau|Office|Directorate|Agency)\s+(?:of|for)\s+(?:[A-Z][\p{L}-]*\s+|(?:and|of|the)\s+){0,6}?[A-Z][\p{L}-]*\s+\((\p{Lu}{2,6})\)/u;

/**
 * The bureau of `body` (the heading's department: "Commerce", "Treasury", "Department of Commerce")
 * that the text's lead, right after the heading, names with its acronym.
 */
export function leadBureau(head: string, body: string): Attribution | undefined {
  const dept = /([A-Z][\p{L}]+)$/u.exec(body.replace(/\s+Department$/, ''))?.[1];
  if (!dept) return undefined;
  const m = BUREAU_OF.exec(head);
  if (!m || m[1] !== dept) return undefined;
  const start = m.index + m[0].lastIndexOf(m[2]!);
  return { phrase: m[2]!, start, end: start + m[2]!.length, cue: 'the speaker of the statement' };
}
