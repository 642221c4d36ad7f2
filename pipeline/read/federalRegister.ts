/**
 * A Federal Register document's issuing agency, from its header: "DEPARTMENT OF COMMERCE" on a
 * line of its own, then the agency under it ("Bureau of Industry and Security") or an
 * "AGENCY: Bureau of Industry and Security, Department of Commerce." line. The agency speaks for
 * the rule: its findings are its claims, as a press release's are its issuer's (docs/curation.md).
 */
import type { Attribution } from './attribution.js';

/** The department line that opens a Federal Register document. */
const DEPARTMENT = /^[ \t]*DEPARTMENT OF (?:THE )?[A-Z][A-Z ,&]+[ \t]*$/m;
/** A line naming the agency on its own ("Bureau of Industry and Security", "Office of Foreign Assets Control"). */
const AGENCY_LINE =
  /^[ \t]*((?:[A-Z][\p{L}-]*\s+)*(?:Bureau|Office|Administration|Agency|Service|Commission)(?:\s+(?:of|for|and|on|the)\s+(?:the\s+)?(?:[A-Z][\p{L}-]*)(?:\s+(?:and\s+)?[A-Z][\p{L}-]*)*)?)(?:,\s+(?:Department|Treasury)[^\n]*)?[ \t]*$/mu;
/** "AGENCY: Bureau of Industry and Security, Department of Commerce." */
const AGENCY_LABEL = /^[ \t]*AGENCY:[ \t]*((?:[A-Z][\p{L}-]*)(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\p{L}-]*)*)\s*(?:,|\.|$)/mu;

/** The agency a Federal Register header in `head` (the text's opening lines) names, if any. */
export function federalRegisterAgency(head: string): Attribution | undefined {
  if (!head.includes('DEPARTMENT OF')) return undefined;
  const dept = DEPARTMENT.exec(head);
  if (!dept) return undefined;
  const label = AGENCY_LABEL.exec(head);
  if (label && /\b(?:Bureau|Office|Administration|Agency|Service|Commission|Department)\b/.test(label[1]!)) {
    const start = label.index + label[0].indexOf(label[1]!);
    return { phrase: label[1]!, start, end: start + label[1]!.length, cue: 'the agency of the rule' };
  }
  // The agency's line follows the department's, blank lines between.
  const after = dept.index + dept[0].length;
  const next = /^\s*\n([^\n]*)/.exec(head.slice(after));
  if (!next) return undefined;
  const line = AGENCY_LINE.exec(next[1]!);
  if (!line || line.index !== 0) return undefined;
  const start = after + next[0].length - next[1]!.length + next[1]!.indexOf(line[1]!);
  return { phrase: line[1]!, start, end: start + line[1]!.length, cue: 'the agency of the rule' };
}
