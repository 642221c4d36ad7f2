/**
 * The curation convention settled in session 16 (docs/curation.md, convention 10), as a rule on a
 * gold claim's own words: a rejected accusation ("China rejected Western reports that its firms
 * supply drone engines to Russia", "the ministry dismissed claims that …") is one claim, certainty
 * `denied`, claimant the rejecter, with the supplier, recipient and goods of the rejected
 * statement. Decided from the text around the claim's quote, never from the reader's output, so a
 * set can be brought to it unread. conventions16.ts applies it.
 */
import { sentenceStart } from './conventionRules15.js';

/**
 * A verb of rejecting, what it rejects (an accusation's noun, possibly with its maker: "claims by
 * NATO officials", "the claims made by the United States Secretary of State") and the "that" which
 * opens the rejected statement. An "-ing" form ("…, rejecting Western accusations that") is left:
 * its rejecter is the main clause's subject, which this rule does not read.
 */
const REJECTION =
  /\b(?:reject(?:s|ed)?|dismiss(?:es|ed)?|den(?:y|ies|ied)|refute[sd]?|rebuff(?:s|ed)?|brushed\s+(?:aside|off)|pushed\s+back\s+(?:on|against))\b((?:[^.,;:?!]|(?<=\b[A-Z])\.){0,100}?)\b(?:claims?|reports?|accusations?|allegations?|assertions?|suggestions?|charges?|idea|notion|speculation)((?:\s+(?:made\s+)?(?:by|from|of)\s+(?:[^.,;:?!]|(?<=\b[A-Z])\.){2,60}?)?)\s+that\s+/gi;

/** Words between the rejecter and its verb that are no part of its name: time, manner, auxiliaries. */
const TRAILING =
  /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+week|last\s+week|yesterday|today|also|again|categorically|firmly|flatly|strongly|repeatedly|swiftly|quickly|has|have|had|on\s+\w+\s+\d{1,2})$/i;

export interface RejectedAccusation {
  /** The rejecter as the sentence names it (the claimant the convention gives), or null when unclear. */
  rejecter: string | null;
  /** The words that reject ("rejected Western reports that"). */
  words: string;
  /** Why the rejecter is left unread, when it is. */
  unclear?: string;
}

/** The start of a sentence's own words: a dateline ("MOSCOW (Wire) — ") and a Q&A label are not its subject. */
function ownStart(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 90));
  const dateline = /^[A-Z][A-Z/ .,'’-]+(?:,[^—\n]{0,30})?(?:\([^)\n]{1,20}\))?\s+[—–-]{1,2}\s+/.exec(head);
  if (dateline) return start + dateline[0].length;
  const label = /^(?:A|Answer|Q|Question)\s*:\s+/.exec(head);
  return label ? start + label[0].length : start;
}

/** The subject before a rejection verb, time and manner words dropped; null when it is no plain noun phrase. */
export function rejecterOf(before: string): { rejecter: string | null; unclear?: string } {
  let s = before.trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(TRAILING, '').trim();
  }
  if (s === '') return { rejecter: null, unclear: 'no subject before the verb' };
  if (!/^[A-Z“"]/.test(s)) return { rejecter: null, unclear: `subject "${s}" opens in lower case` };
  if (s.length > 90) return { rejecter: null, unclear: `subject "${s.slice(0, 60)}…" too long` };
  // An opening clause ("Commenting on the results, the head of …") or a verb of its own: not a plain subject.
  if (/^\w+ing\b|\b(?:said|says|told|after|when|while|as)\b/.test(s)) return { rejecter: null, unclear: `subject "${s}" is a clause` };
  return { rejecter: s };
}

/**
 * Whether a claim's quote is the statement a rejection in its sentence rejects: the quote stands in
 * the "that" clause right after the rejection (a few words may come between: "that, in 2024, …"), or
 * the quote holds the rejection itself ("reject the idea that their traders …").
 */
export function rejectedAccusation(text: string, span: { start: number; end: number }): RejectedAccusation | null {
  const line = text.lastIndexOf('\n', span.start - 1) + 1;
  const start = sentenceStart(text, span.start, line);
  const from = ownStart(text, start, span.start);
  const window = text.slice(from, span.end);
  let found: RegExpExecArray | null = null;
  for (const m of window.matchAll(REJECTION)) {
    const thatEnd = from + m.index + m[0].length;
    const gap = span.start - thatEnd;
    // The quote opens the "that" clause (or a few words into it), or holds the whole rejection.
    if ((gap >= 0 && gap <= 40 && !/[;]|\bsaid\b|\band that\b/.test(text.slice(thatEnd, span.start))) || from + m.index >= span.start)
      found = m as RegExpExecArray;
  }
  if (!found) return null;
  const verbAt = from + found.index;
  const who = rejecterOf(text.slice(from, verbAt));
  return { rejecter: who.rejecter, words: found[0].trim(), ...(who.unclear ? { unclear: who.unclear } : {}) };
}

/** Where the text's rejections open their rejected statements: the offset after each rejection's "that". */
export function rejectedStatements(text: string): { at: number; words: string }[] {
  return [...text.matchAll(REJECTION)].map((m) => ({ at: m.index + m[0].length, words: m[0].trim() }));
}
