/**
 * A supply the next sentence designates its supplier for, in the order of an OFAC release's
 * paragraphs: "Changsha Skyline Technology Co., Ltd. has exported machine tools to Russian defense
 * enterprises. It is being designated for operating in …" — the claim is the designating body's
 * determination, as it is when the designation comes first ("X is being designated for having
 * supplied …").
 */
import type { TextContext } from './context.js';

const DESIGNATED =
  /^\s*(\S+)[^.;]{0,40}?\b(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:being\s+)?(?:designated|sanctioned|listed)\b/;

/** Whether sentence `s + 1` designates the supplier named `names` (by a pronoun or its first word). */
export function designatedNext(ctx: TextContext, s: number, names: readonly string[]): boolean {
  const next = ctx.spans[s + 1];
  if (!next || names.length === 0) return false;
  const m = DESIGNATED.exec(ctx.text.slice(next.start, Math.min(next.end, next.start + 120)));
  if (!m) return false;
  const first = m[1]!;
  return /^(?:It|They|These|Both|All)$/.test(first) || (/^\p{Lu}/u.test(first) && names.some((n) => n.split(/\s+/).includes(first)));
}

/** A group the sentence before points back to: "These entities", "those companies". */
const POINTED_GROUP =
  /^(?:these|those)\s+(?:\p{Ll}+\s+)?(?:entities|companies|firms|individuals|persons|parties|suppliers|traders|distributors)$/iu;
/** Words of a listing: a sanction, a designation, an addition to a list, an export ban. */
const LISTING = /\b(?:sanction(?:s|ed|ing)?|designat(?:ed|es|ing|ion)|listed|added|prohibit\s+exports?|export\s+bans?)\b/i;

/**
 * "The Government of Japan will prohibit exports to 27 entities … . These entities have supplied …", "Among
 * those added are 31 entities … . According to the EU, these companies have supplied …": the group the
 * sentence before lists is what the listing body determined.
 */
export function listedBefore(ctx: TextContext, s: number, names: readonly string[]): boolean {
  if (s === 0 || names.length !== 1 || !POINTED_GROUP.test(names[0]!)) return false;
  const before = ctx.spans[s - 1]!;
  return LISTING.test(ctx.text.slice(before.start, before.end));
}
