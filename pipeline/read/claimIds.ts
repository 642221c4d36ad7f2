/** The ids of the parties a claim names: a country's entity id, else the name as written. */
import type { TextContext } from './context.js';

export function nameToId(ctx: TextContext, name: string): string {
  const c = ctx.lexicon.countries.lookup(name.replace(/^the\s+/i, '').replace(/[’']s$/, ''));
  if (c && !c.demonym) return c.entity;
  // "the Chinese side", "the Iranian side": diplomatic speech for the country itself; "the Iranian regime" too.
  const side = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+(?:side|regime)$/iu.exec(name);
  const of = side ? ctx.lexicon.countries.lookup(side[1]!) : undefined;
  return of ? of.entity : withoutCount(name.replace(/[’']s$/, ''));
}

/** A group's name without its count (COUNT, below). */
export const withoutCount = (name: string): string => name.replace(COUNT, '');

/**
 * "40 foreign entities", "nine entities in China": a listed group is named without its count, as the
 * curated annotations name it ("foreign entities"); "Three of the entities" keeps it (the count is the head).
 */
const COUNT =
  /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:(?:more|further|additional|other|new)\s+)?(?!of\b|percent\b)(?=\p{L})/iu;

/**
 * The ids of names, in an array built by push: an array that optimized code builds with map has
 * another hidden class than the interpreter's, and the optimized reading of a claim that met it
 * was thrown away and compiled again (node --trace-deopt).
 */
export function idsOf(ctx: TextContext, names: readonly string[]): string[] {
  const ids: string[] = [];
  for (const n of names) ids.push(nameToId(ctx, n));
  return ids;
}
