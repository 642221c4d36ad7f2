/**
 * The fifth phase of reading a claim: how it is stated — its certainty (asserted, likely,
 * determined, denied), the qualitative share and end use of its goods, and who claims it. These
 * are read in this order because the evidence keeps the order its fields were read in, and the
 * claimant may turn an assertion into a determination.
 */
import { ACCUSATION, ACCUSATION_BY, FIRST_PERSON, RELATIVE_SPEAKER, UNOWNED_REPORTS } from './claimCues.js';
import { designatedNext, listedBefore } from './designatedNext.js';
import { ev } from './evidence.js';
import type { ClaimFrame } from './claimFrame.js';
import { pronounAt, type Parties } from './claimParties.js';
import { readCertainty } from './certainty.js';
import { innerSpeaker } from './innerSpeaker.js';
import { readClaimant, sanctionedBy, type ClaimantHit } from './claimant.js';
import type { TextContext } from './context.js';
import { officialFinder, ownInquiryFinds, ownInvestigation } from './officialFinding.js';
import { textPublisher } from './publisherHeading.js';
import { readShareAndEndUse } from './qualifiers.js';
import { rejecterBefore } from './rejectedAccusation.js';
import { SPEAKER_PRONOUN } from './pronounFrame.js';
import { pronounSpeaker, saidByPronoun } from './pronounSpeaker.js';
import { quoteSpeaker } from './quoteSpeaker.js';
import { statementSpeaker } from './speaker.js';
import type { SupplierPhrase } from './supplier.js';
import type { Certainty, QualitativeShare } from './types.js';

export interface Stance {
  certainty: Certainty;
  share: QualitativeShare | null;
  endUse: string | null;
  claimant: string | null;
}

/** A government or its office, not its officials or a study: "the Treasury", "the Department of State", "the United States". */
const OFFICIAL_BODY =
  /^(?:[Tt]he\s+)?(?:(?:U\.S\.|UK|EU|British|US)\s+)?(?:Treasury|Department(?:\s+of\s+[A-Z]\w+)?|Ministry(?:\s+of\s+[A-Z][\w ]+)?|Council|Commission|Government|Bureau[\w ]*|OFAC|BIS|United States|United Kingdom|UK|European Union|EU)$/;

/** The claimant rules of a text's own voice: its statement's speaker, its publisher or author. */
const OWN_VOICE = /^the speaker of the statement$|publisher|author of the text|body named alone|body the release is from/;

/** The countries a text's letterhead names: its lines before the first blank line, within its opening. */
const letterheadCountries = (ctx: TextContext): string[] =>
  ctx.memo('letterheadCountries', 0, () => {
    const end = ctx.text.indexOf('\n\n');
    // A letterhead in capitals ("REPUBLIC OF TÜRKİYE") is read in the case the country names are known in.
    const head = ctx.text
      .slice(0, end < 0 || end > 300 ? 300 : end)
      .split('\n')
      .map((line) => (/\p{Ll}/u.test(line) ? line : line.replace(/İ/g, 'I').replace(/\p{Lu}+/gu, (w) => w[0]! + w.slice(1).toLowerCase())))
      .join('\n');
    return ctx.lexicon.countries(head).map((h) => h.entity);
  });

/** Whether every supplier of the claim is the country the letterhead names, or its firms ("Turkish companies"). */
function issuerSide(ctx: TextContext, p: Parties): boolean {
  const head = letterheadCountries(ctx);
  return (
    head.length > 0 &&
    p.supplierIds.length > 0 &&
    p.supplierIds.every(
      (id, k) => head.includes(id) || ctx.lexicon.countries(p.supplierNames[k] ?? '').some((h) => head.includes(h.entity)),
    )
  );
}

