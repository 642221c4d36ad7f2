/**
 * Headlines: the line a text opens with when it is its headline (a Markdown heading, or a short
 * first line standing alone above a blank line), and headings written in title case. The opening
 * headline is the sidecar's title guess; a heading in title case capitalizes every word by
 * style, so its capitals say nothing of names ("# Chinese Drone Parts Flow Through Kyrgyz Hubs"
 * names no "Drone Parts"): suggest drafts no new entity from one (the body's names still count).
 */
import { MARKDOWN_LINK } from '../read/markdown.js';

/** A heading line: hashes, a space, its words, perhaps closing hashes. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** A headline is short: a line longer than this is a paragraph that happens to stand alone. */
const MAX_HEADLINE = 200;

/** Words a title leaves in lower case: articles, conjunctions, short prepositions. */
const MINOR = new Set(
  'a an and as at but by for from in into nor of off on onto or out over per the than to up upon via vs vs. with amid near'.split(' '),
);

const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?$/;

/** Words of a line with the quotes and brackets around them dropped ("‘sordid", "(2025)"). */
const words = (line: string): string[] =>
  line
    .split(/\s+/)
    .map((w) => w.replace(/^[“"‘'([]+|[”"’')\],:;.?!]+$/g, ''))
    .filter((w) => /\p{L}/u.test(w));

/** A Markdown heading's words with its inline marks read as words: a link's text, no bold or italic marks. */
function plainWords(s: string): string {
  return s
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(?<![\p{L}\p{N}])[*_](\S(?:[^*_\n]*\S)?)[*_](?![\p{L}\p{N}])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a line is written in title case: two words or more, each capitalized except the
 * minor words a title keeps small ("Chinese Drone Parts Flow Through Kyrgyz Hubs", "Taking Aim
 * at Russia's Supply Chains"; all capitals count). A sentence-case line ("Chinese drone parts
 * flow through Kyrgyz hubs") is not: its capitals are names.
 */
export function isTitleCase(line: string): boolean {
  const ws = words(line);
  const major = ws.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
  return major.length >= 2 && major.every((w) => /^(?:\p{Lu}|\p{N}|[a-z]+\p{Lu})/u.test(w));
}

/**
 * The word that makes a line a body's name, ending it or before what it is of: "Ministry of Foreign
 * Affairs of Japan", "Free Russia Foundation", "Deutsche Bundesbank" (not "Sanction Russian
 * Company Building Drones").
 */
const INSTITUTION =
  /(?:\b(?:Ministry|Department|Committee|Commission|Council|Office|Agency|Authority|Directorate|Intelligence|Service|Bureau|Embassy|Mission|Senate|Congress|Assembly|Court|Foundation|Institute|Centre|Center|Customs|Parliament|Government|Administration|Secretariat|Chamber|Company|Corporation|University|Association)|[Bb]ank)(?=$|\s*[,(]|\s+(?:of|for|on|in)\s)/;
const NAME_JOINS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la']);

/**
 * Whether a line is a masthead, the name of the body that issues the text ("Ministry of Foreign
 * Affairs of Japan", "Ministry of Economy, Trade and Industry (METI)"), not a headline: an
 * institution's word at its head, every word capitalized but the joins of a name, no colon, dash
 * or number.
 * Its capitals are a name's, and it is no title.
 */
export function isMasthead(line: string): boolean {
  if (/[:|—–\d]/.test(line)) return false;
  const w = line.replace(/\([^()\n]*\)/g, ' ').trim();
  // The institution heads the name: "Revenue Service of the Ministry of Finance", not "Digest of the Federal Customs Service".
  const head = w.split(/\s(?:of|for)\s/)[0]!.trim();
  return INSTITUTION.test(head) && words(w).every((x) => /^\p{Lu}/u.test(x) || NAME_JOINS.has(x));
}

export interface Headline {
  /** The headline's words, without heading hashes or inline Markdown. */
  words: string;
  /** Offsets of its line in the text. */
  start: number;
  end: number;
}

/**
 * The headline the text opens with: its first line that is not blank, when that is a Markdown
 * heading, or short, standing alone above a blank line and no sentence, dateline, label or
 * list item: "Canadian National Sentenced to 40 Months in Prison …", not "WASHINGTON — China …",
 * "1. Main points", "Begin text:", "Speech" (too few words to be told from a page's label) or a
 * line of capitals.
 */
export function openingHeadline(text: string): Headline | undefined {
  const start = /^\s*/.exec(text)![0].lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const line = text.slice(start, end);
  const heading = MARKDOWN_HEADING.exec(line);
  if (heading) {
    const w = plainWords(heading[1]!);
    return w === '' || isMasthead(w) ? undefined : { words: w, start, end };
  }
  const w = line.trim();
  const alone = /^\n[ \t]*(?:\n|$)/.test(text.slice(end));
  if (!alone || w.length === 0 || w.length > MAX_HEADLINE) return undefined;
  // A sentence or a label ends with its stop; a dateline opens the body; a list item or a number opens a section.
  if (/[.,;:]$/.test(w) || /^\p{Lu}[\p{Lu} .,'’-]*\s[—–-]{1,2}\s/u.test(w) || /^(?:[•*+-]|\d+[.)])\s/.test(w)) return undefined;
  if (/^By\s/.test(w) || words(w).filter((x) => !MONTH.test(x)).length < 3) return undefined;
  // A line of capitals above the body names the issuing body ("DEPARTMENT OF COMMERCE" above a
  // notice) more often than a headline; a Markdown heading in capitals is a headline (above).
  if (!/\p{Ll}/u.test(w) || isMasthead(w)) return undefined;
  return { words: w, start, end };
}

/**
 * The text with its headings in title case blanked (spaces, so every offset stays the text's
 * own): every Markdown heading in title case, and the opening headline when it is in title case.
 * A masthead is kept: its capitals are a name's.
 */
export function withoutTitleCaseHeadings(text: string): string {
  const opening = openingHeadline(text);
  let out = text.replace(/^#{1,6}[ \t][^\n]*$/gm, (line) => {
    const m = MARKDOWN_HEADING.exec(line);
    const w = m ? plainWords(m[1]!) : '';
    return isTitleCase(w) && !isMasthead(w) ? ' '.repeat(line.length) : line;
  });
  if (opening && isTitleCase(opening.words))
    out = out.slice(0, opening.start) + ' '.repeat(opening.end - opening.start) + out.slice(opening.end);
  return out;
}
