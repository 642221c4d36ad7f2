/**
 * Characters a reader cannot see that change what a text says: zero-width characters split a
 * figure without showing (`$4\u200b5 million` looks like $45 million and reads as $4 and
 * 5 million) and bidi controls reorder what is shown (`\u202e05\u202c%` shows 50%, holds 05%).
 * They are legal in a text, so a figure's quote or a note holding one is a warning, and the site
 * shows each as a visible marker, ⟨U+200B⟩, so the reader sees what the data holds.
 */
const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** U+200B, four hex digits at least. */
export const codePointLabel = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each invisible character of `text`, once, in order of first occurrence: "U+200B ZERO WIDTH SPACE". */
export function invisibleCharacters(text: string): string[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(INVISIBLE)) seen.add(m[0].charCodeAt(0));
  return [...seen].map((c) => `${codePointLabel(c)} ${NAMES[c]}`);
}

/** The text with each invisible character as a visible ⟨U+200B⟩ (text as is when it holds none). */
export function showInvisible(text: string): string {
  INVISIBLE.lastIndex = 0;
  return text.replace(INVISIBLE, (c) => `⟨${codePointLabel(c.charCodeAt(0))}⟩`);
}
