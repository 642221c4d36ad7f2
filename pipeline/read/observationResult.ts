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

/**
 * An aside whose note is read when first asked for, not with the figure: a corpus's reading keeps
 * no asides, and the note can cost a sentence's attribution no other rule asks for. The note is
 * read from the finished text's context, whose readings are memoised and do not depend on the
 * order they are asked in, so it is the note the figure's reading would have given. Until then the
 * aside holds what `readNote` holds, as long as the reading is kept: keep it to the text's words.
 */
export function ignoreWithNoteWhenRead(m: Mention, reason: ReadIgnored['reason'], readNote: () => string): ObservationResult {
  let note: string | undefined;
  return {
    ignored: {
      quote: m.text,
      start: m.start,
      end: m.end,
      kind: m.kind,
      reason,
      // Own and enumerable, where `note` stands in every aside: JSON and copies show it in its place.
      get note(): string {
        return (note ??= readNote());
      },
      set note(value: string) {
        note = value;
      },
      reading: undefined,
    },
  };
}
