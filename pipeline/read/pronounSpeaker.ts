/**
 * A quotation closed by a pronoun's verb of saying, "“China does not supply weapons to us,” he
 * said.", with no speaker before it: the sentence before names who "he" is, as its subject
 * ("Kremlin aide Pavel Orekhov also rejected Western criticism."). The denial is stated by someone
 * (docs/curation.md: denials come from the supplier's side, and this one is said, not narrated).
 */
import type { ClaimantHit } from './claimant.js';
import type { TextContext } from './context.js';

/** How many sentences a quotation is read over for its closing verb (as quoteSpeaker.ts). */
const QUOTE_SPAN = 3;

/** A sentence closing on a quotation and a pronoun's verb of saying. */
const PRONOUN_SAID =
  /[,.!?]\s*[”"]\s*,?\s*(?:he|she)\s+(?:also\s+)?(?:said|added|stated|insisted|stressed|told\s+(?:reporters|journalists|\p{Lu}\w+))\b[^.!?]*[.!?]?\s*$/u;

/**
 * The subject the sentence before opens on: a name with the words describing it, ending on a
 * capitalized word, then a verb ("Presidential aide Yuri Volkov dismissed …", "Orekhov also rejected …").
 */
const SUBJECT =
  /^((?:[\p{Ll}-]+\s+|\p{Lu}[\p{L}’'-]*\s+){0,4}?\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:also\s+|later\s+|again\s+)?\p{Ll}+(?:ed|s)\b/u;

/** Whether sentence `s`, or the quotation it opens, closes on "…,” he said". */
export function saidByPronoun(ctx: TextContext, s: number): boolean {
  const { text, spans } = ctx;
  const first = text.charCodeAt(spans[s]!.start);
  const last = first === 0x201c || first === 34 ? Math.min(spans.length - 1, s + QUOTE_SPAN) : s;
  for (let k = s; k <= last; k++) {
    const t = text.slice(spans[k]!.start, spans[k]!.end);
    if (PRONOUN_SAID.test(t)) return true;
    if (k > s && /[”"]/.test(t)) return false;
  }
  return false;
}

/** Who "he" of sentence `s` is: the person the sentence before opens on, not a country or a body. */
export function pronounSpeaker(ctx: TextContext, s: number): ClaimantHit | undefined {
  if (s === 0 || !saidByPronoun(ctx, s)) return undefined;
  const span = ctx.spans[s - 1]!;
  const m = SUBJECT.exec(ctx.text.slice(span.start, span.end));
  if (!m || /^(?:The|A|An|This|That|It|They|We|He|She)\b/.test(m[1]!)) return undefined;
  // A person's name ends on a word no country or body is: "China firmly opposes" names no speaker.
  if (ctx.countries(s - 1).some((h) => h.end === span.start + m[1]!.length)) return undefined;
  return { phrase: m[1]!, start: span.start, end: span.start + m[1]!.length, rule: 'the person the sentence before opens on (he said)' };
}
