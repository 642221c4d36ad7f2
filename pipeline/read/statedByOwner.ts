/**
 * A pronoun in the "that" clause of a noun of stating names the noun's owner: "China’s claim that
 * it is not supplying Russia’s war", "repeated assurances by China that it does not supply lethal
 * weapons", "Beijing's insistence that it has never sent". The owner says it of itself, so it is
 * the supplier and the claimant (pronounFrame.ts gives it the rule of a party that speaks for itself).
 */

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}`;
const STATING = String.raw`(?:claims?|assurances?|reassurances?|insistence|assertions?|pledges?|promises?|commitments?|statements?|denials?|position)`;
/** "China’s (repeated) claim that", "assurances (given) by China that", "the claim of Beijing that". */
const OWNED_STATING = new RegExp(
  String.raw`(?:(${NAME})[’']s\s+(?:\p{Ll}+\s+){0,2}${STATING}|${STATING}\s+(?:\p{Ll}+\s+)?(?:by|from|of)\s+(${NAME}))\s+that\s+$`,
  'u',
);

/** The owner of the noun of stating whose "that" clause the pronoun at `pronStart` opens, read from `spanStart`. */
export function statedByOwner(
  text: string,
  spanStart: number,
  pronStart: number,
): { text: string; start: number; end: number } | undefined {
  const before = text.slice(Math.max(spanStart, pronStart - 120), pronStart);
  if (!/\bthat\s+$/.test(before)) return undefined;
  const m = OWNED_STATING.exec(before);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return undefined;
  const phrase = name.replace(/^the\s+/, '');
  const start = pronStart - before.length + m.index + m[0].indexOf(name) + (name.length - phrase.length);
  return { text: phrase, start, end: start + phrase.length };
}
