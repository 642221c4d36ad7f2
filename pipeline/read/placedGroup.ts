/**
 * A group placed by a participle before the place the subject was read as: "Russian procurement
 * networks operating in the PRC continue to acquire …", "front companies registered in Hong Kong
 * have shipped …". The place only locates the group; the group supplies, named with its place
 * (as the dev gold names "Entities based in Hong Kong").
 */
import type { SupplierPhrase } from './supplier.js';

/** A group noun (with up to three words before it) and a participle of place, right before the subject. */
const PLACED =
  /((?:[\p{L}-]+\s+){0,3}?(?:networks?|companies|firms|entities|suppliers|distributors|intermediaries|traders|subsidiaries|manufacturers|exporters|procurement agents|agents))\s+(?:operating|based|located|registered|active|headquartered|incorporated)\s+in\s+$/iu;
/** Words that cannot open the group's phrase. */
const NOT_OPENING = /^(?:that|which|who|and|or|but|of|to|for|with|by|from|continue|continues|said|says)\s+/i;

/** The group placed in `subject`'s place, when the words before the subject place one there; else the subject. */
export function placedGroup(text: string, sentenceStart: number, subject: SupplierPhrase): SupplierPhrase {
  // Most subjects follow no "in": looked at as plain text first.
  if (subject.relative || !/\sin\s+$/.test(text.slice(Math.max(0, subject.start - 6), subject.start))) return subject;
  const before = text.slice(Math.max(sentenceStart, subject.start - 80), subject.start);
  const m = PLACED.exec(before);
  if (!m) return subject;
  let group = m[1]!;
  let at = subject.start - before.length + m.index;
  for (let o = NOT_OPENING.exec(group); o; o = NOT_OPENING.exec(group)) {
    at += o[0].length;
    group = group.slice(o[0].length);
  }
  return { start: at, end: subject.end, text: text.slice(at, subject.end), relative: false };
}
