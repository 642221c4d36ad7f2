/**
 * The recipient a supply verb names after it, in its clause: its object ("supplied Russia"),
 * "to X", a country's buyers ("Russian buyers", "Russian forces"), "support for X", and for a
 * nominal claim ("the largest supplier of … to Russia’s …") X’s or any country after it.
 */
import type { CountryHit } from './countries.js';
import type { Trigger } from './triggers.js';

export interface RecipientHit {
  hit: CountryHit;
  rule: string;
}

// One word may stand between the country and the buyer: "a Russian tank factory". Companies and firms
// only by their trade ("Russian armaments companies"): "accusations against Chinese companies" names none.
const BUYER =
  /^\s+(?:(?:defen[cs]e|arms|armaments|military|weapons|aerospace)[ -](?:companies|firms)|(?:[a-z-]+\s+)?(?:buyers|customers|importers|clients|forces|military|army|defen[cs]e|arms|weapons|end users|tanks|troops|soldiers|armed|units|factory|factories|plants?|manufacturers?|makers?|producers?|distributors?|airlines?|enterprises|industry))\b/;

const TO_PARTY_IN =
  /\b(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}(?:buyers?|customers?|compan(?:y|ies)|firms?|clients?|recipients?|importers?|distributors?|end[ -]users?|consignees?|manufacturers?|plants?|factor(?:y|ies))\s+(?:(?:based|located|registered)\s+)?in\s+$/u;

/** "to the defense and military industrial base of (the)", "to the armed forces of": lower-case words, then "of". */
const TO_PART_OF = /\bto\s+(?:the\s+)?(?:[a-z-]+\s+){1,6}of\s+(?:the\s+)?$/;

const ARMS =
  /^\s+(?:[\p{L}\p{N}-]+\s+)?(?:missiles|drones|weapons|tanks|aircraft|artillery|armou?red vehicles|warplanes|helicopters|shells|munitions|rockets)\b/u;

/** A country after the verb, in its clause, with `re` matching the words right before it. */
export const afterVerb = (text: string, h: CountryHit, t: Trigger, clauseEnd: number, re: RegExp): boolean =>
  h.start > t.end && h.end <= clauseEnd && re.test(text.slice(Math.max(0, h.start - 16), h.start));

/**
 * "to a buyer in Moscow", "to a company based in Russia": the country of the party the goods go to.
 * `countries` are all the sentence's, a capital after "in" too (a place, here where the buyer is).
 */
export function toPartyIn(text: string, countries: readonly CountryHit[], t: Trigger, clauseEnd: number): RecipientHit | undefined {
  const h = countries.find(
    (x) => !x.demonym && afterVerb(text, x, t, clauseEnd, /\bin\s+$/) && TO_PARTY_IN.test(text.slice(Math.max(0, x.start - 60), x.start)),
  );
  return h && { hit: h, rule: 'to a party in X' };
}

/** The verbs of making read as supply (triggers.ts): produce, manufacture, develop. */
const MAKING = /^(?:produc|manufactur|develop)/i;
const MILITARY_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:military|army|armed|forces|defen[cs]e|war|arms|weapons|drones?|missiles?|tanks?|troops|aircraft|navy|Ministry\s+of\s+Defen[cs]e)\b/u;

/** A country written by its initials, which stand before a noun as an adjective does ("U.S. chips", "EU components"). */
const ORIGIN_INITIALS = /^(?:U\.S\.|US|U\.K\.|UK|EU|E\.U\.)$/;

