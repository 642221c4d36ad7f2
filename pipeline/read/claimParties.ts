/**
 * The fourth phase of reading a claim: its parties and goods, read as the kind of verb asks —
 * goods "found in" a country's weapons, goods that "come from" somewhere, a receiving verb
 * (claimReceive.ts), or a verb or noun of supply, whose supplier is the passive's agent, the
 * trade's owner, the subject, or a pronoun for the speaker or for the supplier before. A claim
 * needs a supplier, and goods or a recipient.
 */
import { anyPartyAfter } from './anyParty.js';
import { coordinated } from './claimClause.js';
import { MADE_BY_GROUP, WE_DENY } from './claimCues.js';
import { ev } from './evidence.js';
import type { ClaimFrame } from './claimFrame.js';
import { idsOf } from './claimIds.js';
import type { ClaimObject } from './claimObject.js';
import { fromCountries, receiveParties } from './claimReceive.js';
import { readComesFrom } from './comesFrom.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { foundIn } from './foundIn.js';
import { isMadeIn, madeInParties } from './madeIn.js';
import type { GoodsHit } from './goods.js';
import { framedPronoun } from './pronounFrame.js';
import { passiveOrigin } from './passiveOrigin.js';
import { recipientInSentence } from './recipient.js';
import { splitSuppliers, type SupplierPhrase } from './supplier.js';
import type { ReadClaim } from './types.js';

/** The supplier of the claim read last in the text, for a pronoun ("it has not sent"). */
export interface LastSupplier {
  ids: string[];
  names: string[];
}

/** A claim's parties and goods (one claim each), with the evidence read so far. */
export interface Parties {
  supplierIds: string[];
  supplierNames: string[];
  recipient: string | null;
  goods: GoodsHit[];
  evidence: ReadClaim['evidence'];
}

/** The goods named before the verb, in its clause ("drone engines … come from China"). */
const goodsBefore = (ctx: TextContext, f: ClaimFrame): GoodsHit[] =>
  coordinated(
    ctx.text,
    ctx.goods(f.s).filter((g) => g.start >= f.headStart && g.end <= f.t.start),
  );

/** "Chinese components have been found in Russian drones": the goods' origin supplies their user. */
function foundParties(ctx: TextContext, f: ClaimFrame, p: Parties): boolean {
  const { text } = ctx;
  const { t, headStart } = f;
  if (isMadeIn(text, t)) {
    const made = madeInParties(text, f.countries, headStart, t, f.span.end);
    if (!made) return false;
    setSupplier(p, text, made.maker.entity, made.maker.text, made.maker.start, made.maker.end, 'the place the goods are made');
    return setUser(ctx, f, p, made.user, 'Russia in the goods’ phrase');
  }
  const found = foundIn(text, f.countries, headStart, t, (n) => ctx.lexicon.countries.lookup(n));
  if (!found) return false;
  // "Components made by Chinese companies have been found in …": the makers named supply.
  const maker = MADE_BY_GROUP.exec(text.slice(headStart, t.start));
  if (maker) {
    const at = headStart + maker.index + maker[0].indexOf(maker[1]!);
    setSupplier(p, text, maker[1]!, maker[1]!, at, at + maker[1]!.length, 'the makers of the goods found');
  } else
    setSupplier(p, text, found.origin.entity, found.origin.text, found.origin.start, found.origin.end, 'the origin of the goods found');
  return setUser(ctx, f, p, found.user, 'the country whose weapons hold them');
}

/** One supplier, named by the words from `start` to `end`. */
function setSupplier(p: Parties, text: string, id: string, name: string, start: number, end: number, why: string): void {
  p.supplierIds = [id];
  p.supplierNames = [name];
  p.evidence.supplier = ev(text, start, end, why);
}

/** The goods' user receives them; the goods are those named before the verb. */
function setUser(ctx: TextContext, f: ClaimFrame, p: Parties, user: CountryHit, why: string): true {
  p.recipient = user.entity;
  p.evidence.recipient = ev(ctx.text, user.start, user.end, why);
  p.goods = goodsBefore(ctx, f);
  return true;
}

/** "most of the drone engines come from China": the place or group they come from supplies. */
function comesFromParties(ctx: TextContext, f: ClaimFrame, p: Parties): boolean {
  const read = readComesFrom(ctx.text, f.countries, f.headStart, f.t, f.fromGroup);
  if (!read) return false;
  p.supplierIds = read.supplierIds;
  p.supplierNames = read.supplierNames;
  p.evidence.supplier = read.supplier;
  if (read.recipient) {
    p.recipient = read.recipient.entity;
    p.evidence.recipient = read.recipientEvidence;
  }
  p.goods = goodsBefore(ctx, f);
  return true;
}

