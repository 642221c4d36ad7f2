/**
 * Countries named by a back-reference: "the country's imports" is the country the text was
 * speaking of ("Kazakhstan's role as a transit hub has grown. In 2023, the country's imports …"),
 * and "the companies shipped …" are the companies the sentence before placed in a country
 * ("added 37 entities in China to the Entity List").
 */
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import type { Evidence } from './types.js';

/** The preposition of a flow's other side before a country. */
const OTHER_SIDE = /\b(?:from|to|into|via|through)\s+(?:the\s+)?$/i;
const THE_COUNTRYS = /\bthe (?:country|nation|republic)[’']s\b/i;
const THE_COMPANIES = /\b(?:the|these|those) (?:companies|entities|firms|suppliers|traders|exporters|parties)\b/i;
const PLACED_IN =
  /\b(?:companies|entities|firms|suppliers|traders|exporters|parties)\s+(?:based\s+|located\s+|registered\s+)?in\s+(?:the\s+)?$/i;
const GROUP_AFTER = /^\s+(?:companies|entities|firms|suppliers|traders|exporters)\b/i;

export interface BackReference {
  code: string;
  evidence: Evidence;
}

const found = (h: CountryHit, at: { start: number; end: number; text: string }, rule: string): BackReference => ({
  code: h.code,
  evidence: { text: at.text, start: at.start, end: at.end, rule: `${rule} (${h.text})` },
});

/** "the country's" before `before` in sentence `s`: the country the sentence or the one before speaks of. */
export function theCountry(ctx: TextContext, s: number, from: number, before: number): BackReference | undefined {
  const { text } = ctx;
  const r = THE_COUNTRYS.exec(text.slice(from, before));
  if (!r) return undefined;
  const at = { start: from + r.index, end: from + r.index + r[0].length, text: r[0] };
  // Not a country on the other side of a flow: "Armenia's imports from China …, while the country's exports" is Armenia.
  const here = ctx
    .countries(s)
    .filter((h) => !h.demonym && h.end <= at.start && !OTHER_SIDE.test(text.slice(Math.max(0, h.start - 9), h.start)));
  if (here.length > 0) return found(here[here.length - 1]!, at, 'the country named before');
  if (s === 0) return undefined;
  const first = ctx.countries(s - 1).find((h) => !h.demonym);
  return first ? found(first, at, 'the country the sentence before speaks of') : undefined;
}

/** "the companies" in sentence `s`: the country the sentence before placed them in. */
export function companiesCountry(ctx: TextContext, s: number): BackReference | undefined {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const r = THE_COMPANIES.exec(text.slice(span.start, span.end));
  if (!r || s === 0) return undefined;
  const at = { start: span.start + r.index, end: span.start + r.index + r[0].length, text: r[0] };
  const prev = ctx.spans[s - 1]!;
  for (const h of ctx.countries(s - 1)) {
    const placed = !h.demonym && PLACED_IN.test(text.slice(Math.max(prev.start, h.start - 40), h.start));
    const group = h.demonym && GROUP_AFTER.test(text.slice(h.end, h.end + 20));
    if (placed || group) return found(h, at, 'the companies the sentence before placed');
  }
  return undefined;
}
