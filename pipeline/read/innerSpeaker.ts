/**
 * A speaker reported by another speaker, right before the claim's clause: "The group notes that
 * Chinese officials deny that any Chinese company supplies …", "state media quoted a foreign
 * ministry official as saying that the DPRK has never exported …". The inner speaker claims (or
 * denies); the outer one only reports it.
 */
import type { ClaimantHit } from './claimant.js';

const SAY = 'deny|denies|denied|say|says|said|insist|insists|insisted|maintain|maintains|maintained|claim|claims|claimed';
/** The words between an outer "that" and the inner verb: a noun phrase of one to six words. */
const NESTED = new RegExp(
  String.raw`\b(?:that\s+((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+(?:${SAY})|quoted\s+((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+as\s+saying)\s+that\s+(?:any\s+|some\s+|the\s+|an?\s+)?$`,
  'u',
);
/**
 * A noun of stating owned by a named side, right before the claim's "that" clause: "official statements by
 * Beijing that China does not supply weapons", "the repeated statements of the Chinese authorities that China
 * does not provide …". The owner states it (not "claims by X that", an accusation: claimCues.ts).
 */
const OWNED_STATEMENT = new RegExp(
  String.raw`\b(?:statements?|assurances?|pledges?|insistence|denials?|position)\s+(?:\p{Ll}+\s+)?(?:by|of|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:authorities|government|officials|leadership)|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+that\s+$`,
  'u',
);
const NOT_A_NOUN_PHRASE = /^(?:it|he|she|they|we|I|you|this|that|there)$|\b(?:is|are|was|were|has|have|had|will|would)\b/i;

/** The inner speaker of the claim whose clause starts at `clauseStart`, in the sentence from `from`. */
export function innerSpeaker(text: string, from: number, clauseStart: number): ClaimantHit | undefined {
  // Only a clause that opens on "that" after a verb of saying can have one: most do not, and are not searched.
  // (A determiner may stand between: "deny that any Chinese company supplies".)
  if (!/\bthat\s+(?:any\s+|some\s+|the\s+|an?\s+)?$/.test(text.slice(Math.max(from, clauseStart - 14), clauseStart))) return undefined;
  const at = Math.max(from, clauseStart - 160);
  const owned = OWNED_STATEMENT.exec(text.slice(Math.max(at, clauseStart - 90), clauseStart));
  if (owned) {
    const start = Math.max(at, clauseStart - 90) + owned.index + owned[0].indexOf(owned[1]!);
    return { phrase: owned[1]!, start, end: start + owned[1]!.length, rule: 'the owner of a statement' };
  }
  const m = NESTED.exec(text.slice(at, clauseStart));
  const phrase = m?.[1] ?? m?.[2];
  if (!m || !phrase || NOT_A_NOUN_PHRASE.test(phrase)) return undefined;
  const start = at + m.index + m[0].indexOf(phrase);
  return { phrase, start, end: start + phrase.length, rule: 'a speaker reported by another' };
}
