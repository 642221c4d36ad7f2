/**
 * Claims: a sentence that says someone supplies (provides, sends, ships, delivers, surges sales
 * of) something, that something comes from somewhere, that someone likely does, has been
 * determined to, or denies it — with supplier, recipient, goods (one claim per goods named), end
 * use, certainty, a qualitative share ("the overwhelming majority") and the claimant. A share
 * of a whole ("supplied 76% of the chips") is a statistic, not a claim; a negation the text
 * itself states, with no one saying it, is no denial (docs/curation.md: denials come from the
 * supplier side).
 */
import type { TextContext } from './context.js';
import type { GoodsHit } from './goods.js';
import { splitSuppliers, supplierBefore, type SupplierPhrase } from './supplier.js';
import type { ClaimField, Evidence, ReadClaim } from './types.js';
import { findTriggers, type Trigger } from './triggers.js';
import { afterVerb, recipientAfter, recipientInSentence, type RecipientHit } from './recipient.js';
import type { CountryHit } from './countries.js';
import { originOfGoods, passiveAgent, passiveBe } from './passive.js';
import { foundIn } from './foundIn.js';
import { readClaimant, sanctionedBy } from './claimant.js';
import { readShareAndEndUse } from './qualifiers.js';
import { readCertainty } from './certainty.js';
import { documentSpeaker } from './speaker.js';
import {
  claimOf,
  clauseEndAfter,
  coordinated,
  ELIDED,
  INVOLVED,
  isHeadline,
  lastBreak,
  LISTED,
  supplyNoun,
  SUPPORT_OWNER,
  type ClaimBase,
} from './claimClause.js';
import { goodsIn } from './claimGoods.js';
import { comesFromGroup, readComesFrom } from './comesFrom.js';
import { statesNoClaim } from './noClaim.js';
import { carryRecipient } from './recipientBefore.js';
import {
  ACCUSATION,
  FIGURE_KINDS,
  FIRST_PERSON,
  FROM_GROUP,
  MADE_BY_GROUP,
  ownLine,
  RELATIVE_SPEAKER,
  STOPPED,
  WE_DENY,
} from './claimCues.js';

