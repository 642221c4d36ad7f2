/**
 * A line of its own in a text's opening lines that names its publishing body, with a date or as a
 * byline: "Department for Business and Trade, 12 June 2024", "Office of the Spokesperson, April 19,
 * 2024", "Eurostat, 24 February 2025", "By the Free Russia Foundation research team". The body
 * speaks for every figure no sentence attributes, as a publisher's line does (publisherLine.ts).
 * A place with a date ("Brussels, 20 March 2024") names no body: the name must hold a word of an
 * institution.
 */
import { MONTH_NAMES } from '../extract/months.js';
import type { Attribution } from './attribution.js';

const MONTH = `(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const NAME = String.raw`((?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'&-]*){0,8})`;
const DATED_LINE = new RegExp(String.raw`^${NAME},\s+(?:\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},\s+\d{4})\.?[ \t]*$`, 'u');
/** "By the Free Russia Foundation research team": a body, not a person (speaker.ts reads a person's byline). */
const BODY_BYLINE = /^By\s+(the\s+\p{Lu}[^\n]{2,80}?)[ \t]*$/u;
export const INSTITUTION =
  /\b(?:Department|Office|Ministry|Commission|Council|Service|Bureau|Agency|Institute|Committee|Administration|Treasury|Eurostat|Bank|Centre|Center|Foundation|Parliament|Embassy|Mission|Spokesperson|Secretariat|Directorate|Authority|Board|Statistics|Customs|Government|Team|team)\b/u;

/** The publishing body a line of `head` (the text's opening) names, if any. */
export function datedPublisher(head: string): Attribution | undefined {
  let at = 0;
  // The first few lines only: a body named further down is a sentence's, not the text's.
  for (let line = 0; line < 6 && at < head.length; line++) {
    const nl = head.indexOf('\n', at);
    const text = head.slice(at, nl < 0 ? head.length : nl);
    const m = DATED_LINE.exec(text) ?? (text.startsWith('By the ') ? BODY_BYLINE.exec(text) : null);
    if (m && INSTITUTION.test(m[1]!)) {
      const start = at + m[0].indexOf(m[1]!);
      return { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'the publisher of the text' };
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}
