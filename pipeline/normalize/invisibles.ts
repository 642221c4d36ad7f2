/**
 * Warnings for characters a reader cannot see in a source's notes (issue 14, finding 15): a
 * note is published and shown on the site, and a bidi control in it shows its words reversed
 * (`\u202Egnp.exe` reads "exe.png"). Quotes of figures are checked where they are resolved
 * (observations.ts), on the source's own words.
 */
import { invisibleCharacters } from '../core/invisibleCharacters.js';
import { messages } from '../core/messages.js';
import { locate, type SourceContext } from './context.js';

type Path = (string | number)[];

/** Every `note` of the annotation, at any depth, with its path. */
function notes(value: unknown, path: Path = []): [string, Path][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => notes(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, Path][] =>
    k === 'note' && typeof v === 'string' ? [[v, [...path, k]]] : notes(v, [...path, k]),
  );
}

export function checkNotes(ctx: SourceContext): void {
  for (const [note, path] of notes(ctx.annotation.value)) {
    const chars = invisibleCharacters(note);
    if (chars.length > 0) ctx.problems.push(messages.invisibleCharInNote(locate(ctx, path), note, chars));
  }
}