/** A sentence's subject, then a verb of denying or rejecting whose "that" clause the pronoun opens. */
const DENYING_MAIN =
  /^(?:[^—\n]*—\s+)?((?:the\s+|a\s+|an\s+)?\p{Lu}[^,;:—]{1,80}?)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+|(?:has|have|had|also|again)\s+|\p{Ll}+ly\s+)*(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:[^;!?]{0,60}?\s)?that\s+$/iu;

/**
 * "North Korea on Saturday rejected U.S. accusations that it has delivered", "A Chinese engine
 * maker denied that it had shipped": the pronoun is the subject that denies (its country where it
 * names one).
 */
function denyingSubject(
  ctx: TextContext,
  f: ClaimFrame,
  pronStart: number,
): { ids: string[]; text: string; start: number; end: number } | undefined {
  const { text } = ctx;
  const m = DENYING_MAIN.exec(text.slice(f.span.start, pronStart));
  if (!m) return undefined;
  const start = f.span.start + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const country = f.countries.find((h) => !h.demonym && h.start >= start && h.end <= end);
  if (country) return { ids: [country.entity], text: country.text, start: country.start, end: country.end };
  const phrase = m[1]!.replace(/^(?:the|a|an)\s+/i, '');
  return { ids: [phrase], text: phrase, start: end - phrase.length, end };
}

