/**
 * Goods of one country found in another's weapons: "Chinese-made components were found in
 * Russian drones", "parts made in China have been recovered inside Russia’s missiles", "… in Russian Kh-101 cruise
 * missiles" (a model and a kind before the weapon). The
 * origin supplies, the country whose weapons hold the goods receives them; a place ("found in
 * Ukraine") names no recipient. Goods that arrive ("Chinese parts are turning up in Russia",
 * "US-made tools are making their way to Russia") are read alike, the place they reach receiving.
 */
import { countryHit, type CountryHit, type CountryWord } from './countries.js';
import type { Trigger } from './triggers.js';

const WEAPONS =
  /^(?:[’']s)?\s+(?:(?:military|army|armed|defen[cs]e|[\p{Ll}-]+|[\p{Lu}][\p{L}\p{N}]*-?\p{N}+[\p{L}\p{N}-]*)\s+){0,2}(?:weapons|weaponry|drones|missiles|tanks|equipment|arms|munitions|systems|vehicles|aircraft|helicopters|ammunition|artillery|forces|military)\b/u;

/** The verbs of goods arriving somewhere ("turning up in", "making their way to"), not of goods found. */
const ARRIVE = /^(?:turn|end|reach)|\bway\b/i;

const SUPPLY_VERB = /\b(?:supplied|shipped|sold|provided|delivered|exported|sent|transferred)\b/;

/** "Chinese-made", "China-made": a country named as the goods' origin. */
export const MADE = /(\p{Lu}[\p{L}.]*)-(?:made|manufactured|produced|origin|sourced)\b/u;

export function foundIn(
  text: string,
  countries: readonly CountryHit[],
  headStart: number,
  t: Trigger,
  lookup: (name: string) => CountryWord | undefined,
): { origin: CountryHit; user: CountryHit } | undefined {
  // Goods that turn up in or make their way to a country reach it: the place is the recipient, no weapons needed.
  const arrives = ARRIVE.test(text.slice(t.start, t.end));
  const user = countries.find(
    (h) =>
      h.start >= t.end &&
      h.start <= t.end + 4 &&
      (arrives ? !h.metonym || h.entity === 'russia' : WEAPONS.test(text.slice(h.end, h.end + 40))),
  );
  if (!user) return undefined;
  // The origin in the goods' phrase: "Chinese(-made)", "made in China", "from China", "of Chinese origin".
  const origin = countries.find(
    (h) =>
      h.start >= headStart &&
      h.end <= t.start &&
      h.entity !== user.entity &&
      // "trading houses in Hong Kong supplied the chips found in Russian missiles": a country before
      // another supply verb is that verb's subject, not the origin in the goods' phrase.
      !SUPPLY_VERB.test(text.slice(h.end, t.start)) &&
      (h.demonym ||
        /\b(?:made in|manufactured in|produced in|from|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 16), h.start))),
  );
  if (origin) return { origin, user };
  // "Chinese-made", "U.S.-origin": the vocabulary's matcher leaves a name with a hyphenated suffix.
  const made = MADE.exec(text.slice(headStart, t.start));
  const known = made ? lookup(made[1]!) : undefined;
  if (!made || !known || known.entity === user.entity) return undefined;
  const start = headStart + made.index;
  return { origin: countryHit(known, start, start + made[1]!.length, made[1]!), user };
}
