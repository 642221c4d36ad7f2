/**
 * "us" as a claim's recipient is the speaker's side: "“China does not supply us with weapons,”
 * Peskov told reporters" after "Kremlin spokesman Dmitry Peskov" names him, "“… weapons to us,” he
 * said" of a "Kremlin aide". The country is the one named right before the speaker's name where
 * the text introduces them (in the claimant's own words or in the sentences before the claim).
 */
import { ev } from './evidence.js';
import type { TextContext } from './context.js';
import type { ReadClaim } from './types.js';

/** "supply us with", "weapons to us", "sell us": the recipient is "us". */
const TO_US = /^(?:\s+us\b|[^.;:”"]{0,60}?\bto\s+us\b)/;

/** How many sentences before the claim are read for the speaker's introduction. */
const BACK = 8;

/** Gives `claim`, of sentence `s`, whose verb ends at `verbEnd`, the speaker's country as its recipient when it is "us". */
export function usRecipient(ctx: TextContext, s: number, claim: ReadClaim, verbEnd: number): void {
  if (claim.recipient !== null || claim.claimant === null) return;
  if (!TO_US.test(ctx.text.slice(verbEnd, Math.min(claim.end + 12, ctx.spans[s]!.end)))) return;
  // The speaker's last name: the words the text repeats for them.
  const name = /(\p{Lu}[\p{L}’'-]+)$/u.exec(claim.claimant)?.[1];
  if (!name) return;
  for (let k = s; k >= Math.max(0, s - BACK); k--) {
    const span = ctx.spans[k]!;
    const at = ctx.text.slice(span.start, span.end).indexOf(name);
    if (at < 0) continue;
    // A country in the few words before the name: "Kremlin spokesman Dmitry Peskov", "Iran's foreign minister Abbas Araghchi".
    const hit = ctx
      .countries(k)
      .filter((h) => h.end <= span.start + at && h.start >= span.start + at - 50 && !/[,.;]/.test(ctx.text.slice(h.end, span.start + at)))
      .pop();
    if (hit && !claim.supplier.includes(hit.entity)) {
      claim.recipient = hit.entity;
      claim.evidence.recipient = ev(ctx.text, hit.start, hit.end, 'us: the speaker’s country');
      return;
    }
  }
}