/** Where a pronoun subject ("it", "they", also contracted: "it's not sending") of the verb at `verbStart` starts, or -1. */
export function pronounAt(text: string, headStart: number, verbStart: number): number {
  const m =
    /\b(?:it|they)(?:[’'](?:s|re))?\s+(?:\S+\s+){0,3}$/i.exec(text.slice(headStart, verbStart)) ??
    ELIDED_PRONOUN.exec(text.slice(headStart, verbStart));
  return m ? headStart + m.index : -1;
}

/** "it sells only to civilian customers and has never exported to Russia": a verb after "and" has the pronoun its clause opens on. */
const ELIDED_PRONOUN =
  /\b(?:it|they)\s+(?![^,;]*\b(?:it|they)\b)[^,;]{1,60}?\s(?:and|but)\s+(?:(?:has|have|had|is|are|was|were|also|never|not|still|\p{Ll}+ly)\s+)*$/iu;

/** "it has not sent", "We do not sell drones to Russia": the speaker, its country, or the supplier before. */
function pronounSupplier(ctx: TextContext, f: ClaimFrame, lastSupplier: LastSupplier | undefined, p: Parties): void {
  const { text } = ctx;
  const { t, s, headStart } = f;
  const pronStart = pronounAt(text, headStart, t.start);
  const pron = pronStart >= 0;
  let main: ReturnType<typeof denyingSubject>;
  let framed: ReturnType<typeof framedPronoun>;
  const attribution = pron ? ctx.attribution(s) : undefined;
  const speaker = attribution ? ctx.lexicon.countries.lookup(attribution.phrase.replace(/^the\s+/i, '')) : undefined;
  if (pron && speaker && !speaker.demonym && attribution) {
    p.supplierIds = [speaker.entity];
    p.supplierNames = [attribution.phrase];
    p.evidence.supplier = ev(text, attribution.start, attribution.end, 'a pronoun for the speaker');
  } else if (!pron && WE_DENY.test(text.slice(headStart, t.start))) {
    // "We do not sell drones to Russia": a speaker's denial for its own side, in its words.
    // The speaker's country where its words name one ("the Chinese ambassador to the EU").
    const we = WE_DENY.exec(text.slice(headStart, t.start))!;
    const at = headStart + we.index + we[0].search(/we/i);
    const said = ctx.attribution(s);
    const side = said
      ? ctx.lexicon.countries(said.phrase).find((h) => h.start === 0 || /^(?:the\s+)?$/i.test(said.phrase.slice(0, h.start)))
      : undefined;
    p.supplierIds = [side ? side.entity : text.slice(at, at + 2)];
    p.supplierNames = [text.slice(at, at + 2)];
    p.evidence.supplier = ev(text, at, at + 2, side ? 'a pronoun for the speaker’s country' : 'a speaker’s denial for its side');
  } else if (pron && (main = denyingSubject(ctx, f, pronStart))) {
    p.supplierIds = main.ids;
    p.supplierNames = [main.text];
    p.evidence.supplier = ev(text, main.start, main.end, 'a pronoun for the subject that denies or rejects');
  } else if (pron && (framed = framedPronoun(text, f.span.start, pronStart, attribution ?? ctx.attribution(s)))) {
    // "The company told us it has never sold …", "added 41 entities …, saying they supplied …".
    const names = splitSuppliers(framed.text);
    p.supplierIds = idsOf(ctx, names);
    p.supplierNames = names;
    p.evidence.supplier = ev(text, framed.start, framed.end, framed.rule);
  } else if (pron && lastSupplier) {
    p.supplierIds = lastSupplier.ids;
    p.supplierNames = lastSupplier.names;
    p.evidence.supplier = ev(text, headStart, t.start, 'a pronoun for the supplier before');
  }
}

/** A verb or noun of supply: false when its subject is a bare pronoun that stands for no one. */
function supplyParties(
  ctx: TextContext,
  f: ClaimFrame,
  o: ClaimObject,
  subject: SupplierPhrase | undefined,
  lastSupplier: LastSupplier | undefined,
  p: Parties,
): boolean {
  const { text } = ctx;
  const { t } = f;
  const { agent, tradeOwner } = o;
  const { evidence } = p;
  if (agent) {
    const names = agent.country ? [agent.text] : splitSuppliers(agent.text);
    p.supplierNames = names;
    p.supplierIds = agent.country ? [agent.country.entity] : idsOf(ctx, names);
    evidence.supplier = ev(text, agent.start, agent.end, 'the agent of a passive supply verb');
    if (o.goodsBefore.length > 0) p.goods = o.goodsBefore;
    else p.goods = o.goodsAfter.filter((g) => g.end <= agent.start || g.start >= agent.end);
  } else if (tradeOwner && tradeOwner.start > t.start && lastSupplier?.names.some((n) => n.startsWith(`${tradeOwner.text} `))) {
    p.supplierIds = lastSupplier.ids;
    p.supplierNames = lastSupplier.names;
    evidence.supplier = ev(text, tradeOwner.start, tradeOwner.end, 'the group of that country named before');
  } else if (tradeOwner && tradeOwner.start > t.start && !tradeOwner.demonym) {
    // "the transfers of weapons to Russia from the DPRK and Iran": every country listed after "from".
    fromCountries(text, f, tradeOwner, p);
  } else if (tradeOwner) {
    p.supplierIds = [tradeOwner.entity];
    p.supplierNames = [tradeOwner.text];
    evidence.supplier = ev(
      text,
      tradeOwner.start,
      tradeOwner.end,
      tradeOwner.start > t.start ? 'the origin of the goods traded' : 'the country whose trade it is',
    );
  } else if (subject) {
    if (/^(?:it|they)$/i.test(subject.text)) return false;
    const names = splitSuppliers(subject.text.replace(/[’']s$/, ''));
    p.supplierNames = names;
    p.supplierIds = idsOf(ctx, names);
    evidence.supplier = ev(
      text,
      subject.start,
      subject.end,
      subject.relative ? 'the phrase a relative clause describes' : 'the subject of a supply verb',
    );
  } else {
    pronounSupplier(ctx, f, lastSupplier, p);
    const origin = p.supplierIds.length === 0 ? passiveOrigin(ctx, f) : undefined;
    if (origin) {
      setSupplier(p, text, origin.entity, origin.text, origin.start, origin.end, 'the origin of the goods a passive verb supplies');
      p.goods = goodsBefore(ctx, f);
    }
  }
  const r = o.recipient?.hit ?? o.helped?.hit;
  // "supplied by Chinese manufacturers": a country inside the agent's words is the supplier's, not a recipient.
  if (r && !(agent && r.start >= agent.start && r.end <= agent.end)) {
    p.recipient = r.entity;
    evidence.recipient = ev(text, r.start, r.end, (o.recipient ?? o.helped)!.rule);
  }
  return true;
}

/** A pronoun object right after the verb. */
const THEM = /^\s+(?:them|it)\b/;

/** "arms transfers", "arms deliveries": the word "arms" naming what a trade noun carries. */
const ARMS_TRADE = /^arms\s+(?:transfers?|deliveries|shipments?|sales|supplies|exports)\b/i;

/** A month, with its day or year: "October", "26 October", "March 2024". */
const DATE_NAME =
  /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?$/;

/** The parties and goods of the verb of frame `f`, or undefined when they make no claim. */
export function readParties(
  ctx: TextContext,
  f: ClaimFrame,
  o: ClaimObject,
  subject: SupplierPhrase | undefined,
  lastSupplier: LastSupplier | undefined,
): Parties | undefined {
  const { text } = ctx;
  const { t, s, clauseEnd, headStart, backward } = f;
  const p: Parties = { supplierIds: [], supplierNames: [], recipient: null, goods: o.goodsAfter, evidence: {} };
  if (t.kind === 'found') {
    if (!foundParties(ctx, f, p)) return undefined;
  } else if (t.kind === 'from') {
    if (!comesFromParties(ctx, f, p)) return undefined;
  } else if (t.kind === 'receive') {
    receiveParties(ctx, f, subject, p);
  } else if (!supplyParties(ctx, f, o, subject, lastSupplier, p)) return undefined;
  if (t.kind === 'support') p.goods = [];
  // "procured integrated circuits and ball bearings and resold them to end users in Russia": "them" are the goods named before.
  if (p.goods.length === 0 && !backward && THEM.test(text.slice(t.end, t.end + 6))) {
    const before = ctx.goods(s).filter((g) => g.start >= f.span.start && g.end <= t.start);
    if (before.length > 0) p.goods = coordinated(text, before);
  }
  // "continuing DPRK arms transfers to Russia": "arms" before a trade noun is the goods the trade is of, not a verb.
  if (p.goods.length === 0 && ARMS_TRADE.test(text.slice(t.start, t.end + 14)))
    p.goods = [{ id: 'arms', start: t.start, end: t.end, text: text.slice(t.start, t.end) }];
  // "the Shahed drones that Iran has been transferring to Russia", "the drones Russia imported from Iran": goods right before the relative clause.
  if (p.goods.length === 0 && subject && !subject.relative && !backward && t.kind !== 'support') {
    const rel = /(?:\s+(?:that|which))?\s+$/.exec(text.slice(Math.max(headStart, subject.start - 8), subject.start));
    const antecedent = rel ? ctx.goods(s).find((g) => g.end === subject.start - rel[0].length) : undefined;
    if (antecedent) p.goods = [antecedent];
  }
  if (p.supplierIds.length === 0) return undefined;
  // "as we released on 26 October, arms transfers from …": a date before a comma is no supplier.
  if (p.supplierNames.every((n) => DATE_NAME.test(n))) return undefined;
  if (!p.recipient && p.goods.length > 0 && !backward && t.kind !== 'receive') {
    // A country in the sentence's speaker ("Ukraine's military intelligence said") is no recipient.
    const said = ctx.ownAttribution(s);
    const r = recipientInSentence(
      text,
      said ? f.countries.filter((h) => h.end <= said.start || h.start >= said.end) : f.countries,
      p.supplierIds,
    );
    if (r) {
      p.recipient = r.hit.entity;
      p.evidence.recipient = ev(text, r.hit.start, r.hit.end, r.rule);
    }
  }
  if (!p.recipient && !backward && t.kind !== 'receive') {
    const any = anyPartyAfter(text, t, clauseEnd);
    if (any) {
      p.recipient = 'russia';
      p.evidence.recipient = ev(text, any.start, any.end, 'the parties to the war, Russia among them');
    }
  }
  if (p.goods.length === 0 && !p.recipient) return undefined;
  // "accounted for most of Russia's imports of such items": a share of no goods named is no claim of its own.
  if (p.goods.length === 0 && /^account/i.test(text.slice(t.start, t.end))) return undefined;
  // A purchase is read as a claim when Russia buys: "Kyrgyz trading companies bought microchips from
  // suppliers in Hong Kong and shipped them … to Russian buyers" claims the shipment, not the purchase.
  if (t.kind === 'receive' && /^(?:bought|buy|purchas|import)/i.test(text.slice(t.start, t.end)) && p.recipient !== 'russia')
    return undefined;
  // "supply Russia with civilian goods": civilian trade is no supply to the war industry.
  if (p.goods.length === 0 && /^\s+(?:\S+\s+){0,3}?(?:civilian|consumer|household)\b/i.test(text.slice(t.end, clauseEnd))) return undefined;
  if (p.goods.every((g) => g.id === 'crude-oil') && p.goods.length > 0) return undefined;
  return p;
}
