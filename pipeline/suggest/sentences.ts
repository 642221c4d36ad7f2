/**
 * Sentence spans for the suggestion heuristics (which country, goods word or attribution is
 * in the same sentence as a figure). Deliberately simple: the heuristics only need a window,
 * and a wrong boundary costs a guess, never data — every guess is reviewed.
 */

export interface Span {
  start: number;
  end: number;
}

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Co.', 'Inc.', 'Ltd.', 'Corp.', 'No.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'vs.', 'e.g.', 'i.e.', 'etc.']);

/** Initials and dotted acronyms: J., U.S., E.O., U.K. */
const DOTTED = /^\(?[“"‘]?(?:[A-Za-z]\.)+$/;

/** Sentence spans of `text`, in order, covering every non-blank stretch; trimmed of spaces. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  // A boundary: sentence punctuation (optionally closed by quotes or brackets) then spaces,
  // or a line break.
  const re = /([.!?…]+[”"’)\]]*)(\s+)|\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '\n') {
      push(m.index);
      start = m.index + 1;
      continue;
    }
    const punctEnd = m.index + m[1]!.length;
    const wordStart = text.lastIndexOf(' ', m.index) + 1;
    const word = text.slice(Math.max(wordStart, text.lastIndexOf('\n', m.index) + 1), punctEnd);
    const next = text[punctEnd + m[2]!.length] ?? '';
    const bare = word.replace(/[”"’)\]]+$/, '');
    if (bare.endsWith('.') && (ABBREVIATIONS.has(bare) || DOTTED.test(bare))) continue;
    if (next !== '' && /[a-z]/.test(next)) continue; // "… said 2.5 percent" style false stops
    push(punctEnd);
    start = punctEnd;
    re.lastIndex = m[2]!.includes('\n') ? punctEnd : punctEnd + m[2]!.length;
  }
  push(text.length);
  return spans;
}

/** The span containing offset `at` (or the last span before it). */
export function spanAt(spans: readonly Span[], at: number): Span {
  let found = spans[0] ?? { start: 0, end: 0 };
  for (const s of spans) {
    if (s.start <= at) found = s;
    else break;
  }
  return found;
}
