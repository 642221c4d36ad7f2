/**
 * Goods bound for Russia said to be made somewhere: "Most of the microelectronics moving through
 * Türkiye to Russia are made in China", "the chips in Russian missiles were manufactured in the
 * United States". The country after "made in" supplies; Russia, named in the goods' own phrase
 * (their destination, their user), receives. With no Russia in that phrase ("most lathes are made
 * in China") nothing is claimed, nor where the sentence goes on to name who supplied them.
 */
import type { CountryHit } from './countries.js';
import type { Trigger } from './triggers.js';

/** The predicate "are made (manufactured)" read by the trigger finder. */
export const isMadeIn = (text: string, t: Trigger): boolean => /^(?:made|manufactured)\s/i.test(text.slice(t.start, t.end));

const SUPPLIED_LATER = /\b(?:supplied|shipped|sold|provided|delivered|exported|sent|transferred|re-exported|smuggled)\b/i;

/** The place of making and Russia in the goods' phrase, or undefined. */
export function madeInParties(
  text: string,
  countries: readonly CountryHit[],
  headStart: number,
  t: Trigger,
  sentenceEnd: number,
): { maker: CountryHit; user: CountryHit } | undefined {
  // "… were made in the Netherlands but had been supplied to Russia by distributors in Hong Kong": who supplied is named.
  if (SUPPLIED_LATER.test(text.slice(t.end, sentenceEnd))) return undefined;
  const maker = countries.find((h) => !h.demonym && h.start >= t.end && h.start <= t.end + 8 && h.entity !== 'russia');
  // Russia as the goods' destination or user: "to Russia", "Russia's drones", "in Russian missiles".
  const user = countries.find(
    (h) =>
      h.entity === 'russia' &&
      h.start >= headStart &&
      h.end <= t.start &&
      (h.demonym ||
        /^[’']s\b/.test(text.slice(h.end, h.end + 2)) ||
        /\b(?:to|into|in|for|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(headStart, h.start - 8), h.start))),
  );
  return maker && user ? { maker, user } : undefined;
}
