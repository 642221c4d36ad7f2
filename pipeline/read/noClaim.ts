/**
 * Sentences around a supply verb that state no claim: goods a receiving verb describes ("the chips
 * Russia bought … were shipped from"), a condition ("if China provided"), a negative finding ("no
 * public evidence that Beijing has supplied"), reports the sentence calls false, a topic ("it's
 * not about China providing weapons").
 */
import type { GoodsHit } from './goods.js';
import type { SupplierPhrase } from './supplier.js';
import type { Trigger } from './triggers.js';
import { endsWithIng } from './textEnds.js';

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
  // Nor is a negative finding: "no public evidence that Beijing has supplied".
  if (
    /\b(?:no\s+(?:\p{Ll}+\s+)?(?:evidence|sign|signs|indication|proof)\s+that|(?:have|has|had)\s+not\s+seen|(?:haven|hasn|hadn)[’']t\s+seen|see\s+no\s+(?:evidence|sign)\s+that)\s+$/u.test(
      text.slice(Math.max(span.start, subjectAt - 40), subjectAt),
    )
  )
    return true;
  // Nor are reports the sentence calls false: "Western reports that North Korea has supplied … are another fabrication".
  if (
    /\b(?:reports|claims|allegations|accusations|rumou?rs|suggestions|assertions)\s+that\s+$/i.test(
      text.slice(Math.max(span.start, subjectAt - 30), subjectAt),
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
