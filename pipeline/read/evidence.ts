/** The evidence of one field of a reading: the words of the text that give it, and the rule that read them. */
import type { Evidence } from './types.js';

export const ev = (text: string, start: number, end: number, rule: string): Evidence => ({
  text: text.slice(start, end),
  start,
  end,
  rule,
});
