/**
 * Goods someone found in another country's weapons, the verb active: "investigators have found
 * Chinese-made engines and navigation modules in most of the airframes" (the wreckage of Russian
 * drones named before in the sentence), "they had found Chinese-made optics in captured Russian
 * rifle scopes". The goods' origin supplies, Russia, whose weapons hold them, receives; the passive
 * ("… were found in Russian drones") is the triggers' (foundIn.ts).
 */
import { readClaimant } from './claimant.js';
import { supplyToRussia } from './claimClause.js';
import type { TextContext } from './context.js';
import { MADE } from './foundIn.js';
import { keyedMatches } from './keyedScan.js';
import type { ReadClaim } from './types.js';

/**
 * "found" with no "be" before it, its object (group 1) up to "in", and the place found in (group 2);
 * not "found that …" (a finding, read by its own verb) nor "found no …" (none found).
 */
const FOUND =
  /(?<!\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?)\bfound\s+(?!(?:that|no|none|nothing|it|evidence|traces)\b)([^.;:]{3,100}?)\s+(?:in|inside)\s+([^.;:,]{3,80})/gu;
const KEY = /\bfound\b/g;

/** A country's weapons: its demonym, up to three words, the weapon noun. */
const WEAPONS =
  /^\s+(?:[\p{L}\d-]+\s+){0,3}?(?:weapons|weaponry|drones|missiles|rifles?|scopes|sights|tanks|vehicles|aircraft|helicopters|munitions|shells|equipment|systems|airframes|artillery)\b/u;

export function foundActiveClaims(ctx: TextContext, claims: readonly ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const out: ReadClaim[] = [];
  for (const m of keyedMatches(text, KEY, FOUND, 40, 220)) {
    const objStart = m.index + m[0].indexOf(m[1]!);
    const objEnd = objStart + m[1]!.length;
    const s = ctx.sentenceOf(m.index);
    const span = ctx.spans[s]!;
    if (objEnd > span.end) continue;
    const countries = ctx.countries(s);
    // The origin: a demonym in the object, or a name with "-made".
    const demonym = countries.find((h) => h.demonym && h.start >= objStart && h.end <= objEnd);
    const made = demonym ? null : MADE.exec(m[1]!);
    const word = made ? ctx.lexicon.countries.lookup(made[1]!) : undefined;
    const origin = demonym
      ? { id: demonym.entity, name: demonym.text, start: demonym.start, end: demonym.end }
      : word && made
        ? { id: word.entity, name: made[1]!, start: objStart + made.index, end: objStart + made.index + made[1]!.length }
        : undefined;
    if (!origin || origin.id === 'russia') continue;
    // Whose weapons: a Russian weapon after "in", or named earlier in the sentence ("the wreckage of Russian … drones").
    const user = countries.find(
      (h) =>
        h.entity === 'russia' &&
        h.start >= span.start &&
        h.end <= Math.min(span.end, m.index + m[0].length) &&
        (h.start < objStart || h.start > objEnd) &&
        WEAPONS.test(text.slice(h.end, h.end + 48)),
    );
    if (!user) continue;
    if (claims.some((c) => c.start < objEnd && objStart < c.end)) continue;
    const goods = ctx.goods(s).filter((g) => g.id && g.start >= objStart && g.end <= objEnd);
    if (goods.length === 0) continue;
    const end = Math.min(span.end, m.index + m[0].length);
    out.push(
      ...supplyToRussia(
        text,
        { quote: text.slice(m.index, end), start: m.index, end },
        { ...origin, rule: 'the origin of the goods found' },
        { start: user.start, end: user.end, rule: 'the country whose weapons hold them' },
        readClaimant(ctx, s, span.start),
        0.6,
        goods,
        'the goods found',
      ),
    );
  }
  return out;
}