const AUX_ONLY =
  /^(?:\s+(?:has|have|had|is|are|was|were|been|be|also|likely|probably|reportedly|allegedly|still|never|not|n[’']t|does|do|did|denies|denied|continued|continues|to|(?:believed|thought|said|alleged|suspected|known|understood|reported|determined|found|assessed)(?=\s+to\s)|(?!potentially\b|hypothetically\b|eventually\b)[a-z]{2,}ly))*\s+$/i;
/** "helped Russia acquire", "is helping Moscow obtain": group 1 ends where the helper does. */
const HELPER =
  /^(.*?\S)\s+(?:(?:has|have|had|is|are|was|were|also|reportedly|allegedly)\s+)*(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?)\s+(?:the\s+)?$/s;
const APPOSITION = /,\s+(?:a|an|the|one of the|another)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const REPORTED_BY =
  /\s+(?:determined|found|assessed|judged|believed|thought|known|reported|alleged)\s+by\s+[^,;]{1,80}?\s+to\s+(?:have\s+)?$/;
const MADE_BY =
  /\b(?:manufactured|made|produced|built|supplied|sold|developed)\s+by\s+((?:[\p{L}-]+-based\s+|Chinese\s+|Russian\s+)?(?:companies|firms|entities)?\s*[\p{Lu}][^;.]*?)(?=[,;.]|\s+(?:and that|for|in|to)\s|$)/u;

/** "Russia would struggle … without China’s support": Russia, the subject of the clause, is supported. */
function supportedSubject(text: string, countries: readonly CountryHit[], headStart: number): RecipientHit | undefined {
  const h = countries.find(
    (x) => !x.demonym && x.entity === 'russia' && x.start >= headStart && /^\s*(?:the\s+)?$/.test(text.slice(headStart, x.start)),
  );
  return h && { hit: h, rule: 'the subject of the clause, supported' };
}

const ev = (text: string, start: number, end: number, rule: string): Evidence => ({ text: text.slice(start, end), start, end, rule });

/** Whether claim `c`, of sentence `cs`, is of sentence `s` and of the suppliers `who` (joined ids). */
const sameSupplier = (c: ReadClaim, cs: number, who: string, s: number): boolean => cs === s && c.supplier.join() === who;

export function readClaims(ctx: TextContext): ReadClaim[] {
  const { text } = ctx;
  const found = findTriggers(text);
  const claims: ReadClaim[] = [];
  let lastSupplier: { ids: string[]; names: string[] } | undefined;
  const sentences: number[] = [];
  for (const found1 of found) {
    const t = supplyNoun(text, found1);
    // "Hong Kong Global Supply", "Beijing Delivery Co.": a capitalized word inside a name is no verb.
    if (/\p{Lu}/u.test(text[t.start]!) && /\p{Lu}[\p{L}’'-]*[ \t]+$/u.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    const s = ctx.sentenceOf(t.start);
    for (const claim of readClaim(ctx, t, s, lastSupplier)) {
      // Supplies to Ukraine are no part of Russia's war industry ("continues to supply Kyiv with missiles").
      if (claim.recipient === 'ukraine') continue;
      const prev = claims.length > 0 ? claims[claims.length - 1]! : undefined;
      if (prev && sentences[sentences.length - 1]! >= s - 1) carryRecipient(ctx, s, claim, prev);
      // One claim per supplier and goods in a sentence (the sentence of each claim is its trigger's);
      // one that names no goods says less than one of the same supplier that does
      // ("the navigation modules Russia buys abroad now come from Chinese suppliers").
      const who = claim.supplier.join();
      if (claims.some((c, k) => sameSupplier(c, sentences[k]!, who, s) && (c.goods === claim.goods || claim.goods === null))) continue;
      for (let k = claims.length - 1; k >= 0 && claim.goods !== null; k--) {
        if (sameSupplier(claims[k]!, sentences[k]!, who, s) && claims[k]!.goods === null) {
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

interface Parties {
  supplierIds: string[];
  supplierNames: string[];
  recipient: string | null;
  subject?: SupplierPhrase;
}

function nameToId(ctx: TextContext, name: string): string {
  const c = ctx.lexicon.countries.lookup(name.replace(/^the\s+/i, '').replace(/[’']s$/, ''));
  return c && !c.demonym ? c.entity : name.replace(/[’']s$/, '');
}

/**
 * The ids of names, in an array built by push: an array that optimized code builds with map has
 * another hidden class than the interpreter's, and the optimized readClaim that met it was thrown
 * away and compiled again (node --trace-deopt).
 */
function idsOf(ctx: TextContext, names: readonly string[]): string[] {
  const ids: string[] = [];
  for (const n of names) ids.push(nameToId(ctx, n));
  return ids;
}

function readClaim(ctx: TextContext, t: Trigger, s: number, lastSupplier: { ids: string[]; names: string[] } | undefined): ReadClaim[] {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  if (ctx.memo('headline', s, () => isHeadline(text.slice(span.start, span.end), ownLine(text, span)))) return [];
  // A question asks, it claims nothing: "Is the Chinese government itself supplying weapons?"
  if (text.charCodeAt(span.end - 1) === 63) return [];
  // "DPRK-supplied missiles": a verb in a compound adjective has no clause of its own to read.
  if (text.charCodeAt(t.start - 1) === 45) return [];
  const evidence: ReadClaim['evidence'] = {};
  const clauseEnd = clauseEndAfter(ctx, s, t.end);
  const headStart = Math.max(span.start, lastBreak(text, span.start, t.start));
  const mentions = ctx.mentionsIn(s);
  // "comes from X", "found in Russian drones": the goods are named before the verb.
  const backward = t.kind === 'from' || t.kind === 'found';
  // A share of a whole is a statistic: a percent or fraction in the object (or, for "come from", before it).
  const figureZone = backward ? [headStart, t.start] : [t.end, clauseEnd];
  if (mentions.some((x) => (x.kind === 'percent' || x.kind === 'ratio') && x.start >= figureZone[0]! && x.start < figureZone[1]!))
    return [];
  // So is a purchase with its amount: "In April alone the country bought 2,300 CNC machines from China".
  if (
    t.kind === 'receive' &&
    /^(?:bought|buy|purchas|imported)/i.test(text.slice(t.start, t.end)) &&
    mentions.some((x) => FIGURE_KINDS.has(x.kind) && x.start >= t.end && x.start < clauseEnd)
  )
    return [];
  // And a sale or export with its value: "The EU sold goods worth €7.6 billion to Russia" is trade.
  if (
    /^(?:sold|sell|export)/i.test(text.slice(t.start, t.end)) &&
    mentions.some((x) => x.kind === 'money' && x.start >= t.end && x.start < clauseEnd)
  )
    return [];
  const countries = ctx.countries(s).filter((h) => !(h.metonym && /\bin\s+$/.test(text.slice(Math.max(0, h.start - 4), h.start))));
  // Cheap exits before the supplier phrase and the attribution are read: a supply verb needs
  // goods or a recipient after it, "comes from" a country right after it.
  // "come from Chinese manufacturers", "came from a firm in Türkiye": a group after "from" supplies too.
  const fromGroup = t.kind === 'from' ? comesFromGroup(text, t, clauseEnd) : null;
  if (t.kind === 'from') {
    if (!fromGroup && !countries.some((h) => !h.demonym && h.start >= t.end && h.start <= t.end + 8)) return [];
  } else if (t.kind === 'found') {
    if (!countries.some((h) => h.start >= t.end && h.start <= t.end + 4)) return [];
  } else if (t.kind !== 'receive' && t.kind !== 'support') {
    if (
      !countries.some((h) => h.start >= t.end) &&
      !ctx.goods(s).some((g) => g.start >= t.end && g.end <= clauseEnd) &&
      // "Drone engines … were supplied by Xiamen Lianhe": a passive names its goods before the verb.
      !/^\s+(?:\S+\s+){0,3}?by\s+\p{Lu}/u.test(text.slice(t.end, clauseEnd))
    )
      return [];
  }
  // A supply verb's recipient and goods come after it: with neither, the supplier is not worth reading.
  const goodsAfter = backward ? [] : coordinated(text, goodsIn(ctx, s, t.end, clauseEnd));
  const recipient =
    backward || t.kind === 'receive'
      ? undefined
      : (recipientAfter(text, countries, t, clauseEnd) ??
        (t.kind === 'support' ? supportedSubject(text, countries, headStart) : undefined));
  // Support is read as a claim only for Russia: "support for Ukraine" is no supply to the war industry.
  if (t.kind === 'support' && recipient?.hit.entity !== 'russia') return [];
  // "bearings supplied by Chinese companies": the agent supplies, the goods come before the verb.
  let agent = t.kind === 'supply' ? passiveAgent(text, headStart, t, clauseEnd, countries) : undefined;
  let goodsBefore = agent ? coordinated(text, goodsIn(ctx, s, headStart, t.start)) : [];
  // "North Korean artillery shells have been delivered to Russian forces": with no agent, the goods' origin supplies.
  const beAt = !agent && t.kind === 'supply' ? passiveBe(text, headStart, t) : -1;
  if (beAt >= 0) {
    goodsBefore = coordinated(text, goodsIn(ctx, s, headStart, beAt));
    agent = originOfGoods(text, beAt, countries, goodsBefore);
    if (!agent) goodsBefore = [];
  }
  // A share of goods before a passive verb is a statistic: "38% of the chips … were shipped from Hong Kong".
  if (agent && mentions.some((x) => (x.kind === 'percent' || x.kind === 'ratio') && x.start >= headStart && x.start < t.start)) return [];
  // With neither goods nor a recipient after it, the country the supplies help ("the components that
  // allow Russia to build its own weapons", "the components Russia needs").
  const helped =
    !backward && t.kind === 'supply' && goodsAfter.length === 0 && !recipient
      ? recipientInSentence(
          text,
          countries.filter((h) => h.start > t.end && h.end <= span.end),
          [],
        )
      : undefined;
  if (!backward && t.kind !== 'receive' && goodsAfter.length === 0 && goodsBefore.length === 0 && !recipient && !helped) return [];
  // "China’s (ongoing, military …) support": the owner is the supplier; a bare noun has none.
  const owner = t.kind === 'support' || t.kind === 'trade' ? SUPPORT_OWNER.exec(text.slice(headStart, t.start)) : null;
  if (t.kind === 'support' && !owner && /^support$/i.test(text.slice(t.start, t.end))) return [];
  // "Chinese exports of …": the country of the adjective trades; a trade noun with no owner names no supplier.
  // "the sale of Chinese drones": the goods' origin, or the group of that country named before.
  // "shipments of ball bearings from China to Russia": the country the goods come from.
  const tradeOwner =
    t.kind === 'trade' && !owner
      ? (countries.find((h) => h.demonym && h.end <= t.start && /^(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(text.slice(h.end, t.start))) ??
        countries.find((h) => h.demonym && h.start >= t.end && /^\s*(?:the\s+)?$/.test(text.slice(t.end, h.start))) ??
        countries.find((h) => !h.demonym && afterVerb(text, h, t, clauseEnd, /\bfrom\s+(?:the\s+)?$/i)))
      : undefined;
  if (t.kind === 'trade' && !owner && !tradeOwner) return [];
  if (t.kind === 'trade' && mentions.some((x) => FIGURE_KINDS.has(x.kind) && x.start >= t.end && x.start < clauseEnd)) return [];
  // "sales of ball bearings to Russia have almost stopped", "exports of dual-use items … are subject to strict controls".
  if (t.kind === 'trade' && STOPPED.test(text.slice(t.end, span.end))) return [];
  // Political, diplomatic or indirect support names no supply.
  if (
    t.kind === 'support' &&
    /\b(?:indirect(?:ly)?|political(?:ly)?|diplomatic(?:ally)?|rhetorical(?:ly)?|moral)\s+(?:\S+\s+)?$/i.test(
      text.slice(Math.max(span.start, t.start - 30), t.start),
    )
  )
    return [];
  // "designates Chinese companies for providing …": the phrase before "for" supplies.
  // "accused Hong Kong intermediaries of re-exporting …": the phrase before "of" after a verb of accusing.
  const forIng =
    // "designating X for having supplied": the perfect gerund too.
    (/ing$/i.test(text.slice(t.start, t.end)) || /\bhaving\s+$/.test(text.slice(Math.max(0, t.start - 8), t.start))
      ? (/(?:\s+(?:(?:is|are|was|were)\s+)?responsible)?\s+for\s+(?:(?:its|their|his|her)\s+(?:role|part|involvement)\s+in\s+)?(?:having\s+)?$/.exec(
          text.slice(Math.max(headStart, t.start - 56), t.start),
        ) ??
        (/\b(?:accus|suspect|charg|convict)\w*\s/i.test(text.slice(headStart, t.start))
          ? /\s+of\s+$/.exec(text.slice(Math.max(headStart, t.start - 8), t.start))
          : null))
      : null) ?? (t.kind === 'supply' ? INVOLVED.exec(text.slice(Math.max(headStart, t.start - 40), t.start)) : null);
  // "have been determined by the Commerce Department to have supplied": the body determines, the subject supplies.
  const headText = text.slice(headStart, t.start);
  const byBody = headText.includes('by') ? REPORTED_BY.exec(headText) : null;
  // "Shenzhen Blue Hat, a China-based supplier of … to Russian buyers": the name before the comma supplies,
  // when the apposition names a recipient ("Acme, a leading supplier of machine tools, said" makes no claim).
  const apposition = t.kind === 'appositive' ? APPOSITION.exec(text.slice(headStart, t.start)) : null;
  if (t.kind === 'appositive' && (!apposition || !recipient)) return [];
  // "Two Chinese companies were listed for delivering": the passive of listing belongs to the verb group.
  const listed = forIng ? LISTED.exec(text.slice(headStart, t.start - forIng[0].length)) : null;
  const npEnd = owner
    ? headStart + owner.index + owner[1]!.length
    : apposition
      ? headStart + apposition.index
      : forIng
        ? t.start - forIng[0].length - (listed ? listed[0].length : 0)
        : byBody
          ? headStart + byBody.index
          : t.start;
  let np = tradeOwner ? undefined : supplierBefore(text, headStart, npEnd);
  // "added 16 entities in China … to the Entity List for supplying": the object listed supplies, not the list.
  if (np && /^(?:the\s+)?(?:Entity List|[\p{L} ]*\blist)$/iu.test(np.text)) {
    const to = /\s+to\s+(?:the\s+)?$/.exec(text.slice(headStart, np.start));
    np = to ? supplierBefore(text, headStart, headStart + to.index) : undefined;
  }
  const countrySubject = countries.find(
    (h) => !h.demonym && h.end <= t.start && h.start >= headStart && AUX_ONLY.test(text.slice(h.end, t.start)),
  );
  // "Iran is fueling Russia’s aggression …, providing lethal weapons": a participle after a comma
  // has the clause's subject.
  const participleSubject =
    !np && !countrySubject && /ing$/i.test(text.slice(t.start, t.end)) && /,\s+$/.test(text.slice(headStart, t.start))
      ? countries.find((h) => !h.demonym && h.start >= headStart && /^\s*(?:the\s+)?$/.test(text.slice(headStart, h.start)))
      : undefined;
  // "Belarus … continues to allow … and has supplied": a verb after "and" with no subject has the clause's.
  const elidedSubject =
    !np && !countrySubject && !participleSubject && ELIDED.test(text.slice(Math.max(headStart, t.start - 40), t.start))
      ? countries.find(
          (h) => !h.demonym && h.start >= headStart && /(?:^|\b(?:said|says|that)\s+|^\s*)$/.test(text.slice(headStart, h.start)),
        )
      : undefined;
  const subjectCountry = countrySubject ?? participleSubject ?? elidedSubject;
  const subject: SupplierPhrase | undefined =
    np && (!countrySubject || (np.start <= countrySubject.start && np.end >= countrySubject.end))
      ? np
      : subjectCountry
        ? { start: subjectCountry.start, end: subjectCountry.end, text: subjectCountry.text, relative: false }
        : undefined;

  if (statesNoClaim(text, span, t, subject, ctx.goods(s))) return [];
  // A supply verb with no subject and no pronoun before it has no supplier: nothing to read.
  if (
    !backward &&
    t.kind !== 'receive' &&
    !agent &&
    !tradeOwner &&
    !subject &&
    !/\b(?:it|they)\s+(?:\S+\s+){0,3}$/i.test(text.slice(headStart, t.start)) &&
    !WE_DENY.test(text.slice(headStart, t.start))
  )
    return [];
  // "relies on China for": the country right after the verb supplies.
  const fromCountry =
    countries.find((h) => afterVerb(text, h, t, clauseEnd, /\bfrom\s+(?:the\s+)?$/i)) ??
    (t.kind === 'receive' && /^(?:rel|dep)/i.test(text.slice(t.start, t.start + 3))
      ? countries.find((h) => !h.demonym && h.start >= t.end && /^\s*(?:the\s+)?$/.test(text.slice(t.end, h.start)))
      : undefined);
  const parties: Parties = { supplierIds: [], supplierNames: [], recipient: null, subject };
  let goodsHits: GoodsHit[];
  if (t.kind === 'found') {
    const found = foundIn(text, countries, headStart, t, (n) => ctx.lexicon.countries.lookup(n));
    if (!found) return [];
    // "Components made by Chinese companies have been found in …": the makers named supply.
    const maker = MADE_BY_GROUP.exec(text.slice(headStart, t.start));
    if (maker) {
      const at = headStart + maker.index + maker[0].indexOf(maker[1]!);
      parties.supplierIds = [maker[1]!];
      parties.supplierNames = [maker[1]!];
      evidence.supplier = ev(text, at, at + maker[1]!.length, 'the makers of the goods found');
    } else {
      parties.supplierIds = [found.origin.entity];
      parties.supplierNames = [found.origin.text];
      evidence.supplier = ev(text, found.origin.start, found.origin.end, 'the origin of the goods found');
    }
    parties.recipient = found.user.entity;
    evidence.recipient = ev(text, found.user.start, found.user.end, 'the country whose weapons hold them');
    goodsHits = coordinated(
      text,
      ctx.goods(s).filter((g) => g.start >= headStart && g.end <= t.start),
    );
  } else if (t.kind === 'from') {
    const read = readComesFrom(text, countries, headStart, t, fromGroup);
    if (!read) return [];
    parties.supplierIds = read.supplierIds;
    parties.supplierNames = read.supplierNames;
    evidence.supplier = read.supplier;
    if (read.recipient) {
      parties.recipient = read.recipient.entity;
      evidence.recipient = read.recipientEvidence;
    }
    goodsHits = coordinated(
      text,
      ctx.goods(s).filter((g) => g.start >= headStart && g.end <= t.start),
    );
  } else {
    goodsHits = goodsAfter;
    if (t.kind === 'receive') {
      if (subject) {
        // "Russian factories bought": the country of the subject's words receives.
        const own = countries.find((h) => h.start >= subject.start && h.end <= subject.end);
        parties.recipient = own ? own.entity : nameToId(ctx, subject.text);
        evidence.recipient = ev(text, subject.start, subject.end, 'the subject of a receiving verb');
      }
      const by = MADE_BY.exec(text.slice(t.end, span.end));
      const fromGroup = FROM_GROUP.exec(text.slice(t.end, clauseEnd));
      // "procured drone engines for Russian factories": who procures for a country supplies it.
      // Read for Russia only: procurement for another country's programme is no supply to Russia's war.
      const forWhom = subject
        ? countries.find(
            (h) =>
              h.entity === 'russia' &&
              h.start > t.end &&
              h.end <= clauseEnd &&
              /\b(?:for|on behalf of)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(Math.max(0, h.start - 16), h.start)),
          )
        : undefined;
      if (forWhom && subject && !fromCountry && !fromGroup) {
        const names = splitSuppliers(subject.text.replace(/[’']s$/, ''));
        parties.supplierNames = names;
        parties.supplierIds = names.map((n) => nameToId(ctx, n));
        evidence.supplier = ev(text, subject.start, subject.end, 'who procures for another');
        parties.recipient = forWhom.entity;
        evidence.recipient = ev(text, forWhom.start, forWhom.end, 'for X');
      } else if (fromGroup) {
        // "bought ball bearings from suppliers in Türkiye": the group the goods come from.
        const at = t.end + fromGroup.index + fromGroup[0].indexOf(fromGroup[1]!);
        parties.supplierNames = [fromGroup[1]!];
        parties.supplierIds = [fromGroup[1]!];
        evidence.supplier = ev(text, at, at + fromGroup[1]!.length, 'from X');
      } else if (fromCountry) {
        // "from Iran and the DPRK": every country of the list.
        const more: CountryHit[] = [];
        let last = fromCountry;
        for (const h of countries) {
          if (h.start <= last.end || h.end > clauseEnd || h.demonym) continue;
          if (!/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(text.slice(last.end, h.start))) break;
          more.push(h);
          last = h;
        }
        parties.supplierIds = [fromCountry.entity, ...more.map((h) => h.entity)];
        parties.supplierNames = [fromCountry.text, ...more.map((h) => h.text)];
        evidence.supplier = ev(text, fromCountry.start, fromCountry.end, 'from X');
      } else if (by) {
        const names = splitSuppliers(by[1]!.trim());
        parties.supplierNames = names;
        parties.supplierIds = idsOf(ctx, names);
        const at = t.end + by.index + by[0].indexOf(by[1]!);
        evidence.supplier = ev(text, at, at + by[1]!.trim().length, 'made by X');
      } else if (subject) {
        // "Chinese firms helped Russia acquire chips": who helps supplies.
        const help = HELPER.exec(text.slice(headStart, subject.start));
        const helper = help ? supplierBefore(text, headStart, headStart + help.index + help[1]!.length) : undefined;
        if (helper) {
          const names = splitSuppliers(helper.text.replace(/[’']s$/, ''));
          parties.supplierNames = names;
          parties.supplierIds = idsOf(ctx, names);
          evidence.supplier = ev(text, helper.start, helper.end, 'who helps the recipient obtain it');
        }
      }
    } else {
      if (agent) {
        const names = agent.country ? [agent.text] : splitSuppliers(agent.text);
        parties.supplierNames = names;
        parties.supplierIds = agent.country ? [agent.country.entity] : idsOf(ctx, names);
        evidence.supplier = ev(text, agent.start, agent.end, 'the agent of a passive supply verb');
        if (goodsBefore.length > 0) goodsHits = goodsBefore;
        else goodsHits = goodsAfter.filter((g) => g.end <= agent.start || g.start >= agent.end);
      } else if (tradeOwner && tradeOwner.start > t.start && lastSupplier?.names.some((n) => n.startsWith(`${tradeOwner.text} `))) {
        parties.supplierIds = lastSupplier.ids;
        parties.supplierNames = lastSupplier.names;
        evidence.supplier = ev(text, tradeOwner.start, tradeOwner.end, 'the group of that country named before');
      } else if (tradeOwner) {
        parties.supplierIds = [tradeOwner.entity];
        parties.supplierNames = [tradeOwner.text];
        evidence.supplier = ev(
          text,
          tradeOwner.start,
          tradeOwner.end,
          tradeOwner.start > t.start ? 'the origin of the goods traded' : 'the country whose trade it is',
        );
      } else if (subject) {
        if (/^(?:it|they)$/i.test(subject.text)) return [];
        const names = splitSuppliers(subject.text.replace(/[’']s$/, ''));
        parties.supplierNames = names;
        parties.supplierIds = idsOf(ctx, names);
        evidence.supplier = ev(
          text,
          subject.start,
          subject.end,
          subject.relative ? 'the phrase a relative clause describes' : 'the subject of a supply verb',
        );
      } else {
        // "it has not sent": the pronoun is the speaker or the supplier before.
        const pron = /\b(it|they)\s+(?:\S+\s+){0,3}$/i.exec(text.slice(headStart, t.start));
        const attribution = pron ? ctx.attribution(s) : undefined;
        const speaker = attribution ? ctx.lexicon.countries.lookup(attribution.phrase.replace(/^the\s+/i, '')) : undefined;
        if (pron && speaker && !speaker.demonym && attribution) {
          parties.supplierIds = [speaker.entity];
          parties.supplierNames = [attribution.phrase];
          evidence.supplier = ev(text, attribution.start, attribution.end, 'a pronoun for the speaker');
        } else if (!pron && WE_DENY.test(text.slice(headStart, t.start))) {
          // "We do not sell drones to Russia": a speaker's denial for its own side, in its words.
          // The speaker's country where its words name one ("the Chinese ambassador to the EU").
          const we = WE_DENY.exec(text.slice(headStart, t.start))!;
          const at = headStart + we.index + we[0].search(/we/i);
          const said = ctx.attribution(s);
          const side = said
            ? ctx.lexicon.countries(said.phrase).find((h) => h.start === 0 || /^(?:the\s+)?$/i.test(said.phrase.slice(0, h.start)))
            : undefined;
          parties.supplierIds = [side ? side.entity : text.slice(at, at + 2)];
          parties.supplierNames = [text.slice(at, at + 2)];
          evidence.supplier = ev(text, at, at + 2, side ? 'a pronoun for the speaker’s country' : 'a speaker’s denial for its side');
        } else if (pron && lastSupplier) {
          parties.supplierIds = lastSupplier.ids;
          parties.supplierNames = lastSupplier.names;
          evidence.supplier = ev(text, headStart, t.start, 'a pronoun for the supplier before');
        }
      }
      const r = recipient?.hit ?? helped?.hit;
      if (r) {
        parties.recipient = r.entity;
        evidence.recipient = ev(text, r.start, r.end, (recipient ?? helped)!.rule);
      }
    }
  }
  if (t.kind === 'support') goodsHits = [];
  // "the Shahed drones that Iran has been transferring to Russia", "the drones Russia imported from Iran": goods right before the relative clause.
  if (goodsHits.length === 0 && subject && !subject.relative && !backward && t.kind !== 'support') {
    const rel = /(?:\s+(?:that|which))?\s+$/.exec(text.slice(Math.max(headStart, subject.start - 8), subject.start));
    const antecedent = rel ? ctx.goods(s).find((g) => g.end === subject.start - rel[0].length) : undefined;
    if (antecedent) goodsHits = [antecedent];
  }
  if (parties.supplierIds.length === 0) return [];
  if (!parties.recipient && goodsHits.length > 0 && !backward && t.kind !== 'receive') {
    const r = recipientInSentence(text, countries, parties.supplierIds);
    if (r) {
      parties.recipient = r.hit.entity;
      evidence.recipient = ev(text, r.hit.start, r.hit.end, r.rule);
    }
  }
  if (goodsHits.length === 0 && !parties.recipient) return [];
  // "accounted for most of Russia's imports of such items": a share of no goods named is no claim of its own.
  if (goodsHits.length === 0 && /^account/i.test(text.slice(t.start, t.end))) return [];
  // A purchase is read as a claim when Russia buys: "Kyrgyz trading companies bought microchips from
  // suppliers in Hong Kong and shipped them … to Russian buyers" claims the shipment, not the purchase.
  if (t.kind === 'receive' && /^(?:bought|buy|purchas|imported)/i.test(text.slice(t.start, t.end)) && parties.recipient !== 'russia')
    return [];
  // "supply Russia with civilian goods": civilian trade is no supply to the war industry.
  if (goodsHits.length === 0 && /^\s+(?:\S+\s+){0,3}?(?:civilian|consumer|household)\b/i.test(text.slice(t.end, clauseEnd))) return [];
  if (goodsHits.every((g) => g.id === 'crude-oil') && goodsHits.length > 0) return [];

  // Certainty. A negation in a clause before the subject is not the claim's: "Despite its calls … not to
  // prolong the conflict, China is exporting"; a possessive's support ("would not … without China's
  // support") is negated only inside its noun phrase.
  const attribution = ctx.attribution(s);
  const clauseComma = subject ? text.lastIndexOf(',', subject.start) : -1;
  // "rejected U.S. accusations that Kyrgyz companies have been supplying": the rejection is the
  // reporting clause's, the accusation the accuser's claim.
  const accusedBy = subject ? ACCUSATION.exec(text.slice(Math.max(span.start, subject.start - 60), subject.start)) : null;
  const negFrom = accusedBy ? subject!.start : owner && subject ? subject.start : clauseComma >= headStart ? clauseComma + 1 : headStart;
  const read = readCertainty(text, span.start, headStart, negFrom, t);
  // A negation no one is said to state is the text's narrative, not a denial; in a statement, its speaker states it.
  if (read.certainty === 'denied' && !attribution && !ctx.memo('documentSpeaker', 0, () => documentSpeaker(text))) return [];
  if (accusedBy && read.certainty === 'denied') return [];
  let certainty = read.certainty;
  if (read.evidence) evidence.certainty = read.evidence;

  // Qualitative share and end use.
  // The share stands with the goods: before the verb when they do ("the vast majority of … are supplied by").
  const goodsFirst = backward || (goodsHits.length > 0 && goodsHits[0]!.end <= t.start);
  const { share, endUse } = readShareAndEndUse(
    text,
    goodsFirst ? headStart : t.end,
    goodsFirst ? t.start : clauseEnd,
    t.end,
    clauseEnd,
    evidence,
  );

  const accuser = accusedBy?.[1]
    ? { phrase: accusedBy[1], start: subject!.start - accusedBy[0].length + accusedBy.index, rule: 'the accuser' }
    : undefined;
  const relSpeaker = RELATIVE_SPEAKER.exec(text.slice(headStart, t.start));
  const relAt = relSpeaker ? headStart + relSpeaker.index + relSpeaker[0].indexOf(relSpeaker[1]!) : 0;
  const who = accuser
    ? { ...accuser, end: accuser.start + accuser.phrase.length }
    : relSpeaker
      ? { phrase: relSpeaker[1]!, start: relAt, end: relAt + relSpeaker[1]!.length, rule: 'the speaker of a relative clause' }
      : readClaimant(ctx, s, headStart);
  const claimant = who?.phrase ?? null;
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

  // The quote holds the share before its goods: "the vast majority of the navigation modules …".
  const quoteStart = Math.min(
    evidence.share && evidence.share.start >= headStart && evidence.share.start < t.start ? evidence.share.start : t.start,
    goodsHits.length > 0 && goodsHits[0]!.start >= headStart ? goodsHits[0]!.start : t.start,
    evidence.supplier && evidence.supplier.start >= headStart ? evidence.supplier.start : t.start,
    subject?.start ?? t.start,
    headStart >= span.start ? Math.max(headStart, Math.min(subject?.start ?? t.start, t.start)) : t.start,
  );
  const raw = text.slice(quoteStart, clauseEnd);
  const quote = raw.trim();
  let confidence = 0.9;
  if (!parties.recipient) confidence -= 0.2;
  if (goodsHits.length === 0) confidence -= 0.15;
  if (!claimant) confidence -= 0.15;
  if (evidence.supplier?.rule.startsWith('a pronoun')) confidence -= 0.15;
  const base: ClaimBase = {
    quote,
    start: quoteStart,
    end: quoteStart + quote.length,
    supplier: parties.supplierIds,
    supplier_names: parties.supplierNames,
    recipient: parties.recipient,
    end_use: endUse,
    certainty,
    share,
    claimant,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
  };
  if (goodsHits.length === 0) return [claimOf(base, null, null, evidence)];
  const out: ReadClaim[] = [];
  for (const g of goodsHits) {
    const own: ReadClaim['evidence'] = {};
    for (const k in evidence) own[k as ClaimField] = evidence[k as ClaimField];
    own.goods = ev(text, g.start, g.end, goodsHits.length > 1 ? 'one of the goods named together' : 'the goods named');
    out.push(claimOf(base, g.id, g.text, own));
  }
  return out;
}
