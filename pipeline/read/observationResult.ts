/**
 * What reading one mention gives (an observation, a reason to leave it aside, the frame the next
 * figure reads with), in a module of its own so that both halves of a figure's reading —
 * observationStart.ts and observations.ts — import it downward instead of from each other.
 */
import type { Mention } from '../extract/index.js';
import type { Frame } from './frame.js';
import type { ReadIgnored, ReadObservation } from './types.js';

export interface ObservationResult {
  observation?: ReadObservation;
  ignored?: ReadIgnored;
  frame?: Frame;
}

export function ignore(m: Mention, reason: ReadIgnored['reason'], note: string): ObservationResult {
  // `reading` set on every aside (undefined but for the out-of-scope): one object shape for all (docs/performance.md).
  return { ignored: { quote: m.text, start: m.start, end: m.end, kind: m.kind, reason, note, reading: undefined } };
}
