/**
 * The body whose sanction, listing or determination opens the text: "WASHINGTON — Today, the
 * Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned …". A release
 * that opens on its body's action speaks as that body throughout: what it later says of the
 * parties ("X re-exported drone engines to Russia") is the body's claim, not that of an official
 * it quotes in between ("…," said Deputy Secretary Y). Read for claims only (claimant.ts), after
 * the statement's own speaker and publisher and before the speakers around the claim.
 */
import type { TextContext } from './context.js';
import type { ClaimantHit } from './claimant.js';

/** How many sentences from the text's start its opening action may stand in (a headline, a date line, the lead). */
const LEAD = 6;

/** The acting body of the text's lead, when it is read before sentence `s`; `actorIn` reads one sentence's actor. */
export function leadActor(
  ctx: TextContext,
  s: number,
  actorIn: (ctx: TextContext, k: number) => ClaimantHit | undefined,
): ClaimantHit | undefined {
  const lead = ctx.memo('leadActor', 0, () => {
    for (let k = 0; k < Math.min(LEAD, ctx.spans.length); k++) {
      const actor = actorIn(ctx, k);
      if (actor) return { at: k, actor };
    }
    return undefined;
  });
  if (!lead || lead.at >= s) return undefined;
  return { ...lead.actor, rule: 'the actor of a sanction or determination of the text' };
}
