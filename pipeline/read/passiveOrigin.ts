/**
 * "Italian-made machine tools are being supplied to Russia through intermediaries", "Iranian drones
 * continue to be delivered to Russia": a passive supply verb that names no agent, whose goods name
 * their origin, has that origin as its supplier. A re-export's origin is not its supplier ("Czech
 * bearings were exported to China and re-exported to Russia": the re-exporter supplies).
 */
import { countryHit, type CountryHit } from './countries.js';
import type { ClaimFrame } from './claimFrame.js';
import type { TextContext } from './context.js';
import { MADE } from './foundIn.js';

/** The passive's auxiliary right before the participle: "are being", "were first", "continue to be". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:(?:first|still|also|then|now|often|\p{Ll}+ly)\s+)*$/u;

/** The origin the goods before a passive supply verb name (its demonym, "X-made"), or undefined. */
export function passiveOrigin(ctx: TextContext, f: ClaimFrame): CountryHit | undefined {
  const { text } = ctx;
  const { t, headStart } = f;
  if (t.kind !== 'supply' || !/ed$/.test(text.slice(t.end - 2, t.end)) || /^re-/i.test(text.slice(t.start, t.start + 3))) return undefined;
  const head = text.slice(headStart, t.start);
  if (!PASSIVE_BEFORE.test(head)) return undefined;
  // The goods' phrase opens the clause: its origin is a demonym before the first goods named.
  const goods = ctx.goods(f.s).find((g) => g.start >= headStart && g.end <= t.start);
  if (!goods) return undefined;
  const demonym = f.countries.find((h) => h.demonym && h.entity !== 'russia' && h.start >= headStart && h.end <= goods.start);
  if (demonym) return demonym;
  const made = MADE.exec(text.slice(headStart, goods.start));
  const known = made ? ctx.lexicon.countries.lookup(made[1]!) : undefined;
  if (!made || !known || known.entity === 'russia') return undefined;
  const start = headStart + made.index;
  return countryHit(known, start, start + made[1]!.length, made[1]!);
}
