/**
 * The second phase of reading a claim: what the verb names on its object's side — the goods and
 * the recipient after it, the agent and goods of a passive ("bearings supplied by Chinese
 * companies"), the country the supplies help, and for a noun of support or trade its owner
 * ("China’s support", "Chinese exports of …"). A verb with none of them supplies nothing worth
 * reading, so the supplier before it is read only after this phase.
 */
import { lightVerbBefore } from './lightVerbTrade.js';
import { coordinated, SUPPORT_OWNER } from './claimClause.js';
import { FIGURE_KINDS, STOPPED } from './claimCues.js';
import type { ClaimFrame } from './claimFrame.js';
import { calledOnSupporter } from './calledOn.js';
import { statesNoSupply } from './claimNotSupply.js';
import { goodsIn } from './claimGoods.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import type { GoodsHit } from './goods.js';
import { makerAnd, makerInAside, originOfGoods, passiveAgent, passiveBe, type Agent } from './passive.js';
import { toRussianPlace } from './russianPlace.js';
import { afterVerb, recipientAfter, recipientInSentence, toPartyIn, type RecipientHit } from './recipient.js';

/** A prohibition whose object the supply verb is: "prohibit Member States from (directly) receiving …". */
const FORBIDDEN_FROM =
  /\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|forbid(?:s|den|ding)?|forbade|prevent(?:s|ed|ing)?)\b[^.;:]{0,80}?\bfrom\s+(?:\p{Ll}+ly\s+)?$/iu;

/** The verb's object side. */
export interface ClaimObject {
  /** The goods after the verb, and those before a passive one. */
  goodsAfter: GoodsHit[];
  goodsBefore: GoodsHit[];
  recipient: RecipientHit | undefined;
  /** Who supplies, by a passive verb: its agent, or the origin of its goods. */
  agent: Agent | undefined;
  /** With neither goods nor a recipient after the verb, the country the supplies help. */
  helped: RecipientHit | undefined;
  /** "China’s support": the owner of a noun of support or trade (group 1). */
  owner: RegExpExecArray | null;
  /** The country whose trade it is, or the goods' origin, for a trade noun with no owner. */
  tradeOwner: CountryHit | undefined;
  /** Where a light verb before a trade noun starts ("has made over 100 shipments of"), or -1: its subject trades. */
  lightVerbAt: number;
}

/** A verb that curbs a trade, before the trade noun in its clause. */
const CURBED =
  /\b(?:(?:slow|stop|stem|curb|halt|reduc|block|choke|disrupt|restrict|prevent)\w*|cut|cuts|cutting|end|ends|ended|ending)\b[^.;]*$/i;

/** "Russia would struggle … without China’s support": Russia, the subject of the clause, is supported. */
function supportedSubject(text: string, countries: readonly CountryHit[], headStart: number): RecipientHit | undefined {
  const h = countries.find(
    (x) => !x.demonym && x.entity === 'russia' && x.start >= headStart && /^\s*(?:the\s+)?$/.test(text.slice(headStart, x.start)),
  );
  return h && { hit: h, rule: 'the subject of the clause, supported' };
}

/** Whether country hit `h` stands in the speaker of sentence `s` ("Ukraine's military intelligence said"): no recipient. */
function inSpeaker(ctx: TextContext, s: number, h: CountryHit): boolean {
  const said = ctx.ownAttribution(s);
  return said !== undefined && h.start < said.end && h.end > said.start;
}

