/**
 * Cues of the claim rules added in session 6 (docs/reading.md): who accuses, sales that stopped,
 * "we" denying, makers and groups the goods come from, a first-person statement, a headline line,
 * the figure kinds that make a trade noun a statistic. Patterns only; claims.ts applies them.
 */

/** "U.S. accusations that", "Western reports that": who accuses (group 1, when named). */
export const ACCUSATION =
  /(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*?)(?:[’']s)?\s+)?(?:accusations|allegations|charges|(?<=\p{Lu}[\p{L}.]*\s+)(?:claims|assertions|reports))\s+that\s+$/u;
/**
 * Reports no one is said to own, as a noun after a preposition or a verb of dismissal: "Asked about
 * reports that North Korea had transferred …", "concerned by reports that": the reports claim (group 1).
 */
export const UNOWNED_REPORTS =
  /\b(?:about|by|of|on|over|amid|despite|following|after|dismissed|rejected|denied|dismisses|rejects|denies)\s+((?:media\s+|news\s+|press\s+)?reports)\s+that\s+$/u;
/** "claims by NATO officials that", "allegations from Kyiv that": who accuses (group 1) after "by" or "from". */
export const ACCUSATION_BY =
  /\b(?:accusations|allegations|charges|claims|assertions|reports|suggestions)\s+(?:made\s+)?(?:by|from)\s+((?:the\s+)?[^,;.“”"]{2,60}?)\s+that\s+$/u;
/**
 * "sales of ball bearings to Russia have almost stopped", "exports of dual-use items … are subject to controls",
 * "China's export of dual-use items is strictly controlled": a trade the clause curbs is no supply.
 */
export const STOPPED =
  /^[^.;]*?\b(?:have|has|had)\s+(?:almost\s+|nearly\s+|all\s+but\s+|largely\s+|virtually\s+)?(?:stopped|halted|ceased|dried up)\b|^[^.;]*?\b(?:are|is)\s+subject\s+to\b|^[^.;]*?\b(?:are|is|remains?)\s+(?:[a-z]+ly\s+)?(?:controlled|regulated|restricted|prohibited|banned)\b/;
/** "We do not sell", "we have never supplied": "we" before a negated supply verb. */
export const WE_DENY =
  /(?:^|\s)we\s+(?:(?:do|does|did|have|has|will|would|can)\s+)?(?:not|never)\s+(?:\p{Ll}+ly\s+)?$|(?:^|\s)we\s+(?:don|didn|haven|won)[’']t\s+$/iu;
/** "Components made by Chinese companies have been found in …": the makers named. */
export const MADE_BY_GROUP =
  /\b(?:made|manufactured|produced)\s+by\s+((?:\p{Lu}[\p{L}-]*\s+)(?:companies|firms|manufacturers|suppliers|factories))\b/u;
/** "We know that …": the speaker's own knowledge, not a determination of the body that sanctions. */
export const FIRST_PERSON = /^\s*(?:We|I)\s+(?:\w+\s+)?(?:know|see|are aware|note|have seen|are concerned|remain concerned|believe)\b/;

/** "from suppliers in Türkiye", "from Chinese chemical companies": a group the goods come from. */
// A place may hold an apostrophe and "of": "suppliers in the People's Republic of China".
export const FROM_GROUP =
  /\bfrom\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,3}?(?:companies|company|firms|firm|suppliers|supplier|manufacturers|manufacturer|entities|entity|traders|distributors|producers|factories|vendors|exporters|intermediaries)(?:\s+(?:in|based in)\s+(?:the\s+)?\p{Lu}[\p{L}’']*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’']*)*(?:,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’']*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’']*)*)?)?)/u;

/** "X, which the UK says has sold …": the speaker inside the relative clause (group 1). */
export const RELATIVE_SPEAKER =
  /\b(?:which|who|that)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,5})\s+(?:(?:has|have|had|also)\s+)*(?:says|said|believes|alleges|states|stated|claims|assesses|assessed|judges|judged|determined|found|concluded)\s+(?:\S+\s+){0,3}$/u;

/** A sentence that is a whole line before a blank line (or the text's end). */
export function ownLine(text: string, span: { start: number; end: number }): boolean {
  return (span.start === 0 || text[span.start - 1] === '\n') && /^[ \t]*(?:\n[ \t]*\n|$)/.test(text.slice(span.end, span.end + 8));
}

/** A figure the trade noun's clause states: "Hong Kong's exports of chips to Russia reached $1.1 billion" is a statistic. */
export const FIGURE_KINDS = new Set(['money', 'percent', 'ratio', 'count', 'quantity']);
