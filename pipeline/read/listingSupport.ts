/**
 * Claims an official text states as the ground of a listing or a finding rather than with a
 * supply verb: parties "added to the Entity List for support for Russia’s defense industrial
 * base", "in connection with their support for the Kremlin’s war", "determined … to be acting
 * contrary to … for contributing to Russia’s military", restrictions "to address their
 * procurement of microelectronics … on behalf of Russia". The listed parties support Russia; the
 * body that lists them has determined it (docs/curation.md: a listing is a formal finding).
 */
import { readClaimant } from './claimant.js';
import { claimOf, type ClaimBase } from './claimClause.js';
import { ev } from './evidence.js';
import { keyedMatches } from './keyedScan.js';
import type { TextContext } from './context.js';
import { statementSpeaker } from './speaker.js';
import type { ReadClaim } from './types.js';
import { withoutCount } from './claimIds.js';

const statementHit = (ctx: TextContext) => {
  const sp = statementSpeaker(ctx);
  return sp && { phrase: sp.phrase, start: sp.start, end: sp.end, rule: sp.cue };
};

/** Russia as the one supported: "Russia’s", "the Kremlin’s", "Russian", "Moscow’s". */
const RUSSIA = String.raw`(?:the\s+)?(?:Russia[’']s|Russia\b|Russian\b|the\s+Kremlin[’']s|Kremlin[’']s|Moscow[’']s)`;
/**
 * A list whose ground is in its name (convention 11, docs/curation.md): "to the list of those directly
 * supporting Russia's military and industrial complex", "… of those providing direct support to …",
 * "… of entities that directly support …". Not a list named by its measures ("of those subject to an
 * asset freeze").
 */
