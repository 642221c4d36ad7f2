/**
 * An opening line that credits the text to its author, in any of the forms a publication's header
 * takes, read as one kind rather than by its first words: "<what it is> by <Name>" ("Commentary by
 * the Royal United Services Institute, 3 March 2025", "Summary of a report by the Eastern Trade
 * Monitor, published …", "Answered by Lord Pemberton on 23 February 2026"), and a header whose
 * fields a bar or a spaced dash separates, one of them a name and another what the text is or its
 * date ("Policy brief | Centre for Eastern Trade Studies | 14 February 2025", "Open Trade Watch -
 * Customs data analysis"). The author speaks for what no sentence attributes (the official-text rule
 * of docs/curation.md: a text's own claims are its author's). The narrower forms (publisherLine.ts,
 * authorLine.ts, datedPublisher.ts) are read first; "Asked by" names the questioner, not the text's
 * voice.
 */
import type { Attribution } from './attribution.js';

const NAME = String.raw`((?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'&-]*){0,7})`;
/** "the Open Trace Lab team": the people of a named body, credited under its name. */
const STAFF = String.raw`(?:\s+(?:team|staff|editors|desk|researchers))?`;
/** "<Words> by <Name>" closing the line, or followed by a date, a comma or a colon. */
const BY_NAME = new RegExp(
  String.raw`^[\s*_]*(\p{Lu}[\p{L}\s-]{2,50}?)\s+by\s+${NAME}${STAFF}(?:\s+on\s+\d[^\n]{0,30}|,[^\n]{0,80}|\s*\([^\n)]{0,60}\)|:)?[\s*_]*$`,
  'u',
);
/** Words before "by" that make the named one a party to the text, not its voice. */
const NOT_VOICE = /^(?:Asked|Question(?:ed)?|Tabled|Photo(?:graph)?s?|Image|Illustration|Edited|Translated|Hosted|Moderated|Chaired)\b/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A field of a header that says what the text is: its first word capitalized, the rest in lower case ("Policy brief"). */
const KIND = /^\p{Lu}[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,4}$/u;
/** A kind in capitals ("DATA NOTE", "POLICY BRIEF") or a series number ("No. 27", "Issue 4"): also no name. */
const KIND_CAPS = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}$|^(?:No\.|Number|Issue|Vol\.|Volume)\s*\d+$/u;
/** A name: two words or more, each capitalized but for joining words ("Centre for Eastern Trade Studies"). */
const TITLE_NAME = /^(?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'&-]*){1,7}$/u;

/** How many opening lines are read: a credit further down belongs to a part of the text. */
const LINES = 6;

/** The author an opening line of `head` credits, if any; `isCountry` keeps a country's name from being taken for one. */
export function creditLine(head: string, isCountry: (name: string) => boolean): Attribution | undefined {
  let at = 0;
  for (let line = 0; line < LINES && at < head.length; line++) {
    const nl = head.indexOf('\n', at);
    const text = head.slice(at, nl < 0 ? head.length : nl);
    const found = text.length <= 160 && /\S/.test(text) ? (byName(text) ?? header(text, isCountry)) : undefined;
    if (found) {
      const start = at + found.offset;
      return { phrase: found.name, start, end: start + found.name.length, cue: 'the author of the text' };
    }
    if (!/\S/.test(text)) line--;
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}

/** "Submitted: 12 November 2026. Answered: 20 November 2026 by X": the last field of a dated record, its date left out. */
const DATED_FIELD = /^(\p{Lu}[\p{Ll}]+):\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}(?=\s+by\s)/u;

function byName(whole: string): { name: string; offset: number } | undefined {
  if (!whole.includes(' by ')) return undefined;
  const line = whole.includes(': ')
    ? whole
        .slice(whole.lastIndexOf('. ') + 1)
        .trimStart()
        .replace(DATED_FIELD, '$1')
    : whole;
  const m = BY_NAME.exec(line);
  if (!m || NOT_VOICE.test(m[1]!.trim()) || /[.!?]/.test(m[1]!)) return undefined;
  const name = m[2]!.replace(/[.:]$/, '');
  return { name, offset: whole.lastIndexOf(name) };
}

function header(line: string, isCountry: (name: string) => boolean): { name: string; offset: number } | undefined {
  const fields = line.split(/\s+(?:\||–|—|-)\s+/).map((f) => f.replace(/^[\s*_#]+|[\s*_]+$/g, ''));
  if (fields.length < 2 || fields.length > 4) return undefined;
  const names = fields.filter((f) => TITLE_NAME.test(f) && !KIND_CAPS.test(f) && !MONTH.test(f) && !isCountry(f.replace(/^the\s+/, '')));
  const others = fields.filter((f) => !names.includes(f));
  if (names.length !== 1 || others.length === 0) return undefined;
  // A date ("May 2026") or a series number ("No. 27").
  const dated = (f: string) => /\d/.test(f) && (MONTH.test(f) || KIND_CAPS.test(f));
  // Every other field says what the text is or when: no second name, no headline.
  if (!others.every((f) => KIND.test(f) || KIND_CAPS.test(f) || dated(f))) return undefined;
  // A kind in capitals over a department's name ("CLIENT ADVISORY | Financial Crime Compliance") is a
  // section's label: a publication's header also gives its date or its number.
  if (others.some((f) => KIND_CAPS.test(f) && !/\d/.test(f)) && !others.some(dated)) return undefined;
  return { name: names[0]!, offset: line.indexOf(names[0]!) };
}
