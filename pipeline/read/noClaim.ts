/**
 * Sentences around a supply verb that state no claim: goods a receiving verb describes ("the chips
 * Russia bought … were shipped from"), a condition ("if China provided"), a negative finding ("no
 * public evidence that Beijing has supplied"), reports the sentence calls false, a topic ("it's
 * not about China providing weapons").
 */
import type { GoodsHit } from './goods.js';
import type { SupplierPhrase } from './supplier.js';
import type { Trigger } from './triggers.js';
import { rejecterBefore } from './rejectedAccusation.js';
import { endsWithIng } from './textEnds.js';

/**
 * A negative finding before the subject: "no public evidence that", "have not seen". At module
 * level: tsx and the compiled CLI (esbuild, target node20) write a regex with `\p{…}` as
 * `new RegExp(…)`, which then costs about a microsecond a call where it stands in a function.
 */
const NEGATIVE_FINDING =
  /\b(?:no\s+(?:\p{Ll}+\s+)?(?:evidence|sign|signs|indication|proof)\s+(?:(?:has|have)\s+(?:emerged|surfaced|been\s+found)\s+)?that|(?:have|has|had)\s+not\s+seen|(?:haven|hasn|hadn)[’']t\s+seen|see\s+no\s+(?:evidence|sign)\s+that)\s+$/u;

/** "whether … reports (claims) that" before the subject, in its sentence: a question asked, nothing stated. */
const INDIRECT_QUESTION = /\bwhether\s+[^.;?]{0,100}\b(?:reports?|claims?|allegations?|information)\s+that\s+[^.;?]{0,60}$/i;

/** A group noun with no name, country or determiner of its own. */
const GENERIC_GROUP = /^(?:companies|firms|entities|suppliers|traders|exporters|manufacturers|businesses|those|anyone|anybody|whoever)$/i;

export function statesNoClaim(
  text: string,
  span: { start: number; end: number },
  t: Trigger,
  subject: SupplierPhrase | undefined,
  goods: readonly GoodsHit[],
): boolean {
  // "the chips Russia bought in 2024 were shipped from …": a receiving verb right after goods describes them.
  // Read so only when the sentence's own verb follows ("The drones Russia imported from Iran were used" is a claim).
  if (
    t.kind === 'receive' &&
    subject &&
    goods.some((g) => g.end < subject.start && /^\s+(?:that\s+|which\s+)?$/.test(text.slice(g.end, subject.start))) &&
    /\b(?:come|comes|came|shipped|supplied|sold|delivered|sent|provided|exported|originated)\b/.test(text.slice(t.end, span.end))
  )
    return true;
  // A condition is no claim: "there would be consequences if China provided … support".
  const subjectAt = subject?.start ?? t.start;
  if (/\b(?:if|unless|whether)\s+$/i.test(text.slice(Math.max(span.start, subjectAt - 10), subjectAt))) return true;
  // Nor is an indirect question's content: "(c) whether the Ministry has assessed reports that
  // Singapore-registered companies have supplied …", "whether the Government has taken note of reports
  // that goods … from China are being re-exported" (session 20, deletes21).
  const questionBefore = text.slice(Math.max(span.start, subjectAt - 140), subjectAt);
  if (questionBefore.includes('whether') && INDIRECT_QUESTION.test(questionBefore)) return true;
  // A bare group noun with a relative clause is anyone who does it, no one named: "Companies that
  // supply Russia's war machine will face consequences", "Firms that ship drones … should expect".
  if (
    subject?.relative &&
    GENERIC_GROUP.test(subject.text) &&
    /^(?:[“"]\s*)?$/.test(text.slice(span.start, subject.start)) &&
    /\b(?:will|would|must|should|can|could|may|risk|face)\b/.test(text.slice(t.end, span.end))
  )
    return true;
  // Nor is a call to end it: "China's support for Russia's war machine must end".
  if (/^[^,;.]*?\b(?:must|should|has to|needs? to)\s+(?:end|stop|cease|halt)\b/.test(text.slice(t.end, span.end))) return true;
  // Nor is a negative finding: "no public evidence that Beijing has supplied", "no evidence has emerged that".
  if (NEGATIVE_FINDING.test(text.slice(Math.max(span.start, subjectAt - 40), subjectAt))) return true;
  // Nor are reports the sentence calls false: "Western reports that North Korea has supplied … are another fabrication".
  // Reports someone named rejects are that one's denial (convention 10), whatever it calls them
  // ("The Kremlin dismissed reports that North Korea has sent …, calling them a fabrication"); and
  // reports whose accuser the rejection names are kept as before.
  // The look-back for the rejection ends where "reports that" starts: the match's index counts from its window's start.
  const reportsFrom = Math.max(span.start, subjectAt - 30);
  const reportsThat = /\b(?:reports|claims|allegations|accusations|rumou?rs|suggestions|assertions)\s+that\s+$/i.exec(
    text.slice(reportsFrom, subjectAt),
  );
  if (
    reportsThat &&
    !rejecterBefore(text, span.start, subjectAt) &&
    // The accuser is named between the verb and the reports ("rejected the latest U.S. accusations"); "dismissed reports that" names none.
    !/\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes)\s+(?:\S+\s+){0,3}(?!(?:the|these|those|such|all|any|new|recent|latest)\s)\S+\s+$/i.test(
      text.slice(Math.max(span.start, reportsFrom - 60), reportsFrom + reportsThat.index),
    ) &&
    /\b(?:fabrications?|fabricated|false|baseless|groundless|lies|untrue|nonsense|absurd|smears?|unfounded)\b/i.test(
      text.slice(t.end, span.end),
    )
  )
    return true;
  // Nor is a topic: "it's not about China providing weapons", "concerned about Iran transferring".
  if (
    endsWithIng(text, t.start, t.end) &&
    /\b(?:about|regarding|concerning|the (?:risk|prospect|possibility|consequences) of)\s+$/i.test(
      text.slice(Math.max(span.start, subjectAt - 30), subjectAt),
    )
  )
    return true;
  return false;
}
