/**
 * The words around a figure that the observation rules read: its own stretch of the sentence,
 * the figure before it, asides that list a total's contents, the goods word nearest it, China
 * named together with Hong Kong, and the nouns and phrases the rules look for.
 */
import type { Mention } from '../extract/index.js';
import { countryHit, type CountryHit } from './countries.js';
import type { GoodsHit } from './goods.js';

/**
 * An aside that lists what a total is made of: "Imports from Russia, mostly oil and gas, edged up 1.4%";
 * "$129.3 billion, of which crude oil accounted for 47%".
 */
// ", with cars and machinery among the fastest-growing goods." closes the sentence.
// ", a key input for propellants,", ", which is used for gunpowder,": what the goods before are for, not the figure's goods.
const COMPOSITION =
  /,\s+(?:(?:an?|the)\s+(?:key\s+|main\s+|important\s+|critical\s+|essential\s+|vital\s+)?(?:input|ingredient|component|precursor|raw\s+material)\s+(?:for|of|in)\s+[^,;]{1,60},|(?:which|that)\s+(?:is|are)\s+(?:also\s+|mainly\s+|mostly\s+)?used\s+(?:for|in|to\s+make)\s+[^,;]{1,60},|(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|including|such as)\s+[^,;]{1,60},|of which\s+[^;.]{1,80}|with\s+[^,;.]{1,80}?\s+(?:among|leading|topping)\b[^,;.]*)/gi;

/** Count nouns that hold goods named after them ("containers of munitions"), not goods themselves. */
export const GENERIC_UNIT =
  /^(?:containers|units|items|pieces|parcels|packages|shipments|consignments|deliveries|cargoes|shipment|consignment|tonnes|tons|tonne|ton|barrels|barrel|kilograms|kg|cubic metres|cubic meters)$/;

/** The part a product share is of: "of China’s exports", "of the total", "of all imports". */
export const PART_OF_FLOW =
  /^\s+of\s+(?:(?:the\s+)?\S+[’']s\s+(?:total\s+)?(?:exports|imports)|the\s+total|(?:all|total)\s+(?:exports|imports)|(?:the\s+)?[A-Z][A-Za-z.]*\s+(?:exports|imports)|(?:the\s+)?(?:goods|products|items)\s+(?:shipped|sent|exported|re-exported|delivered)|(?:those|these|such)\s+(?:exports|imports)|(?:(?:all|total)\s+)?(?:[A-Z][A-Za-z]*\s+)?(?:exports|imports)\s+(?:from|to)\s)\b/;

/** "that year", "over the same period": the period of the statistic before. */
// "over the period", "during that period" (session 7): the period just named, when nothing dates it further.
// Not "the same half of 2022": that half of another year (period.ts, SAME_MONTHS_OF).
export const SAME_PERIOD =
  /\b(?:(?:that|the same) (?:(?:fiscal |financial )?year|quarter|month|half)\b(?!\s+(?:of|in)\s+\d{4})|over the same period\b|(?:over|in|during|for) the same (?:span|months|stretch|time)\b(?!\s+(?:of|in|last|this)\b)|(?:in|over|during|for) the (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) months\b(?!\s+(?:of|to|through|ending|since|from|before|after|\d))|(?:over|in|during|for) (?:the|that) period\b(?!\s+(?:of|from|between|since|to|until|through|\d))|(?:over|during) the (?:month|quarter)\b(?!\s+(?:of|to|through|ending|ended|before|after|\d)))/i;
export const PRESENT =
  /\b(?:accounts|account|supplies|supply|provides|provide|makes up|make up|holds|hold|represents|represent|remains|remain)\s+(?:for\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** The asides of a sentence that list what a total is made of, or say what goods are used for. */
export function compositionAsides(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const body = text.slice(span.start, span.end);
  COMPOSITION.lastIndex = 0;
  for (let a = COMPOSITION.exec(body); a !== null; a = COMPOSITION.exec(body))
    out.push({ start: span.start + a.index, end: span.start + a.index + a[0].length });
  return out;
}

/** The words that belong to a figure: from the figure before it in the sentence to the one after. */
export function ownSegment(text: string, m: Mention, inSentence: readonly Mention[], span: { start: number; end: number }): string {
  const figures = inSentence.filter((x) => x.kind !== 'year' && x.kind !== 'period');
  const i = figures.indexOf(m);
  const from = i > 0 ? figures[i - 1]!.end : span.start;
  const to = i >= 0 && i < figures.length - 1 ? figures[i + 1]!.start : span.end;
  return text.slice(from, to);
}

/** Whether a sentence holds a hyphen or dash, the only place compounds ("U.S.-origin", "China-Russia trade") can be. */
export function hasDash(text: string, span: { start: number; end: number }): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013) return true;
  }
  return false;
}

