/**
 * Matches of a multiline pattern that opens with `^`, tried only where a line starts: such a
 * pattern can match nowhere else, and a global scan tries (and fails) at every character of the
 * text, which made the speaker labels' four patterns a few percent of the reader's time
 * (docs/performance.md, session 12). The matches are the global scan's: the first match at or
 * after where the previous one ended, in order.
 */

/**
 * Where `^` of a multiline pattern can match: 0 and after every line break. Undefined when the
 * text holds a line terminator other than `\n` (a reader's text is normalized to LF; the scan
 * then falls back to the pattern's own).
 */
export function lineStarts(text: string): number[] | undefined {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return undefined;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A sticky copy of `re` (its `m` flag kept: `^` then matches at the line start it is tried at). */
export const stickyAtLines = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');

/**
 * Every match of `global` (a /gm pattern that opens with `^`) in `text`, as `global.exec` would
 * find them one after the other; `sticky` is its copy from stickyAtLines, `starts` the text's
 * lineStarts (undefined: `global` scans the text).
 */
export function matchesAtLineStarts(
  global: RegExp,
  sticky: RegExp,
  text: string,
  starts: readonly number[] | undefined,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (starts === undefined) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) found.push(m);
    return found;
  }
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    found.push(m);
    // A global scan resumes where the match ended (none of these patterns matches the empty string).
    from = at + m[0].length;
  }
  return found;
}
