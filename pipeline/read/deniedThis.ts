/**
 * A denial that names what it denies by a pronoun or a noun of report: "the Chinese denied this",
 * "Beijing has rejected the allegations", "Tehran dismissed such claims". What is denied is the
 * supply claimed just before (the sentence before, or an earlier clause of the same sentence); the
 * denier denies it for its own side, so the denial is drafted only when the denier is the supplier
 * or its country ("Chinese parts are turning up in Russia … the Chinese denied this"), with the
 * claim's recipient and goods, the denier as its claimant. A denial by anyone else ("Washington
 * denied this") says nothing about who supplied, and is not drafted.
 */
import type { TextContext } from './context.js';
import { ev } from './evidence.js';
import type { ReadClaim } from './types.js';

/** The denier, a verb of denying and what it denies, anaphorically. */
const DENIED_THIS =
  /(?:^|[,;:]\s+|\bthat\s+|\b(?:and|but)\s+)((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:(?:has|have|had|also|again|quickly|strongly|flatly|firmly|always)\s+)*(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(this|that|it|these\s+(?:claims|allegations|reports|accusations|charges)|(?:the|such|those)\s+(?:claims?|allegations?|reports?|accusations?|charges?))\b(?!\s+(?:of|that|about|from|by)\b)/u;

/**
 * What DENIED_THIS needs in a sentence, as one scan of the text: a verb of denying followed by a
 * word it can deny. Most texts that deny anything deny a supply ("denied supplying"), not a claim
 * before, and DENIED_THIS tried at every capital of every sentence cost more than the scan.
 */
const DENYING_WHAT =
  /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:this|that|it|these|the|such|those)\b/g;

/**
 * A supplier side the denier speaks for: its country id, or a group named with its name ("the
 * Chinese denied this" of "Chinese companies"): 'country', the denier's country supplies the
 * denial. A group named with the demonym of the denier's country ("Beijing rejects the
 * accusations" of "Chinese firms": a capital speaks for its country's firms): 'group', the group
 * keeps the denial, since what is denied is the firms' supply.
 */
function speaksFor(ctx: TextContext, denier: string, claim: ReadClaim): 'country' | 'group' | undefined {
  const { countries } = ctx.lexicon;
  const name = denier.replace(/^the\s+/i, '');
  const hit = countries.lookup(name);
  if (!hit) return undefined;
  const own = (id: string, k: number) => id === hit.entity || (claim.supplier_names[k] ?? '').toLowerCase().includes(name.toLowerCase());
  if (claim.supplier.every(own)) return 'country';
  const group = (k: number) => {
    const first = /^\p{Lu}[\p{L}-]*/u.exec(claim.supplier_names[k] ?? '');
    return first !== null && countries.lookup(first[0])?.entity === hit.entity;
  };
  return claim.supplier.every((id, k) => own(id, k) || group(k)) ? 'group' : undefined;
}

/** A verb or noun of supply, between the claim before and its denial. */
const SUPPLY_WORD = /\b(?:suppl|ship|deliver|export|provid|sell|sold|send|sent|transfer)/i;

/** The denials "X denied this" of the claims before them, added to `claims` (sorted by offset). */
export function deniedThis(ctx: TextContext, claims: ReadClaim[]): ReadClaim[] {
  const { text } = ctx;
  const added: ReadClaim[] = [];
  // Only the sentences where the scan found a verb and its object are read, each once, in order.
  let lastRead = -1;
  DENYING_WHAT.lastIndex = 0;
  for (let hit = DENYING_WHAT.exec(text); hit !== null; hit = DENYING_WHAT.exec(text)) {
    const s = ctx.sentenceOf(hit.index);
    if (s === lastRead || s >= ctx.spans.length) continue;
    lastRead = s;
    const span = ctx.spans[s]!;
    const sentence = text.slice(span.start, span.end);
    const m = DENIED_THIS.exec(sentence);
    if (!m) continue;
    const denierAt = span.start + m.index + m[0].indexOf(m[1]!);
    const before = ctx.spans[Math.max(0, s - 1)]!.start;
    // The claim denied: the last one before the denier, in this sentence or the one before; not a denial itself.
    const denied = claims.filter((c) => c.start >= before && c.end <= denierAt && c.certainty !== 'denied');
    const last = denied[denied.length - 1];
    const side = last ? speaksFor(ctx, m[1]!, last) : undefined;
    if (!last || !side) continue;
    // "Chinese companies are supplying …. I don't think the Chinese state is shipping weapons, and Beijing
    // denies it": a supply named after the firms' claim, and drafted as none, is what the capital denies.
    if (side === 'group' && SUPPLY_WORD.test(text.slice(last.end, denierAt))) continue;
    // Every claim of that statement (one per goods) is denied.
    for (const c of denied.filter((d) => d.start === last.start)) {
      const end = span.start + m.index + m[0].length;
      const denierEnd = denierAt + m[1]!.length;
      const hit = ctx.lexicon.countries.lookup(m[1]!.replace(/^the\s+/i, ''))!;
      added.push({
        ...c,
        quote: text.slice(denierAt, end),
        start: denierAt,
        end,
        supplier: side === 'group' ? c.supplier : [hit.entity],
        supplier_names: side === 'group' ? c.supplier_names : [m[1]!.replace(/^the\s+/i, '')],
        certainty: 'denied',
        share: null,
        // "the Chinese" speak as China: a demonym names the country's entity, a name ("Tehran") stays the text's.
        claimant: hit.demonym ? hit.entity : m[1]!,
        confidence: 0.5,
        evidence: {
          ...c.evidence,
          supplier: side === 'group' ? c.evidence.supplier : ev(text, denierAt, denierEnd, 'the denier of the claim before'),
          certainty: ev(text, denierAt, end, 'a denial of the claim before'),
          claimant: ev(text, denierAt, denierEnd, 'the denier of the claim before'),
        },
      });
    }
  }
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}
