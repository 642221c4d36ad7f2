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
const NOT_A_NOUN_PHRASE = /^(?:it|he|she|they|we|I|you|this|that|there)$|\b(?:is|are|was|were|has|have|had|will|would)\b/i;

/** The inner speaker of the claim whose clause starts at `clauseStart`, in the sentence from `from`. */
export function innerSpeaker(text: string, from: number, clauseStart: number): ClaimantHit | undefined {
  // Only a clause that opens on "that" after a verb of saying can have one: most do not, and are not searched.
  // (A determiner may stand between: "deny that any Chinese company supplies".)
  if (!/\bthat\s+(?:any\s+|some\s+|the\s+|an?\s+)?$/.test(text.slice(Math.max(from, clauseStart - 14), clauseStart))) return undefined;
  const at = Math.max(from, clauseStart - 160);
  const m = NESTED.exec(text.slice(at, clauseStart));
  const phrase = m?.[1] ?? m?.[2];
  if (!m || !phrase || NOT_A_NOUN_PHRASE.test(phrase)) return undefined;
  const start = at + m.index + m[0].indexOf(phrase);
  return { phrase, start, end: start + phrase.length, rule: 'a speaker reported by another' };
}
