/**
 * What a text's provenance sidecar (raw/sources/<id>.source.yaml) tells the reader that the text
 * itself may not: its title, its publisher and the date it was published. Optional everywhere: a
 * text read without a sidecar is read from its words alone (docs/curation.md, "Conventions
 * settled in session 12"). Reading the file is the caller's: the reader does no I/O.
 */
import type { Attribution } from './attribution.js';

export interface SourceContext {
  title?: string | null;
  /** Who published it; no rule reads it yet (an official text's own voice may, docs/curation.md). */
  publisher?: string | null;
  /** YYYY-MM-DD: the sidecar's `published`, else its `published_inferred`. */
  published?: string | null;
}

/** The reader's context from a parsed sidecar (any value: a missing or odd field is left out). */
export function sourceContextOf(sidecar: unknown): SourceContext | undefined {
  if (sidecar === null || typeof sidecar !== 'object') return undefined;
  const s = sidecar as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const date = (v: unknown): string | null => {
    const d = str(v);
    return d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
  };
  return { title: str(s.title), publisher: str(s.publisher), published: date(s.published) ?? date(s.published_inferred) };
}

/** A name's words, capitalized, "of (the)" allowed between them ("U.S. Secretary of Commerce Gina Raimondo"). */
const NAME = String.raw`((?:\p{Lu}[\p{L}.’'/-]*\s+(?:of\s+(?:the\s+)?)?){0,8}\p{Lu}[\p{L}.’'/-]*)`;
/** "Remarks by Ambassador Robert Wood, …", "Statement by Ambassador James Kariuki, UK Deputy …". */
const BY_TITLE = new RegExp(
  String.raw`^(?:Opening\s+)?(?:Remarks|Statement|Press\s+Statement|Testimony|Keynote\s+Address|Speech|Address)\s+(?:by|of)\s+${NAME}(?=,|\s+(?:at|on|before|to)\s|\s*$)`,
  'u',
);
/** Everything up to the last title word is the title ("U.S. Secretary of Commerce", "Ambassador"). */
const TITLE =
  /^(?:.*\s)?(?:Ambassador|Secretary|Chairman|Chairwoman|Chair|Member|Representative|Rep\.|Senator|Sen\.|Minister|Spokesperson|Spokesman|Spokeswoman|President|Director|Commissioner|Administrator|Leader|Coordinator|Advisor|Adviser)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+)?\s+/u;

/**
 * The speaker a sidecar's title names ("Remarks by Ambassador Robert Wood, …" → "Robert Wood"),
 * for a speech whose text never names its speaker. A person's name only: two words at least, the
 * titles before it left out; a title naming an office ("Statement by the Spokesperson") gives none.
 * It has no words in the text, so its span is empty (at the text's start).
 */
export function titleSpeaker(source: SourceContext | undefined): Attribution | undefined {
  const m = source?.title ? BY_TITLE.exec(source.title) : null;
  if (!m) return undefined;
  const title = TITLE.exec(m[1]!);
  const name = title ? m[1]!.slice(title[0].length) : m[1]!;
  if (!/\s/.test(name) || /^the\s/i.test(name)) return undefined;
  return { phrase: name, start: 0, end: 0, cue: 'the speaker named in the title of the source (sidecar)' };
}

/** "2024-04-11" → "2024-04". */
const monthOf = (date: string): string => date.slice(0, 7);

/**
 * A "since X" period ("2022-02/..", open at the text's date) closed at the month the text was
 * published, when the sidecar gives it; unchanged otherwise, or where the date would come before
 * the start.
 */
export function closedAtPublication(period: string | null, source: SourceContext | undefined): string | null {
  if (period === null || !period.endsWith('/..') || !source?.published) return period;
  const start = period.slice(0, -3);
  const from = /^\d{4}$/.test(start) ? `${start}-01` : start;
  if (!/^\d{4}-\d{2}$/.test(from)) return period;
  const end = monthOf(source.published);
  return end >= from ? `${from}/${end}` : period;
}
