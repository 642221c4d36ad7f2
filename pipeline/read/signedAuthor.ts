/**
 * The person who signs a text, for its figures no sentence, paragraph or statement speaker
 * attributes: a signed commentary's or paper's figures are its author's (docs/curation.md,
 * convention 6). Read from the opening lines in two forms: "<what it is> by <Person>" ("Commentary
 * by Irina Volkova", creditLine.ts) and a line of names alone over an affiliation or a date ("Dr
 * Ana Ruiz" over "Senior Fellow, Institute of …"; "Ana Ruiz, Li Wei and Tom Berg" over "May 2026").
 * Only people: a body credited in a header ("Policy brief | Centre for …") makes the figures the
 * text's own, which keep no attribution (the official-text rule); claims read those (claimant.ts).
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { creditLine } from './creditLine.js';

const ONE = String.raw`(?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}`;
/** One to four people's names, joined by commas or "and". */
const PEOPLE = new RegExp(String.raw`^${ONE}(?:(?:,\s+|,?\s+and\s+)${ONE}){0,3}$`, 'u');
/** The line under the names: an affiliation or a date. */
const AFFILIATION =
  /\b(?:Fellow|Professor|Director|Researcher|Analyst|Economist|Lecturer|Editor|University|Institute|Centre|Center|School|Programme|Program)\b/;
const DATE_LINE =
  /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?:\s+\d{1,2},)?\s+\d{4}$/;
/** One plain name of two words ("Marta Kowalczyk"), signing over a date a text that says "I". */
const TWO_WORDS = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}’'-]+$/u;
const FIRST_PERSON = /(?:^|[\s(“"])(?:I|I’m|I'm|I’ve|I've)\s/;
/** Words that make a capitalized line a body, a headline or a speech’s marker ("As Delivered"), not a person. */
const NOT_PERSON =
  /\b(?:Ministry|Department|Office|Committee|Council|Commission|Agency|Bureau|Service|Centre|Center|Institute|University|Group|Team|Lab|Monitor|Project|Trade|Press|News|Statement|Report|Brief|Note|Paper|Commentary|Analysis|Update|Delivered|Prepared)\b/;
const LINES = 10;

export function signedAuthor(ctx: TextContext): Attribution | undefined {
  return ctx.memo('signedAuthor', 0, () => {
    const isCountry = (name: string) => ctx.lexicon.countries(name).length > 0;
    const head = ctx.text.slice(0, 800);
    const credit = creditLine(head, isCountry);
    if (credit && PEOPLE.test(credit.phrase) && !NOT_PERSON.test(credit.phrase) && !isCountry(credit.phrase))
      return { ...credit, cue: 'the author who signs the text' };
    return namesLine(head, isCountry);
  });
}

/** A line of people's names alone over an affiliation or a date, not the text's first line. */
function namesLine(head: string, isCountry: (s: string) => boolean): Attribution | undefined {
  const lines: { text: string; start: number }[] = [];
  for (let at = 0; at < head.length && lines.length < LINES;) {
    const nl = head.indexOf('\n', at);
    const end = nl < 0 ? head.length : nl;
    const text = head.slice(at, end).trim();
    if (text !== '') lines.push({ text, start: at + head.slice(at, end).indexOf(text) });
    if (nl < 0) break;
    at = nl + 1;
  }
  for (let k = 1; k + 1 < lines.length; k++) {
    const { text, start } = lines[k]!;
    if (!PEOPLE.test(text) || NOT_PERSON.test(text) || isCountry(text)) continue;
    const next = lines[k + 1]!.text;
    // Over a date, one plain name could be a headline ("Tools Keep Coming"): a title or a list of names is asked.
    // A newsletter's writer, one name over the date, signs a text written in the first person.
    const dated =
      DATE_LINE.test(next) && (/^(?:Dr|Prof)/.test(text) || /,|\sand\s/.test(text) || (TWO_WORDS.test(text) && FIRST_PERSON.test(head)));
    if (!AFFILIATION.test(next) && !dated) continue;
    // "By Alexander Ivanov and Li Na" over a date: the byline's "By" is no part of the names.
    const by = /^By\s+/.exec(text)?.[0].length ?? 0;
    return { phrase: text.slice(by), start: start + by, end: start + text.length, cue: 'the author who signs the text' };
  }
  return undefined;
}
