/**
 * The speaker of a quotation that runs over several sentences: "“Russia does not receive weapons
 * from China. Our defence industry produces everything it needs,” Peskov told reporters." Its
 * first sentence names no one; the speaker is named where the quotation closes.
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';

/** How many sentences a quotation is read over for its speaker. */
const QUOTE_SPAN = 3;

/** Whether sentence text `t` opens a quotation it does not close. */
function opensQuote(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 0x201c) return !t.includes('”');
  if (c === 34) return (t.match(/"/g) ?? []).length % 2 === 1;
  return false;
}

/** The speaker of the quotation sentence `s` opens, from the sentence that closes it, or undefined. */
export function quoteSpeaker(ctx: TextContext, s: number): Attribution | undefined {
  const { text, spans } = ctx;
  const span = spans[s]!;
  const first = text.charCodeAt(span.start);
  if ((first !== 0x201c && first !== 34) || !opensQuote(text.slice(span.start, span.end))) return undefined;
  for (let k = s + 1; k < spans.length && k <= s + QUOTE_SPAN; k++) {
    const t = text.slice(spans[k]!.start, spans[k]!.end);
    if (!/[”"]/.test(t)) continue;
    const said = ctx.ownAttribution(k);
    return said && { ...said, cue: `${said.cue} (where the quotation closes)` };
  }
  return undefined;
}
