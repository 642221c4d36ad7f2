/**
 * The publisher lines of an official release's header, the block of short lines above its first
 * paragraph: a GOV.UK page's "From: Foreign, Commonwealth & Development Office", the State
 * Department's "Office of the Spokesperson", a readout's "The following is attributable to
 * Spokesperson Matthew Miller:". Whoever the header names speaks for what the release states in
 * its own voice (docs/curation.md: an official text's author claims what it states), when no
 * sentence, heading or speaker names a claimant. Read for claims only, as publisherHeading.ts.
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { publisherHeading } from './publisherHeading.js';

/** The header ends at the first line of prose: this many words or more. */
const PROSE_WORDS = 25;
/** The header is looked for in the text's first lines only. */
const HEADER_LINES = 12;

/** The head nouns that end a body's name on a "From:" line. */
const BODY_END =
  /(?:Office|Department|Ministry|Treasury|Committee|Commission|Council|Agency|Service|Cabinet|Mission|Embassy|Delegation|Government)$/;
/** A company's name closing on its legal form, last on the line. */
const COMPANY =
  /(?:^|,\s+)(\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,5}\s+(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|GmbH|AG|plc|PLC|JSC|S\.A\.|Co\.,\s+Ltd\.?))\s*$/u;
/** A body's name that opens on its head noun. */
const BODY_START = /^(?:Department|Ministry|Office|Cabinet Office|HM Treasury|Home Office)\b/;
/** The marks of a person on a "From:" line. */
const PERSON = /\b(?:MP|Rt Hon|Dame|Sir|Lord|Baroness|DBE|CMG|OBE|KCMG|DCMG)\b/;
/** A "From:" line: one or more bodies and people, joined by "and" or commas. */
const FROM = /^From:\s+(.+)$/;
/** The State Department's press office, which heads its statements, fact sheets and readouts. */
const SPOKESPERSON_OFFICE = /^Office of the Spokesperson\b/;
/** The Department of State as the text names it, if it does. */
const STATE_NAMED = /\b(?:the\s+)?(?:U\.S\.\s+|United\s+States\s+)?Department\s+of\s+State\b/i;
/** A readout's attribution line: "The following is attributable to Spokesperson Matthew Miller:". */
const ATTRIBUTABLE =
  /^The following is attributable to (?:(?:Deputy|Principal Deputy|Department|State Department|National Security Council|NSC)\s+)*(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}?):?\s*$/u;

/** The first body named on a "From:" line ("Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP"). */
function fromBody(list: string): string | undefined {
  const parts = list.split(/\s+and\s+/);
  let name = '';
  for (const part of parts) {
    name = name === '' ? part : `${name} and ${part}`;
    // A body's name may hold "and" ("Department for Energy Security and Net Zero"): grow it until it ends on a head noun.
    if (BODY_END.test(name.trim())) return name.trim();
  }
  // A body whose name opens on its head noun ("Department for Energy Security and Net Zero"), with no person on the line.
  if (BODY_START.test(list) && !PERSON.test(list)) return list.trim();
  // "Customer Operations, Eurasia Cargo Link LLP": a company's name with its legal form, after its department.
  return COMPANY.exec(list)?.[1];
}

/** Whether a speaker read from the header is the State Department's press office, which speaks for its department. */
export const isPressOffice = (phrase: string): boolean => SPOKESPERSON_OFFICE.test(phrase);

/** A person's name alone on a line: an optional title, then two or three capitalized words. */
const PERSON_LINE = /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Sir|Dame)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u;

/** The person named on the line before the one starting at `lineStart`, if that line is a name alone. */
function personLineAbove(text: string, lineStart: number): Attribution | undefined {
  const end = text.lastIndexOf('\n', lineStart - 1);
  if (end < 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end).trim();
  if (!PERSON_LINE.test(line)) return undefined;
  const at = start + text.slice(start, end).indexOf(line);
  return { phrase: line, start: at, end: at + line.length, cue: 'the author named above the affiliation in the header' };
}

/** The speaker or body the header lines of `text` name, if any. */
export function publisherLines(text: string): Attribution | undefined {
  let at = 0;
  for (let k = 0; k < HEADER_LINES && at < text.length; k++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    const start = at + text.slice(at, end).indexOf(line);
    if (line.split(/\s+/).length >= PROSE_WORDS) return undefined;
    const attributable = ATTRIBUTABLE.exec(line);
    if (attributable) {
      const name = attributable[1]!;
      const from = start + line.lastIndexOf(name);
      return { phrase: name, start: from, end: from + name.length, cue: 'the spokesperson the readout is attributable to' };
    }
    const from = FROM.exec(line);
    const body = from ? fromBody(from[1]!) : undefined;
    if (body) {
      const s = start + line.indexOf(body);
      return { phrase: body, start: s, end: s + body.length, cue: 'the body the release is from' };
    }
    if (SPOKESPERSON_OFFICE.test(line)) {
      // The press office speaks for its department: named as the text names it, else by its full name.
      const named = STATE_NAMED.exec(text);
      if (named)
        return {
          phrase: named[0],
          start: named.index,
          end: named.index + named[0].length,
          cue: 'the department whose spokesperson’s office issues the release',
        };
      return {
        phrase: 'U.S. Department of State',
        start,
        end: start + 'Office of the Spokesperson'.length,
        cue: 'the department whose spokesperson’s office issues the release',
      };
    }
    // "Press release" then "Council of the European Union": a body's name alone on a header line
    // (the first line is publisherHeading.ts's); not a press office ("Office of Public Affairs").
    const named = k > 0 && line !== '' && !line.startsWith('Office of') ? publisherHeading(text.slice(start)) : undefined;
    // "Dr Farah Quinlan" over "Senior Research Fellow, Centre for …": the author the line above names writes, not the body.
    const author = named && k > 0 && /^\p{Lu}[\p{L} -]*,\s/u.test(line) ? personLineAbove(text, at) : undefined;
    if (author) return author;
    if (named) return { ...named, start: named.start + start, end: named.end + start, cue: 'the body named alone in the release’s header' };
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}

/** `publisherLines` of the context's text, read once per text. */
export function textPublisherLines(ctx: TextContext): Attribution | undefined {
  return ctx.memo('publisherLines', 0, () => publisherLines(ctx.text));
}
