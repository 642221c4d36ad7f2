/**
 * A field a figure takes over from the statistic before ("Shipments of ball bearings reached $310
 * million" after "Chinese exports of machine tools to Russia rose to $1.2 billion") has no words of
 * its own in its sentence: its evidence would be empty (`reporter CHN ← ""`). A curator checking the
 * reading needs the words the value came from, so the evidence takes those of the statistic before,
 * with the rule that carried them. Only the evidence changes: the rules have read it by then, and
 * what each field holds is the same.
 */
import type { Frame } from './frame.js';
import type { Evidence, ReadObservation } from './types.js';

/** The rules that take a field's value over from the statistic before without words of their own. */
export const CARRIED_RULES: ReadonlySet<string> = new Set([
  'continues the statistic before',
  'reads like the statistic before',
  'a part of the total before',
  'the reporter of the trade statistic before',
]);

type Carried = 'flow' | 'reporter' | 'partner' | 'product' | 'period';
const CARRIED: readonly Carried[] = ['flow', 'reporter', 'partner', 'product', 'period'];

/**
 * The evidence of the reading, lead or heading each frame was made from, kept on the frame: a
 * WeakMap from frames to it cost a hash-table entry per statistic read, and its upkeep by the
 * garbage collector (docs/performance.md, session 16). A copy of a frame (`{ ...frame }`) keeps it.
 */
export function rememberWords(frame: Frame, evidence: ReadObservation['evidence']): void {
  frame.words = evidence;
}

/** `to`, a copy of `from` for another sentence, has `from`'s words. */
export function sameWords(from: Frame, to: Frame): Frame {
  if (from.words) to.words = from.words;
  return to;
}

/** Whether the evidence is a value taken over from the statistic before (with its words or without). */
export const isCarried = (e: Evidence | undefined): boolean => e !== undefined && CARRIED_RULES.has(e.rule);

/**
 * Gives each field taken over from `frame` without words the words `frame`'s reading had for it,
 * when the value is the same; a chain of continuations leads back to the first statistic's words.
 */
export function withCarriedWords(
  evidence: ReadObservation['evidence'],
  frame: Frame | undefined,
  values: Readonly<Record<Carried, string | null>>,
): void {
  if (frame === undefined) return;
  const before = frame.words;
  if (before === undefined) return;
  for (const f of CARRIED) {
    const e = evidence[f];
    const from = before[f];
    if (e === undefined || e.text !== '' || !CARRIED_RULES.has(e.rule) || from === undefined || from.text === '') continue;
    if (values[f] === null || values[f] !== frame[f]) continue;
    evidence[f] = { text: from.text, start: from.start, end: from.end, rule: e.rule };
  }
}