const LIST_OF_SUPPORTERS = String.raw`to\s+(?:the|its|their)\s+lists?\s+of\s+(?:those|entities|companies|persons|individuals(?:\s+and\s+entities)?|parties)\s+(?:(?:that|which|who)\s+(?:are\s+)?)?(?:directly\s+|materially\s+)?(?:support(?:s|ing)?\s+|provid(?:e|es|ing)\s+(?:direct\s+|material\s+|military\s+)?support\s+(?:to|for)\s+)${RUSSIA}`;
/** The ground of a listing: support of Russia, or procuring goods on its behalf. */
const GROUND = new RegExp(
  String.raw`\b(?:(?:for|in\s+connection\s+with|to\s+address|because\s+of)\s+(?:(?:their|its|the)\s+)?(?:(?:material\s+|military\s+|continued\s+|ongoing\s+)?support\s+(?:for|to|of)\s+${RUSSIA}|supporting\s+${RUSSIA}|contribut(?:ing|ions?)\s+to\s+${RUSSIA}|providing\s+(?:material\s+)?support\s+to\s+${RUSSIA}|(procurement|acquisition|purchases?)\s+of\s+((?:[^.;]|\.(?=\S)){3,120}?)\s+on\s+behalf\s+of\s+${RUSSIA})|${LIST_OF_SUPPORTERS})`,
  'giu',
);
/** The words every ground holds. */
const GROUND_KEY = /\b(?:support(?:ing)?|contribut(?:ing|ions?)|procurement|acquisition|purchases?)\b/g;
/** A listing, sanction or finding earlier in the sentence. */
const LISTING = /\b(?:add(?:s|ed|ing)?|designat(?:es|ed|ing)|sanction(?:s|ed|ing)|list(?:s|ed|ing)|determined|restrictions\s+on)\b/i;
const GROUP = String.raw`(?:entities|companies|firms|individuals|persons|parties|organi[sz]ations|networks|suppliers|distributors|addresses)`;
/** Where the parties are, kept with them as the curators name them: "22 entities in third countries", "entities in China". */
const PLACE = String.raw`(?:\s+(?:in|based\s+in|located\s+in)\s+(?:third\s+countries|\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){0,3}))?`;
/** The object of an active listing: "adding 40 foreign entities", "restrictions on 49 foreign entities". */
const OBJECT = new RegExp(
  String.raw`\b(?:add(?:s|ed|ing)|designat(?:es|ed|ing)|sanction(?:s|ed|ing)|list(?:s|ed|ing)|restrictions\s+on)\s+((?:[\p{L}\d-]+\s+){0,4}?${GROUP}${PLACE})\b`,
  'u',
);
/** The subject of a passive listing or finding: "Entities were also added", "These seven entities, …, have been determined". */
const SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:Additionally|Also|Today|In addition),\s+)?((?:[\p{L}\d-]+\s+){0,4}?${GROUP})(?:,[^,]{1,80},)?\s+(?:were|was|are|is|have\s+been|has\s+been|are\s+being|is\s+being)\s+(?:also\s+)?(?:added|designated|sanctioned|listed|determined)\b`,
  'iu',
);

/**
 * A named party as the object, right before the ground or the list it joins: "added Ningbo Hengyuan
 * Precision Bearings Co., Ltd. to the list of entities that directly support …" (every word a capital,
 * a legal form or a joining "and", "of", "&").
 */
const NAMED_OBJECT =
  /\b(?:add(?:s|ed|ing)|designat(?:es|ed|ing)|list(?:s|ed|ing))\s+(\p{Lu}[\p{L}\d&.’'-]*(?:,?\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}\d&.’'-]*){0,8})\s+(?:to\s+(?:the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?[Ll]ist\s+)?$/u;

/** Whether a claim read already covers offset `at`. */
const covered = (claims: readonly ReadClaim[], at: number, end: number) => claims.some((c) => c.start < end && at < c.end);

/** The claims of listing grounds in `ctx`'s text that no claim read already covers. */
export function listingSupportClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, GROUND_KEY, GROUND, 60, 200)) {
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    const before = text.slice(span.start, m.index);
    if (!LISTING.test(before)) continue;
    const subject = SUBJECT.exec(before);
    const objects = [...before.matchAll(new RegExp(OBJECT.source, 'gu'))];
    const object = objects.length > 0 ? objects[objects.length - 1]! : undefined;
    const who = subject ?? object ?? NAMED_OBJECT.exec(before) ?? undefined;
    if (!who) continue;
    const supStart = span.start + who.index + who[0].lastIndexOf(who[1]!);
    const supplier = who[1]!.trim();
    // The clause ends at the next comma, semicolon or the sentence's end.
    const tail = /[,;]|\s+and\s+(?:tightening|imposing|adding)\b/.exec(text.slice(m.index + m[0].length, span.end));
    const end = tail ? m.index + m[0].length + tail.index : span.end;
    const start = Math.min(supStart, m.index);
    const quote = text.slice(start, end).replace(/[.\s]+$/, '');
    if (covered(claims, m.index, m.index + m[0].length) || covered(out, m.index, m.index + m[0].length)) continue;
    const goodsWords = m[2] !== undefined ? ctx.goods(s).filter((g) => g.start >= m.index && g.end <= m.index + m[0].length && g.id) : [];
    // "Entities were also added …" reads as an actor listing; the listed parties claim nothing.
    const found = readClaimant(ctx, s, span.start);
    const claimant = found && !new RegExp(String.raw`\b${GROUP}$`, 'iu').test(found.phrase) ? found : statementHit(ctx);
    const recipientAt = m.index + m[0].search(/Russia|Kremlin|Moscow/);
    const base: ClaimBase = {
      quote,
      start,
      end: start + quote.length,
      supplier: [withoutCount(supplier)],
      supplier_names: [supplier],
      recipient: 'russia',
      end_use: null,
      certainty: 'determined',
      share: null,
      claimant: claimant?.phrase ?? null,
      confidence: claimant ? 0.6 : 0.45,
    };
    const evidence: ReadClaim['evidence'] = {
      supplier: ev(text, supStart, supStart + supplier.length, 'the parties listed'),
      recipient: ev(text, recipientAt, recipientAt + 6, 'supported by the parties listed'),
      certainty: ev(text, m.index, m.index + m[0].length, 'the ground of a listing or finding'),
    };
    if (claimant) evidence.claimant = ev(text, claimant.start, claimant.end, claimant.rule);
    const goods = goodsWords.length > 0 ? goodsWords.slice(0, 1) : [null];
    for (const g of goods) {
      out.push(
        claimOf(
          base,
          g ? g.id : null,
          g ? g.text : null,
          g ? { ...evidence, goods: ev(text, g.start, g.end, 'the goods procured') } : evidence,
        ),
      );
    }
  }
  return out;
}
