/**
 * A claim that names no recipient, in a paragraph about Russia's side: "Russian manufacturers of
 * the Geran-2 rely on a small number of foreign suppliers. Hong Kong intermediaries deliver the
 * drones' navigation modules and engines." When the sentences before it in its paragraph name
 * Russia (or a Russian body) and no country but the supplier's, the supplies go to Russia. Not for
 * a denial ("to any party"), nor a claim whose sentence names another country than its supplier's.
 */
import type { TextContext } from './context.js';
import { opensParagraph } from './sentences.js';
import type { ReadClaim } from './types.js';

/** Whether the countries of sentence `k` are Russia and the claim's supplier's only, with Russia among them. */
function namesRussiaOnly(ctx: TextContext, k: number, claim: ReadClaim, own = false): boolean | undefined {
  let russia = false;
  for (const h of ctx.countries(k)) {
    // In the claim's own sentence, a country of another clause ("…, and Chinese distributors provide …") is that clause's;
    // one the goods go to ("to Kazakhstan") is a recipient all the same.
    if (
      own &&
      (h.end <= claim.start || h.start >= claim.end) &&
      !/\b(?:to|into|for)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, h.start - 10), h.start))
    )
      continue;
    if (h.entity === 'russia') russia = true;
    else if (!claim.supplier.includes(h.entity) && !claim.supplier_names.some((n) => n.includes(h.text))) return false;
  }
  return russia ? true : undefined;
}

/** Gives `claim`, of sentence `s`, Russia as its recipient where its paragraph is about Russia's side (above). */
export function topicRecipient(ctx: TextContext, s: number, claim: ReadClaim): void {
  if (claim.recipient !== null || claim.certainty === 'denied') return;
  // Its own sentence names no other country.
  if (namesRussiaOnly(ctx, s, claim, true) === false) return;
  let found: number | undefined;
  if (s === 0 || opensParagraph(ctx.text, ctx.spans, s)) return;
  // Most claims have no Russia in the three sentences before: a plain search spares reading their countries.
  const before = ctx.text.slice(ctx.spans[Math.max(0, s - 3)]!.start, ctx.spans[s]!.start);
  if (!before.includes('Russia') && !before.includes('Moscow') && !before.includes('Kremlin')) return;
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    const names = namesRussiaOnly(ctx, k, claim);
    if (names === false) return;
    if (names) found = k;
    if (k === 0 || opensParagraph(ctx.text, ctx.spans, k)) break;
  }
  if (found === undefined) return;
  const hit = ctx.countries(found).find((h) => h.entity === 'russia')!;
  claim.recipient = 'russia';
  claim.evidence.recipient = { text: hit.text, start: hit.start, end: hit.end, rule: 'Russia, named before in the paragraph' };
}
