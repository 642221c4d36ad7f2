/**
 * Production for Russia with a partner: "Chinese and Russian entities have been working to jointly
 * produce unmanned aerial vehicles inside Russia", "the Kremlin … is now working with Iran to
 * produce these weapons inside Russia". The partner that is not Russia supplies what is made (its
 * know-how, parts, the production itself); Russia, where it is made, receives. Read after the verb
 * claims where none covers the words, and only when Russia is the place ("inside Russia") or the
 * partner worked with ("working with Russia to produce drones"); help that is not production
 * ("working with Russia to improve its satellite capabilities") is no claim.
 */
import { readCertainty } from './certainty.js';
import { readClaimant } from './claimant.js';
import type { TextContext } from './context.js';
import { ev } from './evidence.js';
import { GROUP_NOUNS } from './groupNouns.js';
import type { ReadClaim } from './types.js';

const PRODUCE = String.raw`(?:produce|manufacture|build|make|assemble|develop)`;
/** Who works, with whom, to produce what, where. */
const JOINT = new RegExp(
  String.raw`(?:((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+and\s+\p{Lu}[\p{L}’'-]*)?(?:\s+(?:${GROUP_NOUNS}))?)\s+|\band\s+)(?:(?:has|have|had|is|are|was|were|been|also|now|reportedly|likely|probably|already|increasingly)\s+)*(?:(?:working|cooperating|collaborating|partnering)(?:\s+together)?(?:\s+with\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?))?\s+to\s+(?:jointly\s+|co-)?${PRODUCE}|(?:jointly|co-)\s*(?:produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)))\s+([^,;.]{2,80}?)(?:\s+(?:inside|in|within)\s+(Russia|the\s+Russian\s+Federation)\b|(?=[,;.]|\s+(?:and|but)\s))`,
  'gu',
);

const isRussia = (ctx: TextContext, name: string): boolean =>
  /^(?:the\s+)?(?:Kremlin|Moscow|Russia|Russian\s+Federation)$/i.test(name) ||
  ctx.lexicon.countries.lookup(name.replace(/^the\s+/i, ''))?.entity === 'russia';

/** The production claims of a text, added to `claims` where none covers their words. */
export function jointProduction(ctx: TextContext, claims: ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  if (!/\b(?:jointly|co-produc|co-manufactur|working|cooperating|collaborating|partnering)\b/i.test(text)) return claims;
  const added: ReadClaim[] = [];
  for (const m of text.matchAll(JOINT)) {
    const [whole, who0, partner, object, place] = m;
    const at = m.index;
    // "the Kremlin has procured …, and is now working with Iran to produce …": an elided subject, the partner supplies.
    if (!who0 && !(partner && place)) continue;
    const who = who0 ?? 'Russia';
    const whoAt = who0 ? at + whole!.indexOf(who0) : at;
    const s = ctx.sentenceOf(at);
    // "Chinese and Russian entities": the side that is not Russia's ("Chinese entities").
    const pair = /^(?:the\s+)?(\p{Lu}[\p{L}’'-]*)\s+and\s+(\p{Lu}[\p{L}’'-]*)(\s+.+)?$/u.exec(who);
    let supplier = who.replace(/^the\s+/i, '');
    if (pair) supplier = (isRussia(ctx, pair[1]!) ? pair[2]! : pair[1]!) + (pair[3] ?? '');
    const russianWorker = isRussia(ctx, supplier) || (pair !== null && (isRussia(ctx, pair[1]!) || isRussia(ctx, pair[2]!)));
    if (partner && isRussia(ctx, supplier)) supplier = partner.replace(/^the\s+/i, '');
    else if (partner && !isRussia(ctx, partner)) continue;
    // Russia must receive: the place made, the partner, or one of the pair.
    if (!place && !(partner && isRussia(ctx, partner)) && !russianWorker) continue;
    if (isRussia(ctx, supplier)) continue;
    const objectAt = at + whole!.indexOf(object!, whole!.length - object!.length - (place ? place.length + 12 : 0));
    // "these weapons": the goods named before in the sentence.
    const own = ctx.goods(s).filter((g) => g.start >= objectAt && g.end <= objectAt + object!.length);
    // "these weapons": the goods named before in the sentence, where it names some.
    const earlier = /^(?:these|those|such)\s/i.test(object!) ? ctx.goods(s).filter((g) => g.end <= whoAt) : [];
    const goods = earlier.length > 0 ? earlier.slice(-1) : own;
    if (goods.length === 0) continue;
    const end = at + whole!.length;
    if (claims.some((c) => c.start < end && c.end > whoAt && c.recipient === 'russia')) continue;
    const span = ctx.spans[s]!;
    const start = Math.max(span.start, whoAt);
    const country = ctx.lexicon.countries.lookup(supplier);
    const id = country && !country.demonym ? country.entity : supplier;
    const certainty = readCertainty(text, span.start, span.start, start, { start, end: start, kind: 'supply' });
    const claimant = readClaimant(ctx, s, start);
    for (const g of goods) {
      added.push({
        quote: text.slice(start, end),
        start,
        end,
        supplier: [id],
        supplier_names: [supplier],
        recipient: 'russia',
        goods: g.id,
        goods_label: g.text,
        end_use: null,
        certainty: certainty.certainty,
        share: null,
        claimant: claimant?.phrase ?? null,
        confidence: 0.5,
        evidence: {
          supplier: ev(text, start, start + (who0 ?? 'and').length, 'the partner in production that is not Russia'),
          recipient: ev(text, start, end, 'production inside Russia or with Russia'),
          goods: ev(text, g.start, g.end, 'the goods produced'),
          ...(certainty.evidence ? { certainty: certainty.evidence } : {}),
          ...(claimant ? { claimant: ev(text, claimant.start, claimant.end, claimant.rule) } : {}),
        },
      });
    }
  }
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}