/** The object side of the verb of frame `f`, or undefined when what it names makes no claim. */
export function readObject(ctx: TextContext, f: ClaimFrame): ClaimObject | undefined {
  const { text } = ctx;
  const { t, s, span, clauseEnd, headStart, mentions, backward, countries } = f;
  // A supply verb's recipient and goods come after it: with neither, the supplier is not worth reading.
  const goodsAfter = backward ? [] : coordinated(text, goodsIn(ctx, s, t.end, clauseEnd));
  const recipient =
    backward || t.kind === 'receive'
      ? undefined
      : (recipientAfter(text, countries, t, clauseEnd) ??
        (t.kind === 'support'
          ? supportedSubject(text, countries, headStart)
          : (toPartyIn(text, ctx.countries(s), t, clauseEnd) ?? toRussianPlace(text, t, clauseEnd))));
  // Support is read as a claim only for Russia: "support for Ukraine" is no supply to the war industry.
  if (t.kind === 'support' && recipient?.hit.entity !== 'russia') return undefined;
  // "bearings supplied by Chinese companies": the agent supplies, the goods come before the verb.
  let agent = t.kind === 'supply' ? passiveAgent(text, headStart, t, clauseEnd, countries) : undefined;
  let goodsBefore = agent ? coordinated(text, goodsIn(ctx, s, headStart, t.start)) : [];
  // "North Korean artillery shells have been delivered to Russian forces": with no agent, the goods' origin supplies.
  const made =
    !agent && t.kind === 'supply' && /\sand\s+$/.test(text.slice(Math.max(headStart, t.start - 12), t.start))
      ? makerAnd(text, headStart, t, countries)
      : undefined;
  if (made) {
    agent = made.agent;
    goodsBefore = coordinated(text, goodsIn(ctx, s, headStart, made.beAt));
    if (goodsBefore.length === 0) agent = undefined;
  }
  const beAt = !agent && t.kind === 'supply' ? passiveBe(text, headStart, t) : -1;
  if (beAt >= 0) {
    goodsBefore = coordinated(text, goodsIn(ctx, s, headStart, beAt));
    agent = originOfGoods(text, beAt, countries, goodsBefore) ?? makerInAside(text, beAt, countries, goodsBefore);
    if (!agent) goodsBefore = [];
  }
  // A share of goods before a passive verb is a statistic: "38% of the chips … were shipped from Hong Kong".
  if (agent && mentions.some((x) => (x.kind === 'percent' || x.kind === 'ratio') && x.start >= headStart && x.start < t.start))
    return undefined;
  // With neither goods nor a recipient after it, the country the supplies help ("the components that
  // allow Russia to build its own weapons", "the components Russia needs").
  const helped =
    !backward && t.kind === 'supply' && goodsAfter.length === 0 && !recipient
      ? recipientInSentence(
          text,
          countries.filter((h) => h.start > t.end && h.end <= span.end && !inSpeaker(ctx, s, h)),
          [],
        )
      : undefined;
  if (!backward && t.kind !== 'receive' && goodsAfter.length === 0 && goodsBefore.length === 0 && !recipient && !helped) return undefined;
  // "China’s (ongoing, military …) support": the owner is the supplier; a bare noun has none.
  const owner = t.kind === 'support' || t.kind === 'trade' ? SUPPORT_OWNER.exec(text.slice(headStart, t.start)) : null;
  // "called on the PRC to cease all support": the one called on owns it (calledOn.ts).
  if (
    t.kind === 'support' &&
    !owner &&
    /^support$/i.test(text.slice(t.start, t.end)) &&
    !calledOnSupporter(text, countries, span.start, t.start)
  )
    return undefined;
  // "Chinese exports of …": the country of the adjective trades; a trade noun with no owner names no supplier.
  // "the sale of Chinese drones": the goods' origin, or the group of that country named before.
  // "shipments of ball bearings from China to Russia": the country the goods come from.
  const tradeOwner =
    t.kind === 'trade' && !owner
      ? (countries.find((h) => h.demonym && h.end <= t.start && /^(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(text.slice(h.end, t.start))) ??
        countries.find((h) => h.demonym && h.start >= t.end && /^\s*(?:the\s+)?$/.test(text.slice(t.end, h.start))) ??
        countries.find((h) => !h.demonym && afterVerb(text, h, t, clauseEnd, /\b(?:from|by)\s+(?:the\s+)?$/i)))
      : undefined;
  const lightVerbAt = t.kind === 'trade' && !owner && !tradeOwner ? lightVerbBefore(text, headStart, t.start) : -1;
  if (t.kind === 'trade' && !owner && !tradeOwner && lightVerbAt < 0) return undefined;
  if (t.kind === 'trade' && mentions.some((x) => FIGURE_KINDS.has(x.kind) && x.start >= t.end && x.start < clauseEnd)) return undefined;
  // "controls have slowed, but not stopped, the flow of …", "urges China to stop the supply of": a trade the clause curbs.
  if (t.kind === 'trade' && CURBED.test(text.slice(headStart, t.start))) return undefined;
  // "sales of ball bearings to Russia have almost stopped", "exports of dual-use items … are subject to strict controls".
  // "China's export of dual-use items is strictly controlled": a noun read as a verb is curbed alike.
  if ((t.kind === 'trade' || text.startsWith(' of ', t.end)) && STOPPED.test(text.slice(t.end, span.end))) return undefined;
  // "prohibit UN Member States from receiving any arms …", "bars companies from supplying": a supply forbidden is none.
  if (FORBIDDEN_FROM.test(text.slice(Math.max(span.start, t.start - 120), t.start))) return undefined;
  // Political, diplomatic, tacit or indirect support names no supply; "material and political support" does.
  if (
    t.kind === 'support' &&
    /\b(?:indirect(?:ly)?|political(?:ly)?|diplomatic(?:ally)?|rhetorical(?:ly)?|moral|tacit(?:ly)?)\s+(?:\S+\s+)?$/i.test(
      text.slice(Math.max(span.start, t.start - 30), t.start),
    ) &&
    !/\b(?:material|military|lethal)(?:,\s+|\s+and\s+)(?:\p{Ll}+,?\s+(?:and\s+)?)?(?:political|diplomatic)\s+$/iu.test(
      text.slice(Math.max(span.start, t.start - 50), t.start),
    )
  )
    return undefined;
  // A trade's trend, a transfer only possible, what is given that is no goods (claimNotSupply.ts).
  if (statesNoSupply(text, t, span.end, goodsAfter.length === 0 && goodsBefore.length === 0)) return undefined;
  return { goodsAfter, goodsBefore, recipient, agent, helped, owner, tradeOwner, lightVerbAt };
}
