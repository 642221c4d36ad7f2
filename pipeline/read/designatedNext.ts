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
