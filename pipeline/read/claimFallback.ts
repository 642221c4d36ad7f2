/**
 * A fallback for claims whose verb the lexicon (triggers.ts) does not know: a clause that names a
 * supplier before some verb, goods the vocabulary knows after it, and Russia or a Russian
 * recipient on the receiving side ("rushed drone motors to Russian assembly plants", "piped
 * microelectronics into Russia's defence industry", "lent Russia tank engines") states a supply,
 * whatever the verb. Each round of verbs met another verb in the next unseen text; the shape of
 * the clause carries over where a list of verbs does not. Read only in clauses no claim covers,
 * with a lower confidence and an evidence rule that says it is a fallback.
 */
import { readCertainty } from './certainty.js';
import { readClaimant } from './claimant.js';
import { claimantForm } from './claimantForms.js';
import { claimOf, isHeadline, type ClaimBase } from './claimClause.js';
import { FIGURE_KINDS, ownLine } from './claimCues.js';
import { idsOf } from './claimIds.js';
import { countryHit, type CountryHit } from './countries.js';
import type { TextContext } from './context.js';
import { ev } from './evidence.js';
import type { GoodsHit } from './goods.js';
import { statesNoClaim } from './noClaim.js';
import { splitSuppliers, supplierBefore } from './supplier.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { ReadClaim } from './types.js';

/** Where a clause ends and the next starts: a semicolon, a comma before a conjunction, "that". */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s+(?:that\s+)?|\b(?:that|which|who)\s+(?=\p{Lu}|[a-z]+\s+(?:in|from)\s+)/gu;

/** The receiving side's own words right before Russia: "to", "into", "for", "on to", "reach". */
const TOWARD = /\b(?:to|into|onto|for|on\s+to|reach(?:es|ed|ing)?)\s+(?:the\s+)?$/;

/** What a Russian recipient is ("Russian assembly plants", "the Russian military", "Russian buyers"): up to two words before its head. */
const RUSSIAN_HEAD =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:buyers|customers|importers|clients|forces|military|army|navy|defen[cs]e|arms|end\s+users|troops|units|factory|factories|plants?|manufacturers?|makers?|producers?|enterprises|industry|firms|companies|ports?|shipyards?|arsenals?|workshops?|assembly\s+lines?|war\s+machine|armed\s+forces|\p{Lu}[\p{L}-]+)\b/u;

/** Words that are no verb though lower case: the verb of the clause is the word before its object. */
const NOT_VERB =
  /^(?:the|a|an|its|their|his|her|of|in|on|at|by|with|from|to|into|for|and|or|but|as|that|which|who|also|more|most|other|such|some|many|several|new|old|own|further|additional|large|small|more|western|foreign|advanced|sensitive|military|key|critical|dual-use|quantities|batches|stocks|shipments|loads|consignments|supplies|numbers|parts)$/i;

/** A modal of a forecast or a wish (not "may have", a hedge of the past). */
const MODAL =
  /\b(?:will|would|could|should|must|can|may|might|plans?\s+to|intends?\s+to|seeks?\s+to|aims?\s+to|wants?\s+to|threaten(?:s|ed)?\s+to)\s+(?!have\b)(?:\p{Ll}+\s+){0,2}$/u;

/** A policy or sanction as the clause's own topic, no supply: "sanctions on", "a ban on", "restrictions". */
const POLICY = /\b(?:sanctions?|bans?|embargo|restrictions?|export\s+controls?|measures|penalt(?:y|ies)|charged|indict(?:ed|ment))\b/i;

/** A Russian recipient, and where its noun phrase ends ("Russian drone factories": the drones are no goods sent). */
interface Recipient {
  hit: CountryHit;
  phraseEnd: number;
}

/**
 * Russia, Moscow or a Russian after a lower-case word that may send goods its way: not "in", "of",
 * "from", "with", nor a word after which Russia opens a clause of its own ("that Russia buys").
 */
const WORD_BEFORE =
  /\b(?!(?:in|of|from|with|against|by|on|at|and|or|between|about|than|over|as|the|is|are|was|were|said|says|which|while|after|before|since|towards?|across|within|inside|outside|under|among|like|both|neither|nor|but|whether|if|that|through|via|what|when|where|how|because|so|then|also|not|has|have|had|do|does|did|will|would|can|could|may|might|should|must|told|whom|whose|who)\s)[a-z][a-z-]*\s+(?:the\s+)?$/;
const RUSSIA_WORD = /\b(?:Russia|Russian|Moscow|Kremlin)\b/g;

/**
 * An origin written as a compound right before the goods ("Chinese-made microchips", "North
 * Korean-origin artillery shells", "Iranian-designed loitering munitions"): the country matcher
 * leaves a name joined by a hyphen aside, and the compound names the supplier whatever the verb.
 */
