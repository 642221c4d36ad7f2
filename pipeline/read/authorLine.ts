/**
 * A line of its own in a text's opening lines that names who made its figures: "Prepared by
 * Eastbridge Analytics", "Compiled by the Open Trade Project", "Source for all figures: Center for
 * Strategic Trade Analysis." The author or the named source speaks for every figure no sentence
 * attributes, as a byline does (docs/reading.md, attributed_to); what the figures were made from may
 * follow ("Prepared by X from Russian import declarations": X is credited). Unlike "By X" (speaker.ts,
 * datedPublisher.ts) the verb says the line is a credit, so the name needs no institution word.
 */
import type { Attribution } from './attribution.js';
import { INSTITUTION } from './datedPublisher.js';

const NAME = String.raw`((?:the\s+)?\p{Lu}[\p{L}.’'&:-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'&:-]*){0,8})`;
const CREDIT = new RegExp(
  String.raw`^(?:Prepared|Compiled|Written|Produced|Researched|Published|(?:An\s+)?(?:Analysis|Research|Data|Reporting|Calculations)(?:\s+and\s+\w+)?)\s+by\s+(?:${NAME}|(the\s+[\p{Ll}\s-]{3,40}?\s+(?:of|at)\s+\p{Lu}[^\n,]{1,60}?))(?:,[^\n]{0,80}|\s+(?:from|using|on\s+the\s+basis\s+of|based\s+on)\s+[^\n]{3,80})?\.?[ \t]*$`,
  'u',
);
/** "Research team of the Tbilisi Trade Observatory": a team's line names the body that made the figures. */
const TEAM = new RegExp(
  String.raw`^(?:The\s+)?(?:Research|Analysis|Analytics|Economics|Data|Policy|Editorial|Statistics)\s+(?:team|desk|unit|staff|group)\s+(?:of|at)\s+${NAME}\.?[ \t]*$`,
  'u',
);
const SOURCE_FOR_ALL = new RegExp(
  String.raw`^(?:(?:Source|Sources)\s+(?:for|of)\s+(?:all\s+)?(?:the\s+)?(?:figures|data|numbers)|All\s+figures(?:\s+from)?|Data)\s*:\s+(\S[^\n]{2,100}?)\.?[ \t]*$`,
  'u',
);

/** A heading naming a body's own publication: "Digest of the Federal Customs Service", "Bulletin of the Central Bank". */
const BODY_PUBLICATION = new RegExp(
  String.raw`^(?:Digest|Bulletin|Newsletter|Review|Report|Update|Brief|Note|Release|News release|Press release|Factsheet|Fact sheet|Data release)\s+(?:of|from|by)\s+${NAME}[ \t]*$`,
  'u',
);

/** The author or source an opening line of `head` credits, if any. */
export function authorLine(head: string): Attribution | undefined {
  let at = 0;
  // The first few lines only: a credit further down belongs to a part of the text.
  for (let line = 0; line < 6 && at < head.length; line++) {
    const nl = head.indexOf('\n', at);
    const text = head.slice(at, nl < 0 ? head.length : nl);
    const credit = creditIn(text, at, true);
    if (credit) return credit;
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}

function publication(line: string): RegExpExecArray | null {
  const m = BODY_PUBLICATION.exec(line);
  return m && INSTITUTION.test(m[1]!) ? m : null;
}

/**
 * The name a credit line credits, `line` standing at `at` in the text; a heading naming a body's
 * publication counts only in the opening lines (`publications`).
 */
function creditIn(line: string, at: number, publications: boolean): Attribution | undefined {
  // Anchored at the line's start, each fails at its first word on most lines; long lines are prose.
  if (line.length > 160) return undefined;
  const m = CREDIT.exec(line) ?? SOURCE_FOR_ALL.exec(line) ?? TEAM.exec(line) ?? (publications ? publication(line) : null);
  if (!m) return undefined;
  const name = m[1] ?? m[2]!;
  const phrase = name.replace(/[.:]$/, '');
  const start = at + m[0].indexOf(name);
  return { phrase, start, end: start + phrase.length, cue: 'the author of the text' };
}

/** How far from a text's end a signature may stand. */
const TAIL = 300;

/**
 * A credit that signs a text at its end ("Prepared by the trade desk, Baltic Customs Watch"): the
 * last three lines with words, read as the opening lines are.
 */
export function closingCredit(text: string): Attribution | undefined {
  let end = text.length;
  const from = Math.max(0, text.length - TAIL);
  for (let line = 0; line < 3 && end > from;) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = nl < from ? from : nl + 1;
    const raw = text.slice(start, end);
    const body = raw.trim();
    if (body.length > 0) {
      line++;
      const credit = creditIn(body, start + raw.indexOf(body), false);
      if (credit) return credit;
    }
    if (nl < from) break;
    end = nl;
  }
  return undefined;
}