/** The figure before `m` in its sentence, dates left out. */
export function previousFigure(inSentence: readonly Mention[], m: Mention): Mention | undefined {
  for (let i = inSentence.indexOf(m) - 1; i >= 0; i--) {
    const x = inSentence[i]!;
    if (x.kind !== 'year' && x.kind !== 'period') return x;
  }
  return undefined;
}

/** China named with Hong Kong ("China and Hong Kong", "China, including Hong Kong", "Chinese and Hong Kong exports") is read as China. */
export function mergeHongKong(text: string, hits: CountryHit[]): CountryHit[] {
  const out: CountryHit[] = [];
  for (const h of hits) {
    if (h.code === 'HKG') {
      // "Chinese and Hong Kong exports": one side, China, named by both words.
      const chinese = hits.find((c) => c.code === 'CHN' && c.demonym && c.end <= h.start && AND_ONLY.test(text.slice(c.end, h.start)));
      if (chinese) {
        out.push(countryHit({ ...chinese, demonym: false }, chinese.start, h.end, text.slice(chinese.start, h.end)));
        continue;
      }
      if (
        hits.some((c) => {
          if (c.code !== 'CHN' || c.demonym) return false;
          const between = c.end <= h.start ? text.slice(c.end, h.start) : text.slice(h.end, c.start);
          return /^\s*(?:,\s*including|and|&|\+|plus|or)\s*$/i.test(between);
        })
      )
        continue;
    } else if (
      h.code === 'CHN' &&
      h.demonym &&
      hits.some((k) => k.code === 'HKG' && h.end <= k.start && AND_ONLY.test(text.slice(h.end, k.start)))
    )
      continue;
    out.push(h);
  }
  return out;
}

const AND_ONLY = /^\s+and\s+$/;

export function nearestGoods(
  hits: readonly GoodsHit[],
  m: Mention,
  clause: { start: number; end: number },
  text?: string,
): GoodsHit | undefined {
  let best: GoodsHit | undefined;
  let bestScore = Infinity;
  for (const h of hits) {
    const d = h.start >= m.end ? h.start - m.end : h.end <= m.start ? m.start - h.end : 0;
    // The figure's own "of" phrase wins: "missiles and over 11,000 containers of munitions".
    const own =
      text !== undefined &&
      h.start >= m.end &&
      h.start - m.end <= 30 &&
      (OWN_OF.test(text.slice(m.end, h.start)) || DIRECT_OF.test(text.slice(m.end, h.start)));
    const score = own ? -1 : d + (h.start >= clause.start && h.end <= clause.end ? 0 : 1000);
    if (score < bestScore) [best, bestScore] = [h, score];
  }
  return best;
}

const OWN_OF = /^\s+(?:[\p{L}-]+\s+){1,2}of\s+(?:the\s+)?$/u;
/** "… microelectronics and 70% of its machine tool imports": the goods right after the figure's "of". */
const DIRECT_OF = /^\s+of\s+(?:the\s+|its\s+|their\s+|\p{Lu}[\p{L}-]*[’']s\s+)?$/u;

/** "$129.3 billion, of which crude oil accounted for 47%": the figure is a part of the total before it. */
export const OF_WHICH = /,\s+of which\s+[^,;.]{1,60}$/;

/**
 * A table written as prose: "Exports … to Russia, 2024: Kazakhstan, $480 million (+310%); Kyrgyzstan,
 * $250 million …". A figure's entry runs between the semicolons after the colon; the countries of
 * the other entries are not its own (the heading before the colon speaks for every entry).
 */
export function otherEntry(text: string, span: { start: number; end: number }, m: Mention): (h: { start: number; end: number }) => boolean {
  const colon = text.lastIndexOf(':', m.start);
  if (colon < span.start) return () => false;
  const semi = text.indexOf(';', colon);
  if (semi < 0 || semi >= span.end) return () => false;
  const start = Math.max(colon, text.lastIndexOf(';', m.start));
  const next = text.indexOf(';', m.end);
  const end = next < 0 || next > span.end ? span.end : next;
  return (h) => h.start > colon && (h.end <= start || h.start >= end);
}
