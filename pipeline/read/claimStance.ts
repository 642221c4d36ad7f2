/**
 * The fifth phase of reading a claim: how it is stated — its certainty (asserted, likely,
 * determined, denied), the qualitative share and end use of its goods, and who claims it. These
 * are read in this order because the evidence keeps the order its fields were read in, and the
 * claimant may turn an assertion into a determination.
 */
import { ACCUSATION, FIRST_PERSON, RELATIVE_SPEAKER } from './claimCues.js';
import { ev } from './evidence.js';
import type { ClaimFrame } from './claimFrame.js';
import type { Parties } from './claimParties.js';
import { readCertainty } from './certainty.js';
import { readClaimant, sanctionedBy, type ClaimantHit } from './claimant.js';
import type { TextContext } from './context.js';
import { readShareAndEndUse } from './qualifiers.js';
import { statementSpeaker } from './speaker.js';
import { endsWithWordThenSpace } from './textEnds.js';
import type { SupplierPhrase } from './supplier.js';
import type { Certainty, QualitativeShare } from './types.js';

export interface Stance {
  certainty: Certainty;
  share: QualitativeShare | null;
  endUse: string | null;
  claimant: string | null;
}

/** "rejected U.S. accusations that …", a relative clause's speaker, or the sentence's claimant. */
function claimantOf(
  ctx: TextContext,
  f: ClaimFrame,
  subject: SupplierPhrase | undefined,
  accusedBy: RegExpExecArray | null,
): ClaimantHit | undefined {
  const { text } = ctx;
  const { t, s, headStart } = f;
  const accuser = accusedBy?.[1]
    ? { phrase: accusedBy[1], start: subject!.start - accusedBy[0].length + accusedBy.index, rule: 'the accuser' }
    : undefined;
  const relSpeaker = RELATIVE_SPEAKER.exec(text.slice(headStart, t.start));
  const relAt = relSpeaker ? headStart + relSpeaker.index + relSpeaker[0].indexOf(relSpeaker[1]!) : 0;
  return accuser
    ? { ...accuser, end: accuser.start + accuser.phrase.length }
    : relSpeaker
      ? { phrase: relSpeaker[1]!, start: relAt, end: relAt + relSpeaker[1]!.length, rule: 'the speaker of a relative clause' }
      : readClaimant(ctx, s, headStart);
}

/**
 * The stance of the claim of frame `f`, its evidence added to `p`'s; undefined when it is a
 * denial no one states or the denial of an accusation.
 */
export function readStance(
  ctx: TextContext,
  f: ClaimFrame,
  subject: SupplierPhrase | undefined,
  owner: RegExpExecArray | null,
  p: Parties,
): Stance | undefined {
  const { text } = ctx;
  const { t, s, span, clauseEnd, headStart, backward } = f;
  const { evidence, goods } = p;
  // Certainty. A negation in a clause before the subject is not the claim's: "Despite its calls … not to
  // prolong the conflict, China is exporting"; a possessive's support ("would not … without China's
  // support") is negated only inside its noun phrase.
  const attribution = ctx.attribution(s);
  // Only a comma from the clause's start on counts (below): looked for there, not back through the text.
  const clauseComma = subject ? text.slice(headStart, subject.start + 1).lastIndexOf(',') + headStart : -1;
  // "rejected U.S. accusations that Kyrgyz companies have been supplying": the rejection is the
  // reporting clause's, the accusation the accuser's claim.
  // ACCUSATION ends in "that" and whitespace: asked only where the words before the subject do.
  const beforeSubject = subject ? text.slice(Math.max(span.start, subject.start - 60), subject.start) : '';
  const accusedBy = subject && endsWithWordThenSpace(beforeSubject, 'that') ? ACCUSATION.exec(beforeSubject) : null;
  const negFrom = accusedBy ? subject!.start : owner && subject ? subject.start : clauseComma >= headStart ? clauseComma + 1 : headStart;
  const read = readCertainty(text, span.start, headStart, negFrom, t);
  // A negation no one is said to state is the text's narrative, not a denial; in a statement, its speaker states it.
  if (read.certainty === 'denied' && !attribution && !statementSpeaker(ctx)) return undefined;
  if (accusedBy && read.certainty === 'denied') return undefined;
  let certainty = read.certainty;
  if (read.evidence) evidence.certainty = read.evidence;

  // Qualitative share and end use.
  // The share stands with the goods: before the verb when they do ("the vast majority of … are supplied by").
  const goodsFirst = backward || (goods.length > 0 && goods[0]!.end <= t.start);
  const { share, endUse } = readShareAndEndUse(
    text,
    goodsFirst ? headStart : t.end,
    goodsFirst ? t.start : clauseEnd,
    t.end,
    clauseEnd,
    evidence,
  );

  const who = claimantOf(ctx, f, subject, accusedBy);
  // A claim told by the body that sanctions or determines in the sentence or just before is its determination.
  // "We know that Iran has supplied …" after sanctions: the speaker's own knowledge, not a determination.
  if (
    certainty === 'asserted' &&
    who &&
    (who.rule.startsWith('the actor of a sanction') || sanctionedBy(ctx, s, who.phrase)) &&
    !FIRST_PERSON.test(text.slice(span.start, t.start))
  ) {
    certainty = 'determined';
    evidence.certainty = ev(text, who.start, who.end, 'a claim of the body that sanctions or determines');
  }
  if (who) evidence.claimant = ev(text, who.start, who.end, who.rule);
  return { certainty, share, endUse, claimant: who?.phrase ?? null };
}
