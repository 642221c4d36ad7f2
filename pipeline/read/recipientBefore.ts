/**
 * A claim that names no recipient continues the claim of its sentence or the sentence before ("We see Chinese
 * companies provide Russia with … . PRC-based firms have supplied machine tools"): not a denial
 * ("to any party"), nor a sentence naming another country than its supplier's, but a transit one
 * ("through Hong Kong"; "used against Ukraine" keeps it apart).
 */
import type { TextContext } from './context.js';
import type { ReadClaim } from './types.js';

const SUPPLIES_AFTER = /^\s+(?:\S+\s+){0,2}?(?:suppl|provid|send|sent|ship|deliver|transfer|sell|sold|export)/i;

/**
 * Gives `claim`, read in sentence `s`, the recipient of `prev`, read in the same sentence ("Iran
 * continues to provide drones to Russia, and … Iran has transferred ballistic missiles as well") or
 * the one before, where it applies.
 */
export function carryRecipient(ctx: TextContext, s: number, claim: ReadClaim, prev: ReadClaim): void {
  const { text } = ctx;
  // One claim per goods of the same words: they share the recipient the first was given.
  if (!claim.recipient && prev.recipient && prev.start === claim.start && prev.end === claim.end && prev.evidence.recipient) {
    claim.recipient = prev.recipient;
    claim.evidence.recipient = prev.evidence.recipient;
    return;
  }
  if (!claim.recipient && prev.recipient && claim.certainty !== 'denied') {
    const said = ctx.attribution(s);
    if (
      ctx.countries(s).every(
        (h) =>
          claim.supplier.includes(h.entity) ||
          h.entity === prev.recipient ||
          prev.supplier.includes(h.entity) ||
          claim.supplier_names.some((n) => n.includes(h.text)) ||
          // Session 16: the previous claim's supplier named by its demonym ("Iranian entities …, while North Korea
          // has sent …"), and a country in the words of the one who says it ("…, South Korea's intelligence service says,").
          prev.supplier_names.some((n) => n.includes(h.text)) ||
          (said !== undefined && h.start >= said.start && h.end <= said.end) ||
          // "Iran supplies drones and the DPRK sends shells": a country that supplies in its own clause.
          SUPPLIES_AFTER.test(text.slice(h.end, h.end + 40)) ||
          /\b(?:through|via)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, h.start - 40), h.start)) ||
          // "… to Russia, and the DPRK continues to send shells that are used against Ukrainian cities":
          // in a clause coordinated with the claim before, the target is no recipient.
          // Session 16: also the places the goods struck ("ballistic missiles that have struck Kharkiv and Kyiv").
          (prev.start >= ctx.spans[s]!.start &&
            /\b(?:against|struck|strike|hit|attacked|fired\s+at|launched\s+at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and|or)\s+)?$/iu.test(
              text.slice(Math.max(0, h.start - 30), h.start),
            )),
      )
    ) {
      claim.recipient = prev.recipient;
      claim.evidence.recipient = { ...prev.evidence.recipient!, rule: 'the recipient of the claim before' };
    }
  }
}