const ORIGIN_COMPOUND =
  /(?<![\p{L}.’'-])(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-(?:made|designed|origin|built|produced|manufactured|sourced|supplied)\s+(?:[\p{L}-]+\s+){0,2}?$/u;

const MADE_WORD = /[\p{L}.]-(?:made|designed|origin|built|produced|manufactured|sourced|supplied)\s/u;
const hasMadeWord = (text: string, span: { start: number; end: number }): boolean => {
  const sentence = text.slice(span.start, span.end);
  return sentence.includes('-') && MADE_WORD.test(sentence);
};

/** Weapons a Russian body holds, in which goods of another's make are found or used ("Russian drones", "Russia's missiles"). */
const RUSSIAN_WEAPONS =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:weapons|weaponry|drones|missiles|tanks|munitions|systems|vehicles|aircraft|helicopters|artillery|arsenal)\b/u;

/** A Russian body after these words is the target, not the holder ("used against Russian forces"). */
const TARGETED = /\b(?:against|at|on|over|near|targeting|toward|towards|hit|struck|downed|destroyed)\s+(?:the\s+)?$/;

interface Clause {
  start: number;
  end: number;
}

function clausesOf(text: string, span: { start: number; end: number }): Clause[] {
  const out: Clause[] = [];
  const sentence = text.slice(span.start, span.end);
  let at = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start: span.start + at, end: span.start + m.index });
    at = m.index + m[0].length;
  }
  out.push({ start: span.start + at, end: span.end });
  return out;
}

/** The Russian recipient in a clause after `from`, with the words that send the goods its way. */
function russianRecipient(text: string, hits: readonly CountryHit[], c: Clause, verb: Trigger): Recipient | undefined {
  for (const h of hits) {
    if (h.entity !== 'russia' || h.start < verb.end || h.end > c.end) continue;
    const head = h.demonym ? RUSSIAN_HEAD.exec(text.slice(h.end, h.end + 40)) : null;
    if (h.demonym && !head) continue;
    // "feed Russia's weapons": the possessive's noun is the recipient's, no goods sent.
    const owned = h.demonym ? null : /^[’']s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+/u.exec(text.slice(h.end, h.end + 40));
    const phraseEnd = h.end + (head ? head[0].length : owned ? owned[0].length : 0);
    // The verb's own object ("lent Russia tank engines", "keep Russian drone factories stocked with").
    if (/^\s+(?:the\s+)?$/.test(text.slice(verb.end, h.start))) return { hit: h, phraseEnd };
    if (TOWARD.test(text.slice(Math.max(c.start, h.start - 24), h.start))) return { hit: h, phraseEnd };
  }
  return undefined;
}

/** The verb before `at`: the nearest lower-case word that is no article, preposition or adjective of goods. */
function verbBefore(text: string, from: number, at: number): Trigger | undefined {
  const words = /[\p{L}’'-]+/gu;
  words.lastIndex = from;
  let verb: Trigger | undefined;
  for (let m = words.exec(text); m !== null && m.index < at; m = words.exec(text)) {
    const w = m[0];
    if (!/^\p{Ll}/u.test(w) || NOT_VERB.test(w)) continue;
    verb = { start: m.index, end: m.index + w.length, kind: 'supply' };
  }
  return verb;
}

/** "ferried artillery shells from North Korea to …": the country the goods come from supplies. */
function origin(text: string, hits: readonly CountryHit[], from: number, to: number): CountryHit | undefined {
  return hits.find(
    (h) =>
      !h.demonym &&
      h.entity !== 'russia' &&
      h.start >= from &&
      h.end <= to &&
      /\bfrom\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 10), h.start)),
  );
}

/** The clause's parts: its verb, Russian recipient, goods sent, and the country they come from. */
interface Shape {
  verb: Trigger;
  found: Recipient;
  goods: GoodsHit[];
  from: CountryHit | undefined;
}

/** Goods as distinct ids, those of the recipient's own phrase left out. */
function goodsSent(goodsAll: readonly GoodsHit[], from: number, to: number, found: Recipient): GoodsHit[] {
  const goods: GoodsHit[] = [];
  for (const g of goodsAll) {
    if (g.start < from || g.end > to || (g.start >= found.hit.start && g.start < found.phraseEnd)) continue;
    if (!goods.some((k) => k.id === g.id)) goods.push(g);
  }
  return goods;
}

/**
 * "X rushed drone motors to Russian plants": the verb before the first goods or Russian recipient;
 * else "drone parts still reach Russia from China": goods before the verb, the origin after Russia.
 */
