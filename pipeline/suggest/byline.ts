/**
 * The byline among a text's first lines ("By Jane Doe", "By JANE DOE and JOHN ROE, Reuters"):
 * credits.ts blanks it so that no entity is drafted from a journalist, and the draft sidecar
 * proposes its names as the `byline`.
 */

/** Names after "by": capitalized words, joined by commas, "and", "&", or a place after "in"/"at"/"from"/"for". */
export const NAMES = String.raw`\p{Lu}[\p{L}.’'-]*(?:(?:[ \t]*,[ \t]*|[ \t]+(?:(?:and|&|in|at|from|for|of)[ \t]+)?)\p{Lu}[\p{L}.’'-]*)*`;

/** A byline as a line of its own; only the first lines hold one (further down, "By" opens prose). */
export const BYLINE = new RegExp(String.raw`^[ \t]*By[ \t]+(${NAMES})[ \t]*$`, 'gmu');
const BYLINE_LINES = 8;

/** The first lines of a text, as far as a byline may stand. */
export const bylineHead = (text: string): string => text.split('\n').slice(0, BYLINE_LINES).join('\n');

/** The names of the text's byline ("Jane Doe and John Roe" of "By Jane Doe and John Roe"), or null. */
export function openingByline(text: string): string | null {
  BYLINE.lastIndex = 0;
  const m = BYLINE.exec(bylineHead(text));
  return m ? m[1]! : null;
}
