/**
 * A claim's certainty: `denied` for a negation in the verb's own clause, `likely` for a hedge
 * ("likely", "believed to"), `determined` for a determination, sanction or designation in the
 * sentence, else `asserted` — with the words that decided it.
 */
import type { Certainty, Evidence } from './types.js';
import type { Trigger } from './triggers.js';
import { ev } from './evidence.js';

// "no Kazakh company re-exports …": a negative subject denies the supply (not "no doubt", "no one doubts").
const NEGATION =
  /(?:\b(?:not|never|no longer|denie[sd]|deny|denying|rejects?|rejected|refuted?)\b|n[’']t\b|\bno\s+(?!(?:one|doubt|question|longer|more|less|fewer|matter|wonder|surprise)\b)(?:\p{L}+\s+){0,2}(?:company|companies|firm|firms|entity|entities|supplier|suppliers|exporter|exporters|manufacturer|manufacturers|business|businesses)\b)/iu;
const LIKELY =
  /\b(?:almost certainly|likely|probably|possibly|may have|may be|might|appear(?:s|ed)? to|suspected|suspects?|(?:it\s+)?is\s+alleged\s+that|believed to|(?:is|are|was|were)\s+(?:also\s+)?thought\s+to|(?:is|are|was|were)\s+(?:also\s+)?said\s+to|alleged to|apparently|purportedly|presumably|assess(?:es|ed)?\s+that|judges?\s+that|assessed\s+to|judged\s+to|considered\s+to|reportedly|allegedly|as\s+alleged|(?:is|are|was|were)\s+(?:also\s+)?reported\s+to|we\s+believe|believes?\s+that|believe\s+(?!in\b)(?=\S)|alleges?\s+that|(?<=[a-z]\s)believed\s+(?!in\b)|(?:officials|analysts|experts|diplomats|investigators|intelligence\s+agencies)\s+believe|(?:fairly|pretty|reasonably|quite)\s+(?:sure|confident|certain)|suggest(?:s|ed)?\s+that|indicat(?:es?|ed)\s+that)\b/i;
/** "no controlled items had been exported": a negative subject of a passive denies the supply of its goods. */
const NO_PASSIVE_SUBJECT =
  /\bno\s+(?!(?:one|doubt|question|longer|more|less|fewer|matter)\b)(?:[\p{L}-]+\s+){1,3}(?:has|have|had|was|were|is|are)\s+(?:(?:ever|yet|since)\s+)?been\s+$/iu;
/** A negative object right after the verb (not "no fewer than", "no longer", "no doubt"). */
const NO_OBJECT =
  /^\s+(?:(?:Russia|Moscow|the\s+Russian\s+\S+)\s+)?(?:nothing|none|not\s+a\s+single|no(?!\s+(?:fewer|less|more|longer|doubt|later|sooner)\b)(?=\s))\b/i;
/** A determination: of the claim's own clause, or the "determined that" the clause opens after. */
const DETERMINED =
  /\b(?:has|have|had)\s+determined\b|\bdetermined that\b|\bdetermined\s+(?:by\s+[^,;.]{1,60}?\s+)?to\b|\b(?:was|were|is|are|has been|have been)\s+found\s+to\s+have\b|\bit\s+(?:was|has\s+been|had\s+been)\s+established\s+that\b/i;
/** A sanction or designation anywhere in the sentence. */
const SANCTIONED =
  /\b(?:sanction(?:ed|s|ing)?|designat(?:ed|es|ing)|listing|listed|blacklist(?:ed)?|added\s+(?:[^,;.]{1,60}?\s+)?to\s+(?:the|its|their)\s+entity\s+list)\b/i;
/** A verb of saying and the "that" or quotation mark that opens the words reported. */
const REPORTED_FROM =
  /\b(?:said|says|told\s+\S+|stated|wrote|added|noted|argued|warned)\b(?:\s+(?:in|on|at|to)\s+(?:a|an|the)\s+\p{L}+)?\s+(?:that\s+[“"]?|[“"])/u;

/**
 * "we assess that A, while B …": a hedging verb of the sentence governs the clauses coordinated after it.
 * A verb of inference ("Staff analysis suggests that", "the records indicate that") hedges as much
 * (curation.md, convention 13); "shows", "found", "revealed" do not. "I think it is very likely that A" hedges A,
 * and a speaker's "it was "highly likely" that A" as much.
 */
const HEDGING_VERB =
  /\b(?:(?:assess(?:es)?|judges?|believes?|suggest(?:s|ed)?|indicat(?:es?|ed))\s+that|considers?\s+it\s+(?:likely|probable)\s+that|it\s+(?:is|was)\s+(?:very\s+|highly\s+|quite\s+)?(?:likely|probable)\s+that)\b|\bit\s+(?:is|was)\s+[“"](?:very\s+|highly\s+|quite\s+)?(?:likely|probable)[”"]/i;

/**
 * `spanStart`: the sentence's start; `headStart`: its clause's; `negFrom`: where a negation of
 * the claim may start (its clause after a comma, or a possessive's noun phrase).
 */
export function readCertainty(
  text: string,
  spanStart: number,
  headStart: number,
  negFrom: number,
  t: Trigger,
): { certainty: Certainty; evidence?: Evidence } {
  // "Chinese firms, not the government, are selling": a negation set off between commas is an aside.
  // (Only a zone with a comma can hold such an aside: most have none, and are not searched.)
  const beforeVerb = text.slice(negFrom, t.start);
  const negZone = beforeVerb.includes(',') ? beforeVerb.replace(/,\s+not\s+[^,]{2,40},/g, (m) => ' '.repeat(m.length)) : beforeVerb;
  // "obtain nothing from China", "has sent no weapons": a negative object denies the supply itself.
  const noObject = NO_OBJECT.exec(text.slice(t.end, t.end + 24));
  if (noObject) return { certainty: 'denied', evidence: ev(text, t.start, t.end + noObject[0].length, 'a negative object') };
  const neg =
    NEGATION.exec(negZone) ??
    (/^\s+(?:no|any)\b/i.test(text.slice(t.end, t.end + 5)) ? NEGATION.exec(text.slice(spanStart, t.start)) : null);
  if (neg) return { certainty: 'denied', evidence: ev(text, negFrom + negZone.lastIndexOf(neg[0]), t.end, 'a negation') };
  const noSubject = NO_PASSIVE_SUBJECT.exec(text.slice(spanStart, t.start));
  if (noSubject) return { certainty: 'denied', evidence: ev(text, spanStart + noSubject.index, t.end, 'a negative subject of a passive') };
  // "are likely the primary source of": the hedge may sit inside a nominal trigger.
  const likely = LIKELY.exec(text.slice(headStart, t.kind === 'nominal' ? t.end : t.start));
  if (likely) {
    const at = headStart + likely.index;
    return { certainty: 'likely', evidence: ev(text, at, at + likely[0].length, 'a hedge') };
  }
  const hedging = headStart > spanStart ? HEDGING_VERB.exec(text.slice(spanStart, headStart)) : null;
  if (hedging) {
    const at = spanStart + hedging.index;
    return { certainty: 'likely', evidence: ev(text, at, at + hedging[0].length, 'a hedging verb of the sentence') };
  }
  // "North Korea has been determined to have transferred …, and Iran continues to send": a
  // determination in another clause is not this one's; a sanction in the sentence is.
  const zone = /\bdetermined\s+that\s+$/i.test(text.slice(spanStart, headStart)) ? spanStart : headStart;
  const determined = DETERMINED.exec(text.slice(zone, t.start));
  // "Sen. X, pushing a bill to sanction Chinese banks, said that …": a sanction told of the speaker before the
  // words reported is not the claim's.
  const reported = determined ? null : REPORTED_FROM.exec(text.slice(spanStart, headStart));
  const sanctionFrom = reported ? spanStart + reported.index + reported[0].length : spanStart;
  const sanctioned = determined ? null : SANCTIONED.exec(text.slice(sanctionFrom, t.start));
  const found = determined ?? sanctioned;
  if (found) {
    const at = (determined ? zone : sanctionFrom) + found.index;
    return { certainty: 'determined', evidence: ev(text, at, at + found[0].length, 'a determination or sanction') };
  }
  return { certainty: 'asserted' };
}