function shapeOf(text: string, hits: readonly CountryHit[], goodsAll: readonly GoodsHit[], c: Clause): Shape | undefined {
  const firstGoods = goodsAll[0]!;
  const firstRussia = hits.find((h) => h.entity === 'russia' && h.start >= c.start && h.end <= c.end)!;
  const verb = verbBefore(text, c.start, Math.min(firstGoods.start, firstRussia.start));
  const found = verb && russianRecipient(text, hits, c, verb);
  if (verb && found) {
    const goods = goodsSent(goodsAll, verb.end, c.end, found);
    if (goods.length > 0) return { verb, found, goods, from: origin(text, hits, verb.end, found.hit.start) };
  }
  if (firstGoods.end > firstRussia.start) return undefined;
  const arrives = verbBefore(text, firstGoods.end, firstRussia.start);
  const to = arrives && russianRecipient(text, hits, c, arrives);
  // The origin after Russia ("reach Russia from China") or named after the goods ("tools from China keep reaching").
  const from = to && (origin(text, hits, to.phraseEnd, c.end) ?? origin(text, hits, firstGoods.end, arrives.start));
  if (!arrives || !to || !from) return undefined;
  return { verb: arrives, found: to, goods: goodsSent(goodsAll, c.start, arrives.start, to), from };
}

/**
 * "Chinese-made microchips were found in Russian drones", "North Korean-origin shells were used by
 * Russian forces": goods whose compound names their origin, then some verb, then a Russian body
 * that holds or uses them (not one they are used against).
 */
