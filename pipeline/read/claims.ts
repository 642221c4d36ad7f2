/**
 * Claims: a sentence that says someone supplies (provides, sends, ships, delivers, surges sales
 * of) something, that something comes from somewhere, that someone likely does, has been
 * determined to, or denies it — with supplier, recipient, goods (one claim per goods named), end
 * use, certainty, a qualitative share ("the overwhelming majority") and the claimant. A share
 * of a whole ("supplied 76% of the chips") is a statistic, not a claim; a negation the text
 * itself states, with no one saying it, is no denial (docs/curation.md: denials come from the
 * supplier side).
 */
import { claimsOf } from './claimAssembly.js';
import { supplyNoun } from './claimClause.js';
import { claimFrame, type ClaimFrame } from './claimFrame.js';
import { readObject, type ClaimObject } from './claimObject.js';
import { readParties, type LastSupplier } from './claimParties.js';
import { readStance } from './claimStance.js';
import { readSubject } from './claimSubject.js';
import type { TextContext } from './context.js';
import { carryRecipient } from './recipientBefore.js';
import { suppliesElsewhere } from './claimScope.js';
import { topicRecipient } from './recipientTopic.js';
import { usRecipient } from './speakerSide.js';
import type { SupplierPhrase } from './supplier.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { ReadClaim } from './types.js';

/** `/\p{Lu}/u.test(text[at])`, with ASCII read without the regex. */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[at]!);
}

/** `ids.join()`, without the builtin's call for the commonest case, one supplier. */
const joined = (ids: readonly string[]): string => (ids.length === 1 ? ids[0]! : ids.join());
/** A denial and an assertion of the same supply are two claims ("X supplied bearings …; the company told us it has never sold bearings …"). */
const sameSupplier = (c: ReadClaim, cs: number, who: string, s: number, denied: boolean): boolean =>
  cs === s && joined(c.supplier) === who && (c.certainty === 'denied') === denied;

/** A verb's claim read as far as its subject (readClaim's first three phases), which no claim before it changes. */
export interface VerbReading {
  t: Trigger;
  s: number;
  frame: ClaimFrame;
  object: ClaimObject;
  /** Undefined where the verb has none it names (a claim may still be read). */
  subject: SupplierPhrase | undefined;
}

/**
 * The verbs of a text read as far as their subjects: the phases of readClaim that read only the
 * text, run over every verb (and, in readTexts, every text of a group) before the phases that
 * depend on the claims before them (assembleClaims).
 */
export function readVerbs(ctx: TextContext, found: readonly Trigger[] = findTriggers(ctx.text)): VerbReading[] {
  const { text } = ctx;
  const verbs: VerbReading[] = [];
  for (const found1 of found) {
    const t = supplyNoun(text, found1);
    // "Hong Kong Global Supply", "Beijing Delivery Co.": a capitalized word inside a name is no verb.
    if (isUpperAt(text, t.start) && /\p{Lu}[\p{L}’'-]*[ \t]+$/u.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    const s = ctx.sentenceOf(t.start);
    const frame = claimFrame(ctx, t, s);
    if (!frame) continue;
    const object = readObject(ctx, frame);
    if (!object) continue;
    const subject = readSubject(ctx, frame, object);
    if (subject === null) continue;
    verbs.push({ t, s, frame, object, subject });
  }
  return verbs;
}

/** The claims of a text, verb by verb (readVerbs, then assembleClaims). */
export function readClaims(ctx: TextContext, found: readonly Trigger[] = findTriggers(ctx.text)): ReadClaim[] {
  return assembleClaims(ctx, readVerbs(ctx, found));
}

/**
 * The claims of a text's verbs read as far as their subjects (readVerbs), kept one per supplier and
 * goods in a sentence; a pronoun's supplier is the one of the claim read before.
 */
export function assembleClaims(ctx: TextContext, verbs: readonly VerbReading[]): ReadClaim[] {
  const claims: ReadClaim[] = [];
  let lastSupplier: LastSupplier | undefined;
  const sentences: number[] = [];
  for (const verb of verbs) {
    const { t, s } = verb;
    for (const claim of readClaim(ctx, verb, lastSupplier)) {
      // "supply us with": the speaker's side receives (speakerSide.ts).
      if (claim.recipient === null) usRecipient(ctx, s, claim, t.end);
      // Supplies to Ukraine or to a third country are no part of Russia's war industry (claimScope.ts).
      if (claim.recipient !== null && claim.recipient !== 'russia' && suppliesElsewhere(ctx, claim)) continue;
      // "Ball bearings supplied by Chinese companies have reached …", "the main channel for microelectronics
      // reaching Russian weapons makers": the goods' arrival restates the supply a verb before it read.
      if (t.kind === 'found' && claims.some((c, k) => sentences[k] === s && c.goods === claim.goods && c.end > t.start && c.start < t.end))
        continue;
      const prev = claims.length > 0 ? claims[claims.length - 1]! : undefined;
      if (prev && sentences[sentences.length - 1]! >= s - 1) carryRecipient(ctx, s, claim, prev);
      if (claim.recipient === null) topicRecipient(ctx, s, claim);
      // One claim per supplier and goods in a sentence (the sentence of each claim is its trigger's);
      // one that names no goods says less than one of the same supplier that does
      // ("the navigation modules Russia buys abroad now come from Chinese suppliers").
      const who = joined(claim.supplier);
      const denied = claim.certainty === 'denied';
      if (claims.some((c, k) => sameSupplier(c, sentences[k]!, who, s, denied) && (c.goods === claim.goods || claim.goods === null)))
        continue;
      for (let k = claims.length - 1; k >= 0 && claim.goods !== null; k--) {
        if (sameSupplier(claims[k]!, sentences[k]!, who, s, denied) && claims[k]!.goods === null) {
          claims.splice(k, 1);
          sentences.splice(k, 1);
        }
      }
      claims.push(claim);
      sentences.push(s);
      lastSupplier = { ids: claim.supplier, names: claim.supplier_names };
    }
  }
  return claims;
}

/**
 * The claims of supply verb `t` of sentence `s`, read in phases, each of which may find that the
 * verb makes no claim (and most verbs end in the first):
 * 1. the frame (claimFrame.ts): the verb's sentence and clause, and the cheap tests that dismiss it;
 * 2. the object side (claimObject.ts): the goods and recipient after the verb, a passive's agent,
 *    a support or trade noun's owner;
 * 3. the subject before the verb (claimSubject.ts);
 * 4. the parties and goods (claimParties.ts, claimReceive.ts): supplier and recipient as the kind
 *    of verb asks;
 * 5. the stance (claimStance.ts): certainty, share, end use and claimant;
 * 6. the claims (claimAssembly.ts): quote, confidence, and one claim per goods named.
 * Each phase is a function of its module, not a closure: tsx and the compiled CLI wrap every
 * named closure they create, and readClaim runs for every verb found.
 */
function readClaim(ctx: TextContext, verb: VerbReading, lastSupplier: LastSupplier | undefined): ReadClaim[] {
  const { frame, object, subject } = verb;
  const parties = readParties(ctx, frame, object, subject, lastSupplier);
  if (!parties) return [];
  const stance = readStance(ctx, frame, subject, object.owner, parties);
  if (!stance) return [];
  return claimsOf(ctx.text, frame, subject, parties, stance);
}
