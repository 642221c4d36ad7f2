/**
 * A recipient named by a place in Russia: "to a drone factory in Izhevsk", "to a Kaliningrad defence
 * plant", "to the Alabuga drone plant in Tatarstan". The goods go to Russia though the sentence
 * names no country; the reader's recipients are countries, so the place's country is drafted
 * (docs/curation.md keeps the text's words as the recipient's alias). Only the cities, regions and
 * arms-making towns that reporting on Russia's war industry names, and only after "to" in the
 * verb's clause: a place elsewhere ("assembled in Yelabuga") receives nothing.
 */
import { countryHit } from './countries.js';
import type { RecipientHit } from './recipient.js';
import type { Trigger } from './triggers.js';

const PLACES =
  'Moscow|St\\.? Petersburg|Saint Petersburg|Kaliningrad|Izhevsk|Yelabuga|Alabuga|Tatarstan|Udmurtia|Bashkortostan|Kazan|Omsk|Tomsk|Novosibirsk|Yekaterinburg|Chelyabinsk|Nizhny Tagil|Tagil|Nizhny Novgorod|Tula|Perm|Samara|Ufa|Rostov|Krasnodar|Voronezh|Saratov|Volgograd|Bryansk|Kursk|Belgorod|Smolensk|Tver|Yaroslavl|Kirov|Kurgan|Ulyanovsk|Penza|Krasnoyarsk|Irkutsk|Khabarovsk|Vladivostok|Murmansk|Arkhangelsk|Kovrov|Kolomna|Dubna|Votkinsk|Taganrog|Zelenodolsk|Komsomolsk-on-Amur';

/** "to" (or "into"), then at most five words of the party, "in" before the place or the place as a modifier. */
const TO_PLACE = new RegExp(
  String.raw`^\s*(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,5}?(?:in\s+|at\s+)?(?:the\s+)?(${PLACES})\b`,
  'u',
);

/** The recipient a place in Russia names after the supply verb of `t`, in its clause. */
export function toRussianPlace(text: string, t: Trigger, clauseEnd: number): RecipientHit | undefined {
  const after = text.slice(t.end, clauseEnd);
  // Looked for only where the clause holds "to" and a capital after it: most clauses have no such place.
  const to = after.search(/\b(?:to|into)\s/);
  if (to < 0) return undefined;
  for (let at = to; at >= 0 && at < after.length;) {
    const m = TO_PLACE.exec(after.slice(at));
    if (m) {
      const start = t.end + at + m[0].length - m[1]!.length;
      const hit = countryHit({ code: 'RUS', entity: 'russia', demonym: false, metonym: false }, start, start + m[1]!.length, m[1]!);
      return { hit, rule: 'to a place in Russia' };
    }
    const next = after.slice(at + 1).search(/\b(?:to|into)\s/);
    at = next < 0 ? -1 : at + 1 + next;
  }
  return undefined;
}