export function recipientAfter(text: string, countries: readonly CountryHit[], t: Trigger, clauseEnd: number): RecipientHit | undefined {
  const object = countries.find(
    (h) =>
      !h.demonym &&
      h.start >= t.end &&
      h.start <= t.end + 12 &&
      /^\s*(?:the\s+)?$/.test(text.slice(t.end, h.start)) &&
      // "re-exporting U.S. navigation equipment": a country's initials before a noun say where the goods are from.
      !(ORIGIN_INITIALS.test(h.text) && /^\s+\p{Ll}/u.test(text.slice(h.end, h.end + 3))),
  );
  if (object) return { hit: object, rule: 'the object of a supply verb' };
  // "to Russian consumers": a country's households buy no war goods. "to a Russian drone maker": a demonym after "a".
  const to = countries.find(
    (h) =>
      afterVerb(text, h, t, clauseEnd, h.demonym ? /\b(?:to|into)\s+(?:the\s+|an?\s+)?$/i : /\b(?:to|into)\s+(?:the\s+)?$/i) &&
      !(h.demonym && /^\s+(?:consumers|households|citizens|tourists|residents|shoppers|motorists)\b/.test(text.slice(h.end, h.end + 14))),
  );
  if (to) return { hit: to, rule: 'to X' };
  // "to the defense industrial base of the Russian Federation": the country whose base, army or industry it is.
  const toPart = countries.find(
    (h) => !h.demonym && h.start > t.end && h.end <= clauseEnd && TO_PART_OF.test(text.slice(Math.max(t.end, h.start - 72), h.start)),
  );
  if (toPart) return { hit: toPart, rule: 'to a part of X' };

  // "destined for the Russian Ministry of Defense", "bound for Russia": where the goods go.
  // Session 16: also where they are bought or arrive ("the machining centres bought in Russia", "the machine
  // tools now entering Russia"): the country itself, not a demonym ("bought in Russian roubles").
  const bound = countries.find(
    (h) =>
      h.start > t.end &&
      h.end <= clauseEnd &&
      (/\b(?:destined|bound|intended)\s+for\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 24), h.start)) ||
        (!h.demonym &&
          /\b(?:entering|reaching|(?:bought|purchased|installed|sold)\s+in|imported\s+into)\s+$/i.test(
            text.slice(Math.max(0, h.start - 24), h.start),
          ))),
  );
  if (bound) return { hit: bound, rule: 'destined for X' };
  // "developing drones for the Russian military", "the development and production of Russia’s Garpiya
  // drone": who makes goods for a country, or makes its weapon, supplies it.
  if (MAKING.test(text.slice(t.start, t.start + 12))) {
    const made = countries.find(
      (h) =>
        h.start > t.end &&
        h.end <= clauseEnd &&
        // "for Russian banks" is no war industry: a demonym's noun must be military.
        ((/\bfor\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 8), h.start)) &&
          (!h.demonym || MILITARY_AFTER.test(text.slice(h.end, h.end + 40)))) ||
          (!h.demonym && /\bof\s+$/.test(text.slice(Math.max(0, h.start - 4), h.start)) && /^[’']s\s/.test(text.slice(h.end, h.end + 3)))),
    );
    if (made) return { hit: made, rule: 'makes goods for X' };
  }
  // "resold … to Uralvagonzavod, Russia's main tank producer": the country of a recipient named in apposition.
  const appos = countries.find(
    (h) =>
      !h.demonym &&
      h.start > t.end &&
      h.end <= clauseEnd &&
      /^[’']s\s/.test(text.slice(h.end, h.end + 3)) &&
      /\bto\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},\s+$/u.test(text.slice(Math.max(0, h.start - 60), h.start)),
  );
  if (appos) return { hit: appos, rule: 'the country of a recipient named in apposition' };
  const buyers = countries.find((h) => h.demonym && h.start > t.end && h.end <= clauseEnd && BUYER.test(text.slice(h.end, h.end + 30)));
  if (buyers) return { hit: buyers, rule: 'buyers of that country' };
  // "components for Russian missiles", "used in Russian drones", "the foreign components in Russian
  // cruise missiles": the country whose weapons take them.
  const weapons = countries.find(
    (h) =>
      h.demonym &&
      // "the chips found in Russian cruise missiles", "the lathes that turn out Russian shells": the goods go into them.
      (afterVerb(
        text,
        h,
        t,
        clauseEnd,
        /\b(?:for|used\s+in|installed\s+in|fitted\s+to|found\s+in|that\s+(?:turn\s+out|make|produce|build|power|guide))\s+(?:the\s+)?$/i,
      ) ||
        (h.start > t.end &&
          h.end <= clauseEnd &&
          // Session 16: any goods noun before "in" ("the bulk of the bearings in Russian armored vehicles").
          /\b(?:components|parts|electronics|chips|\p{L}+s)\s+in\s+$/iu.test(text.slice(Math.max(0, h.start - 20), h.start)))) &&
      ARMS.test(text.slice(h.end, h.end + 30)),
  );
  if (weapons) return { hit: weapons, rule: 'the country whose weapons take them' };
  if (t.kind === 'support') {
    const forCountry = countries.find((h) => afterVerb(text, h, t, clauseEnd, /\b(?:for|of)\s+(?:the\s+)?$/i));
    return forCountry && { hit: forCountry, rule: 'X’s' };
  }
  if (t.kind === 'nominal') {
    const possessive = countries.find(
      (h) => !h.demonym && h.start > t.end && h.end <= clauseEnd && /^[’']s\b/.test(text.slice(h.end, h.end + 2)),
    );
    // "had become Russia's largest supplier of": the possessive inside the trigger.
    const inside = countries.find((h) => !h.demonym && h.start > t.start && h.end < t.end && /^[’']s\b/.test(text.slice(h.end, h.end + 2)));
    const any = possessive ?? inside ?? countries.find((h) => !h.demonym && h.start > t.end && h.end <= clauseEnd);
    return any && { hit: any, rule: 'X’s' };
  }
  return undefined;
}

const HELPED =
  /\b(?:help(?:s|ed|ing)?|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|used by|sustain(?:s|ed|ing)?|fuel(?:s|ed|ing|led|ling)?|equip(?:s|ped|ping)?)\s+(?:the\s+)?$/i;
/**
 * "inputs that Russia uses", "the components Russia needs", "the machine tools Russia imports";
 * with an adverb, "the machinery that Russia previously bought in the EU", "can no longer buy".
 */
const USES =
  /^\s+(?:(?:\p{Ll}+ly|now|once|still|can\s+no\s+longer|could\s+no\s+longer|cannot)\s+)?(?:uses|used|needs|needed|relies on|depends on|requires|imports|imported|buys|bought|buy|purchases|launches|launched|fires|fired|deploys|deployed)\b/u;
const WAR_OF =
  /^[’']s\s+(?:[\p{L}-]+\s+){0,2}?(?:war|wars|military|aggression|army|armed forces|forces|troops|defen[cs]e|invasion|battlefield|arsenal|industrial base|(?:arms|defen[cs]e|war)\s+industry|assault|imports|purchases|tanks|missiles|drones|weapons|fleet|artillery|guns|offensive)\b/iu;
/** "the shells fired by Russian troops": Russia's forces hold the goods (read for Russia only: the reader's recipients). */
const FORCES = /^\s+(?:armed\s+)?(?:troops|forces|soldiers|army|military|units|gunners)\b/;

/**
 * A recipient named elsewhere in the sentence of a claim whose verb names none: the country the
 * goods help, are used by or fuel the war of ("… that have helped Russia rebuild", "used by
 * Russia on the battlefield", "fueling Russia’s aggression"); never a supplier.
 */
export function recipientInSentence(
  text: string,
  countries: readonly CountryHit[],
  suppliers: readonly string[],
): RecipientHit | undefined {
  for (const h of countries) {
    if (h.demonym && h.entity === 'russia' && FORCES.test(text.slice(h.end, h.end + 20)))
      return { hit: h, rule: 'the country whose forces hold the goods' };
    // "the ball bearings used by Russian railway and arms plants": Russia's plants use them.
    // "the heavy trucks bought by the Russian Defence Ministry": its buyer too.
    if (
      h.demonym &&
      h.entity === 'russia' &&
      /\b(?:used|bought|purchased|ordered)\s+by\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 16), h.start))
    )
      return { hit: h, rule: 'the country whose plants or forces use the goods' };
    if (h.demonym || suppliers.includes(h.entity)) continue;
    if (HELPED.test(text.slice(Math.max(0, h.start - 20), h.start))) return { hit: h, rule: 'the country the goods help' };
    if (WAR_OF.test(text.slice(h.end, h.end + 40))) return { hit: h, rule: 'the country whose war the goods serve' };
    if (USES.test(text.slice(h.end, h.end + 36))) return { hit: h, rule: 'the country that uses the goods' };
  }
  return undefined;
}