function madeShape(ctx: TextContext, hits: readonly CountryHit[], goodsAll: readonly GoodsHit[], c: Clause): Shape | undefined {
  const { text } = ctx;
  for (const g of goodsAll) {
    const made = ORIGIN_COMPOUND.exec(text.slice(Math.max(c.start, g.start - 60), g.start));
    const word = made ? ctx.lexicon.countries.lookup(made[1]!) : undefined;
    if (!made || !word || word.entity === 'russia') continue;
    const recipient = hits.find((h) => h.entity === 'russia' && h.start >= g.end && h.end <= c.end);
    if (!recipient || TARGETED.test(text.slice(Math.max(c.start, recipient.start - 16), recipient.start))) return undefined;
    const after = text.slice(recipient.end, recipient.end + 40);
    // "Russian forces", "Russia's army", "Russian drones", "Russia's missiles".
    const owned = recipient.demonym ? null : /^[’']s(?=\s)/u.exec(after);
    const head =
      recipient.demonym || owned
        ? (RUSSIAN_HEAD.exec(after.slice(owned ? 2 : 0)) ?? RUSSIAN_WEAPONS.exec(after.slice(owned ? 2 : 0)))
        : null;
    if (!head && !TOWARD.test(text.slice(Math.max(c.start, recipient.start - 24), recipient.start))) return undefined;
    const verb = verbBefore(text, g.end, recipient.start);
    if (!verb) return undefined;
    const start = Math.max(c.start, g.start - 60) + made.index;
    const from = countryHit(word, start, start + made[1]!.length, made[1]!);
    const found = { hit: recipient, phraseEnd: recipient.end + (head ? head[0].length + (owned ? 2 : 0) : 0) };
    return { verb, found, goods: goodsSent(goodsAll, g.start, verb.start, found), from };
  }
  return undefined;
}

function fallbackOf(ctx: TextContext, s: number, c: Clause): ReadClaim[] {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const hits = ctx.countries(s);
  if (!hits.some((h) => h.entity === 'russia' && h.start >= c.start && h.end <= c.end)) return [];
  const goodsAll = ctx.goods(s).filter((g) => g.id !== null && g.start >= c.start && g.end <= c.end);
  if (goodsAll.length === 0) return [];
  // A figure in the clause makes it a statistic, the observations' to read ("shipped machine tools worth $150 million to Russia").
  // (Asked before the clause's shape, which it does not depend on: most clauses with a figure end here.)
  if (ctx.mentionsIn(s).some((x) => FIGURE_KINDS.has(x.kind) && x.start >= c.start && x.start < c.end)) return [];
  const shape = shapeOf(text, hits, goodsAll, c) ?? madeShape(ctx, hits, goodsAll, c);
  if (!shape || shape.goods.length === 0) return [];
  const { verb, goods, from } = shape;
  const recipient = shape.found.hit;
  // A noun is no verb: "China's exports of machine tools to Russia", "the transfer of missiles to".
  if (/^\s+of\b/.test(text.slice(verb.end, verb.end + 4))) return [];
  if (
    /(?:[’']s|\b(?:the|a|an|this|these|those|its|their|our|his|her))\s+$/i.test(text.slice(Math.max(c.start, verb.start - 12), verb.start))
  )
    return [];
  const before = text.slice(c.start, verb.start);
  if (MODAL.test(before) || POLICY.test(text.slice(c.start, c.end))) return [];
  const subject = from ? undefined : supplierBefore(text, c.start, verb.start);
  if (!subject && !from) return [];
  if (statesNoClaim(text, span, verb, subject, goods)) return [];
  // The lexicon's verbs, looked for in this clause alone: a clause with one of them and no claim is
  // one the rules read and set aside ("rejected claims that Iran had delivered …"), not one they missed.
  if (findTriggers(text.slice(c.start, c.end)).length > 0) return [];
  let names: string[];
  let supplierEv;
  if (from) {
    names = [from.text];
    supplierEv = ev(text, from.start, from.end, 'fallback: the country the goods come from');
  } else {
    names = splitSuppliers(subject!.text);
    supplierEv = ev(text, subject!.start, subject!.end, 'fallback: the subject before the verb');
  }
  // A compound's demonym ("Chinese-made") is no name the supplier ids know; its country is.
  const ids = from?.demonym ? [from.entity] : idsOf(ctx, names);
  // Russia supplies no one in its own war's claims; aid to Ukraine is no part of it.
  if (ids.length === 0 || ids.some((id) => id === 'russia' || id === 'ukraine' || /^(?:it|they|we|he|she)$/i.test(id))) return [];
  const start = Math.min(subject?.start ?? verb.start, goods[0]!.start, from?.start ?? verb.start);
  const end = Math.max(recipient.end, goods[goods.length - 1]!.end, from?.end ?? 0);
  const certainty = readCertainty(text, span.start, c.start, c.start, verb);
  const claimant = readClaimant(ctx, s, c.start);
  // A claim told by the body that sanctions in the sentence or just before is its determination (as claimStance.ts reads).
  const determined = certainty.certainty === 'asserted' && claimant?.rule.startsWith('the actor of a sanction') === true;
  const base: ClaimBase = {
    quote: text.slice(start, end),
    start,
    end,
    supplier: ids,
    supplier_names: names,
    recipient: 'russia',
    end_use: null,
    certainty: determined ? 'determined' : certainty.certainty,
    share: null,
    claimant: claimant?.phrase ?? null,
    confidence: 0.45,
  };
  const evidence: ReadClaim['evidence'] = {
    supplier: supplierEv,
    recipient: ev(text, recipient.start, recipient.end, 'fallback: Russia on the receiving side of a verb not in the lexicon'),
  };
  if (certainty.evidence) evidence.certainty = certainty.evidence;
  if (determined) evidence.certainty = ev(text, claimant!.start, claimant!.end, 'a claim of the body that sanctions or determines');
  if (claimant) evidence.claimant = ev(text, claimant.start, claimant.end, claimant.rule);
  return goods.map((g) =>
    claimOf(base, g.id, g.text, { ...evidence, goods: ev(text, g.start, g.end, 'fallback: the goods the verb sends') }),
  );
}

/** Claims the clauses no claim covers state with a verb outside the lexicon, added to `claims`. */
export function fallbackClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const added: ReadClaim[] = [];
  // Only a sentence that names Russia after a lower-case word can hold one: one scan of the text
  // finds them, and the vocabularies are matched in those alone (matching them in every sentence
  // cost more than the rest of the fallback).
  let last = -1;
  RUSSIA_WORD.lastIndex = 0;
  for (let m = RUSSIA_WORD.exec(text); m !== null; m = RUSSIA_WORD.exec(text)) {
    const s = ctx.sentenceOf(m.index);
    if (s === last) continue;
    const span = ctx.spans[s]!;
    // "Chinese-made chips found in Russian drones": an origin compound names the supplier, whatever word stands before Russia.
    // MADE_WORD needs a hyphen: a sentence without one is not searched.
    if (!WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !hasMadeWord(text, span)) continue;
    last = s;
    if (!ctx.countries(s).some((h) => h.entity === 'russia')) continue;
    const sentence = text.slice(span.start, span.end);
    // A title names an action; a question asks ("is China providing Russia with weapons?").
    if (isHeadline(sentence, ownLine(text, span)) || /\?["”’]?\s*$/.test(sentence)) continue;
    for (const c of clausesOf(text, span)) {
      if (claims.some((k) => k.start < c.end && c.start < k.end)) continue;
      added.push(...fallbackOf(ctx, s, c));
    }
  }
  return added;
}

/** `claims` with the fallback's added, in the text's order. */
export function withFallbackClaims(ctx: TextContext, claims: ReadClaim[]): ReadClaim[] {
  const added = fallbackClaims(ctx, claims);
  // Their claimants in the form official texts mean them, as every other claim's (officialClaims.ts).
  for (const c of added) {
    const form = claimantForm(ctx, c, ctx.sentenceOf(c.start));
    if (form) {
      c.claimant = form.phrase;
      c.evidence.claimant = ev(ctx.text, form.start, form.end, form.rule);
    }
  }
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}
