/**
 * A figure whose sentence names no country, with no statistic near enough to continue, takes a
 * country only from a few words around it: the base of a share, "from abroad", "the country's",
 * a possessive or "the companies" that points back. Where none of them is there, the figure measures
 * no country, and readObservation says so before it reads the sentence's attribution, the figure's
 * roles, goods and period (most figures of reporting are such: counts, prices, budgets).
 */
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import { companiesCountry, theCountry } from './backReference.js';
import { hasDash } from './figureText.js';
import { possessiveCountry } from './possessive.js';
import { extraCompounds, originCompounds, pairCompounds } from './roleCues.js';
import type { RoleHit } from './roles.js';

const ABROAD = /\b(?:from abroad|from all (?:countries|sources|partners)|in total|in all|overall|worldwide)\b/i;

/** "China-made", "Russia-China trade": the countries a sentence names in compounds, read once per sentence. */
export const sentenceCompounds = (ctx: TextContext, s: number): RoleHit[] =>
  ctx.memo('compounds', s, () => {
    const span = ctx.spans[s]!;
    const countries = ctx.lexicon.countries;
    return hasDash(ctx.text, span)
      ? [
          ...originCompounds(ctx.text, span, countries),
          ...pairCompounds(ctx.text, span, countries),
          ...extraCompounds(ctx.text, span, countries),
        ]
      : [];
  });

/** "from abroad", "in total": the sentence's figures are from all partners. */
export const allPartners = (ctx: TextContext, s: number): RegExpExecArray | null =>
  ctx.memo('abroad', s, () => ABROAD.exec(ctx.text.slice(ctx.spans[s]!.start, ctx.spans[s]!.end)));

/** The base of a share is a total: "70% of Russia’s approximately $900 million in imports". */
export const isBaseOfShare = (text: string, m: Mention, prevMention: Mention | undefined): boolean =>
  m.kind === 'money' &&
  prevMention?.kind === 'percent' &&
  /^\s+of\s+(?:the\s+)?(?:[\p{L}.]+[’']s\s+)?$/u.test(text.slice(prevMention.end, m.start));

/**
 * Whether figure `m` of sentence `s` can take no country: the sentence names none (by name, demonym
 * or compound), and none of the words that fill a side from elsewhere is there. Asked only where no
 * statistic near it could be continued (`clauseStart`: the start of the figure's clause).
 */
export function takesNoCountry(ctx: TextContext, m: Mention, s: number, clauseStart: number, prevMention: Mention | undefined): boolean {
  return (
    ctx.countries(s).length === 0 &&
    sentenceCompounds(ctx, s).length === 0 &&
    !isBaseOfShare(ctx.text, m, prevMention) &&
    allPartners(ctx, s) === null &&
    theCountry(ctx, s, clauseStart, m.start) === undefined &&
    ctx.memo('possessive', s, () => possessiveCountry(ctx, s)) === undefined &&
    ctx.memo('companies', s, () => companiesCountry(ctx, s)) === undefined
  );
}
