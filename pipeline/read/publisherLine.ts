/**
 * A line of its own in a text's opening lines that names who published it: "A briefing by the
 * Carnegie Russia Eurasia Center", "A report by the Centre for Information Resilience, published
 * 8 October 2024." The publisher speaks for every figure no sentence attributes, as a byline's
 * author does (docs/reading.md, attributed_to).
 */
import type { Attribution } from './attribution.js';

const PUBLISHER_LINE =
  /^(?:A|An)\s+(?:[a-z-]+\s+){0,2}?(?:report|briefing|brief|paper|study|analysis|note|commentary|memo)\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'&-]*)*)(?:,[^\n]{0,80})?\.?[ \t]*$/u;

/** The publisher a line in `head` (the text's opening) names, if any. */
export function publisherLine(head: string): Attribution | undefined {
  // Only lines that open with "A " or "An " are read: a regex tried at every line start of every text cost more.
  for (let at = 0; at >= 0 && at < head.length;) {
    if (head.startsWith('A ', at) || head.startsWith('An ', at)) {
      const nl = head.indexOf('\n', at);
      const line = head.slice(at, nl < 0 ? head.length : nl);
      const m = PUBLISHER_LINE.exec(line);
      if (m) {
        const start = at + m[0].indexOf(m[1]!);
        return { phrase: m[1]!, start, end: start + m[1]!.length, cue: 'the publisher of the text' };
      }
    }
    const next = head.indexOf('\n', at);
    at = next < 0 ? -1 : next + 1;
  }
  return undefined;
}
