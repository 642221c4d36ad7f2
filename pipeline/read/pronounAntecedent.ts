/**
 * Whom a pronoun speaker ("he said", ", they found,", "it argues") stands for when the sentence
 * before has no speaker of its own: the subject of that sentence, where it is one who can speak —
 * "The European Union's sanctions envoy, David O'Sullivan, has visited Astana. He said …",
 * "The investigators examined drones … . …, they found, …". Read only for a pronoun speaker.
 */
import type { Attribution } from './attribution.js';
import { DATELINE } from './dateline.js';

/**
 * A subject (up to seven words, no comma, digit or quotation), an optional apposition between
 * commas, then a verb: an auxiliary or a past or present tense.
 */
const SUBJECT =
  /^((?:(?:The|This|These|Its|Their|A|An)\s+)?[^\s,.;:“”"\d]+(?:\s+[^\s,.;:“”"\d]+){0,6}?)(?:,\s+([^,;:“”"\d]{2,60}),)?\s+(?:has|have|had|was|were|is|are|also|\p{Ll}{2,}ed|\p{Ll}{3,}s)\b/u;

/** A subject with a name in apposition: "The European Union's sanctions envoy, David O'Sullivan, has visited". */
const APPOSED = /^([^,;:“”"\d]{2,60}),\s+([^,;:“”"\d]{2,40}),\s+(?:has|have|had|was|were|is|also|\p{Ll}{2,}ed)\b/u;

/** A personal name: two to four capitalized words ("David O'Sullivan", "Maria Shagina"), not "The …" nor a possessive. */
const PERSON = /^(?!The\s)\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}$(?<!['’]s)/u;
/** A surname alone ("Lesnov acknowledged …"): one capitalized word. */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}’'-]+$(?<!['’]s)/u;

/** Whether `word` closes a personal name the text gave before `until`: "Viktor Lesnov … . Lesnov acknowledged". */
function namedBefore(text: string, word: string, until: number): boolean {
  for (let i = text.lastIndexOf(word, until - 1); i > 0; i = text.lastIndexOf(word, i - 1)) {
    if (!/\p{L}/u.test(text[i + word.length] ?? '') && /\p{Lu}[\p{L}’'-]+\s$/u.test(text.slice(Math.max(0, i - 30), i))) return true;
  }
  return false;
}
/** Nouns for those who speak or publish, closing the subject: "The investigators", "the group's researchers". */
const SPEAKS_PLURAL =
  /\b(?:investigators|researchers|analysts|authors|economists|officials|experts|diplomats|lawmakers|prosecutors|inspectors|monitors)$/i;
const SPEAKS_SINGULAR =
  /\b(?:envoy|minister|spokesman|spokeswoman|spokesperson|ambassador|secretary|director|president|chairman|chairwoman|official|analyst|economist|researcher|expert)$/i;
const SPEAKS_BODY =
  /\b(?:ministry|department|agency|institute|foundation|group|government|commission|council|office|bureau|report|paper|study|commentary|analysis|brief|company|firm|bank|service|centre|center)$/i;

/** The antecedent of `pronoun` in the sentence `text[from, to)`, or undefined. */
export function pronounAntecedent(text: string, from: number, to: number, pronoun: string): Attribution | undefined {
  let at = from;
  const dateline = DATELINE.exec(text.slice(from, Math.min(to, from + 80)));
  if (dateline) at += dateline[0].length;
  const m = APPOSED.exec(text.slice(at, to)) ?? SUBJECT.exec(text.slice(at, to));
  if (!m) return undefined;
  const subject = m[1]!;
  const apposition = m[2]?.trim();
  const p = pronoun.toLowerCase();
  const hit = (phrase: string, offset: number): Attribution => {
    const start = at + offset;
    return { phrase, start, end: start + phrase.length, cue: 'a pronoun for the subject of the sentence before' };
  };
  if (p === 'he' || p === 'she') {
    if (apposition && PERSON.test(apposition)) return hit(apposition, m[0].indexOf(apposition, subject.length));
    if (PERSON.test(subject) || SPEAKS_SINGULAR.test(subject)) return hit(subject, 0);
    // A surname on second reference: the person the text named in full before.
    if (SURNAME.test(subject) && namedBefore(text, subject, at)) return hit(subject, 0);
    return undefined;
  }
  if (p === 'they') return SPEAKS_PLURAL.test(subject) ? hit(subject, 0) : undefined;
  if (p === 'it') return SPEAKS_BODY.test(subject) ? hit(subject, 0) : undefined;
  return undefined;
}
