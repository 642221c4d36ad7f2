/**
 * Who a sentence gives a supply to without a verb of saying: whoever condemns it ("The United
 * States, Japan, and the Republic of Korea strongly condemn the provision of military equipment by
 * the DPRK to Russia": condemning a transfer asserts it), and a speaker who frames a quotation
 * with "as" ("as National Security Advisor Jake Sullivan observed recently, “China continues to be
 * a major supplier …”").
 */
import type { ClaimantHit } from './claimant.js';
import type { TextContext } from './context.js';

/** A subject, its verb of condemning, and the supply condemned, up to where the claim's clause starts. */
const CONDEMN =
  /^((?:The\s+|the\s+)?\p{Lu}[\p{L}.’'-]*(?:,?\s+(?:and\s+)?(?:the\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,10})(?:\s+\(\p{Lu}{2,}\))?\s+(?:(?:strongly|firmly|resolutely|unequivocally|once\s+again|again|jointly)\s+)*(?:condemn|condemns|condemned|deplore|deplores|deplored|denounce|denounces|denounced)\s+(?:the\s+|all\s+|any\s+)?(?:(?:continued|ongoing|growing|illegal|unlawful|reckless)\s+)*(?:provision|transfer|transfers|supply|supplies|delivery|deliveries|shipment|shipments|export|exports|sale|sales|acquisition|procurement|purchase)\b/u;

/** "as X observed …, “": a speaker framing the quotation that follows. */
const AS_SAID =
  /^(?:(?:But|And|Yet)\s+)?[Aa]s\s+((?:[\p{L}.’'-]+\s+){0,6}?\p{Lu}[\p{L}.’'-]+)\s+(?:has\s+|had\s+)?(?:observed|noted|said|put\s+it|pointed\s+out|warned|stated|remarked|told\s+[^,]{2,40})\b[^,“”"]{0,80},\s*[“"]/u;

/** The condemner or the framing speaker of the claim whose clause starts at `clauseStart` in sentence `s`. */
export function framedBy(ctx: TextContext, s: number, clauseStart: number): ClaimantHit | undefined {
  const { text, spans } = ctx;
  const start = spans[s]!.start;
  // The condemned supply is the claim's own trade noun, so the whole sentence is read; both cues open it.
  if (clauseStart < start) return undefined;
  const head = text.slice(start, spans[s]!.end);
  const c = head.includes('ondemn') || head.includes('eplore') || head.includes('enounce') ? CONDEMN.exec(head) : null;
  if (c) return { phrase: c[1]!, start, end: start + c[1]!.length, rule: 'who condemns the supply' };
  const a = AS_SAID.exec(head);
  if (!a) return undefined;
  const at = start + a[0].indexOf(a[1]!);
  return { phrase: a[1]!, start: at, end: at + a[1]!.length, rule: 'the speaker the quotation is framed by (as X observed)' };
}