/** "rejected U.S. accusations that …", a relative clause's speaker, or the sentence's claimant. */
function claimantOf(
  ctx: TextContext,
  f: ClaimFrame,
  /** Where the claim's subject, or its pronoun, starts (-1 for none). */
  subjAt: number,
  accusedBy: RegExpExecArray | null,
): ClaimantHit | undefined {
  const { text } = ctx;
  const { t, s, headStart } = f;
  // The accusation ends where its subject starts: the accuser's offset is counted back from there.
  const accuser = accusedBy?.[1]
    ? { phrase: accusedBy[1], start: subjAt - accusedBy[0].length + accusedBy[0].indexOf(accusedBy[1]), rule: 'the accuser' }
    : undefined;
  const relSpeaker = RELATIVE_SPEAKER.exec(text.slice(headStart, t.start));
  const relAt = relSpeaker ? headStart + relSpeaker.index + relSpeaker[0].indexOf(relSpeaker[1]!) : 0;
  return accuser
    ? { ...accuser, end: accuser.start + accuser.phrase.length }
    : relSpeaker
      ? { phrase: relSpeaker[1]!, start: relAt, end: relAt + relSpeaker[1]!.length, rule: 'the speaker of a relative clause' }
      : ((subjAt > 0 ? innerSpeaker(text, ctx.spans[s]!.start, subjAt) : undefined) ??
        (ctx.attribution(s) || quoteSpeaker(ctx, s) ? undefined : pronounSpeaker(ctx, s)) ??
        readClaimant(ctx, s, headStart));
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
  // A pronoun subject too: "North Korea rejected U.S. accusations that it has delivered".
  const subjAt = subject?.start ?? pronounAt(text, headStart, t.start);
  const beforeSubject = subjAt >= 0 ? text.slice(Math.max(span.start, subjAt - 80), subjAt) : '';
  // Both end in "that": most clauses have none before their subject, and are not searched.
  const endsInThat = subjAt >= 0 && /\bthat\s+$/.test(beforeSubject);
  // "The Kremlin dismissed claims by NATO officials that China is …": the one who rejects denies it (convention 10).
  const rejecter = endsInThat ? rejecterBefore(text, span.start, subjAt) : undefined;
  const accusedBy =
    endsInThat && !rejecter
      ? (ACCUSATION.exec(beforeSubject) ?? ACCUSATION_BY.exec(beforeSubject) ?? UNOWNED_REPORTS.exec(beforeSubject))
      : null;
  const negFrom =
    accusedBy || rejecter ? subjAt : owner && subject ? subject.start : clauseComma >= headStart ? clauseComma + 1 : headStart;
  const read = readCertainty(text, span.start, headStart, negFrom, t);
  // A negation no one is said to state is the text's narrative, not a denial; in a statement, its speaker states it.
  // Session 16: a body's own text states its side's denials ("Türkiye does not export weapons …" under "REPUBLIC OF
  // TÜRKİYE / MINISTRY OF TRADE"): the publisher the claimant rules read speaks them. Another side's negation in a
  // body's text (the U.S. on "the PRC has not provided …") is no denial: denials come from the supplier's side.
  if (
    read.certainty === 'denied' &&
    !attribution &&
    !statementSpeaker(ctx) &&
    !quoteSpeaker(ctx, s) &&
    !saidByPronoun(ctx, s) &&
    // "It maintained that it had never sold …": the party that says it of itself states its denial (pronounFrame.ts).
    p.evidence.supplier?.rule !== SPEAKER_PRONOUN &&
    // "official statements by Beijing that China does not supply …": the statement's owner states it (innerSpeaker.ts).
    !(subjAt > 0 && innerSpeaker(text, span.start, subjAt)?.rule === 'the owner of a statement') &&
    !(issuerSide(ctx, p) && OWN_VOICE.test(readClaimant(ctx, s, headStart)?.rule ?? ''))
  )
    return undefined;
  if ((accusedBy || rejecter) && read.certainty === 'denied') return undefined;
  let certainty = read.certainty;
  if (read.evidence) evidence.certainty = read.evidence;
  if (rejecter) {
    certainty = 'denied';
    evidence.certainty = ev(text, rejecter.verbStart, subjAt, 'a rejected accusation');
  }

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

  // "the company told us it has never sold …": who speaks for itself claims its own denial.
  const self = p.evidence.supplier?.rule === SPEAKER_PRONOUN ? p.evidence.supplier : undefined;
  let who = self
    ? { phrase: self.text, start: self.start, end: self.end, rule: SPEAKER_PRONOUN }
    : rejecter
      ? { phrase: rejecter.phrase, start: rejecter.start, end: rejecter.end, rule: 'the one who rejects the accusation' }
      : claimantOf(ctx, f, subjAt, accusedBy);
  // A claim told by the body that sanctions or determines in the sentence or just before is its determination.
  // "We know that Iran has supplied …" after sanctions: the speaker's own knowledge, not a determination.
  // A country's supplies that such a body condemns or recalls ("Iran's continued supply of drones") are its
  // background, stated; the parties it lists or names are what it determined.
  // (A sanction of the claim's own sentence lists its parties, whatever the supplier is named by.)
  const namedParty =
    who?.rule === 'the actor of a sanction or determination' ||
    p.supplierIds.some((id) => ctx.lexicon.countries.codeOfEntity(id) === undefined);
  if (
    certainty === 'asserted' &&
    who &&
    namedParty &&
    (who.rule.startsWith('the actor of a sanction') ||
      sanctionedBy(ctx, s, who.phrase) ||
      // A release's own speaker that sanctioned anywhere before ("Treasury Targets …", "OFAC is designating 17
      // entities …"): the named parties its paragraphs describe are the ones it designated.
      (OWN_VOICE.test(who.rule) && p.supplierIds.some((id) => /\p{Lu}/u.test(id)) && sanctionedBy(ctx, s, who.phrase, true, s)) ||
      // "…, the bureau said", "According to Commerce officials, the companies shipped": the body that
      // sanctioned, by its kind or its officials, tells of the parties it lists (named parties, not a country's supplies).
      (p.supplierIds.some((id) => /\p{Lu}/u.test(id)) && sanctionedBy(ctx, s, who.phrase, true))) &&
    !FIRST_PERSON.test(text.slice(span.start, t.start))
  ) {
    certainty = 'determined';
    evidence.certainty = ev(text, who.start, who.end, 'a claim of the body that sanctions or determines');
  }
  // "The Treasury found that …", "The United States has also found that …": a government's finding is its determination.
  if (certainty === 'asserted' && who && /^(?:found|finds|concluded|concludes)$/.test(who.rule) && OFFICIAL_BODY.test(who.phrase)) {
    certainty = 'determined';
    evidence.certainty = ev(text, who.start, who.end, 'a finding of a government body');
  }
  // "investigations by Singapore Customs found that …", "OTSI has established that …": an enforcement body's finding.
  const finder = certainty === 'asserted' && subjAt > span.start ? officialFinder(text, span.start, subjAt) : undefined;
  if (finder) {
    certainty = 'determined';
    evidence.certainty = ev(text, finder.start, subjAt, 'a finding of an official body');
  }
  // "Our investigators established that …" in a revenue service's release: the service's own finding.
  if (certainty === 'asserted' && subjAt > span.start && text.slice(Math.max(span.start, subjAt - 12), subjAt).includes('that')) {
    const own = textPublisher(ctx);
    if (own && ownInquiryFinds(text, span.start, subjAt, own.phrase)) {
      certainty = 'determined';
      evidence.certainty = ev(text, span.start, subjAt, 'a finding of the official body publishing the text');
    }
  }
  // "According to the investigation, the 6 companies exported …" under "Korea Customs Service": the body's own
  // investigation, its finding (curation.md convention 14: its own claims take its author).
  const publisher = certainty === 'asserted' && who && /^the\s/i.test(who.phrase) ? textPublisher(ctx) : undefined;
  if (publisher && who && ownInvestigation(who.phrase, publisher.phrase)) {
    certainty = 'determined';
    evidence.certainty = ev(text, who.start, who.end, 'a finding of the official body publishing the text');
    who = { phrase: publisher.phrase, start: publisher.start, end: publisher.end, rule: `${who.rule} (the publisher's own investigation)` };
  }
  if (certainty === 'asserted' && listedBefore(ctx, s, p.supplierNames)) {
    certainty = 'determined';
    evidence.certainty = ev(text, ctx.spans[s - 1]!.start, ctx.spans[s - 1]!.end, 'a listing of the parties in the sentence before');
  }
  if (certainty === 'asserted' && designatedNext(ctx, s, p.supplierNames)) {
    certainty = 'determined';
    evidence.certainty = ev(text, ctx.spans[s + 1]!.start, ctx.spans[s + 1]!.end, 'a designation of the supplier in the next sentence');
  }
  if (who) evidence.claimant = ev(text, who.start, who.end, who.rule);
  return { certainty, share, endUse, claimant: who?.phrase ?? null };
}
