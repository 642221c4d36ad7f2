/**
 * Readings that depend on a sentence's words alone, kept across the texts of a process by those
 * words: news copy repeats sentences from text to text (a wire story in many outlets, the same
 * boilerplate in every story of a series: "Beijing has denied supplying weapons …"), and each
 * is read once. A kept reading stores offsets from its sentence's start and is placed where the
 * sentence stands in the text that asks; what it asks of its text beyond the sentence (the
 * speaker a pronoun stands for) is asked again each time. The table is emptied when full, so
 * that a long corpus run keeps a bounded memory; an emptied table changes no reading.
 */
import { ownAttribution, type Attribution } from './attribution.js';

/**
 * A sentence's own attribution as its words give it: a speaker (offsets from the sentence's
 * start), a pronoun whose speaker the sentence before gives (`pronoun`, with the verb's cue), or
 * none (`phrase` null). One shape for all three.
 */
interface OwnReading {
  phrase: string | null;
  start: number;
  end: number;
  cue: string;
  pronoun: boolean;
}

/**
 * The kept readings by their sentences. A key is the slice looked up, kept as it is: a copy (so
 * as not to keep its text alive) was hashed a second time, which cost real texts (where few
 * sentences repeat) more than the copy saved; the texts kept alive are counted instead.
 */
const OWN = new Map<string, OwnReading>();
/**
 * A kept sentence is a slice, which keeps its whole text alive: the table is emptied once the
 * texts it holds on to reach this many characters, or it holds SENTENCE_LIMIT sentences.
 */
const RETAINED_LIMIT = 8_000_000;
const SENTENCE_LIMIT = 20_000;
let retained = 0;
let sentences = 0;
let lastText: string | undefined;

/** Empties the tables (for benchmarks that read the same texts again as if for the first time). */
export function forgetSentenceReadings(): void {
  OWN.clear();
  retained = 0;
  sentences = 0;
  lastText = undefined;
}

/** Stands for the speaker before while a sentence is read for the table: its pronoun is recorded, not resolved. */
const ASKED: Attribution = { phrase: '', start: 0, end: 0, cue: '' };
let askedPronoun: string | undefined;
const recordPronoun = (pronoun: string): Attribution => {
  askedPronoun = pronoun;
  return ASKED;
};

function readOwn(text: string, from: number, to: number): OwnReading {
  askedPronoun = undefined;
  const a = ownAttribution(text, from, to, recordPronoun);
  if (askedPronoun !== undefined) return { phrase: askedPronoun, start: 0, end: 0, cue: a?.cue ?? '', pronoun: true };
  if (!a) return { phrase: null, start: 0, end: 0, cue: '', pronoun: false };
  return { phrase: a.phrase, start: a.start - from, end: a.end - from, cue: a.cue, pronoun: false };
}

function keptOwn(text: string, from: number, to: number): OwnReading {
  const sentence = text.slice(from, to);
  const kept = OWN.get(sentence);
  if (kept !== undefined) return kept;
  const read = readOwn(text, from, to);
  if (text !== lastText) {
    lastText = text;
    retained += text.length;
  }
  if (retained > RETAINED_LIMIT || sentences >= SENTENCE_LIMIT) {
    OWN.clear();
    retained = text.length;
    sentences = 0;
  }
  // The slice looked up is the key kept: its hash is computed once.
  OWN.set(sentence, read);
  sentences++;
  return read;
}

/**
 * `findAttribution` (attribution.ts) with the sentence's own reading taken from the table: the
 * same attribution, the pronoun resolved by `previous` and the label asked for as it does.
 */
export function findAttributionOnce(
  text: string,
  from: number,
  to: number,
  previous: ((pronoun: string) => Attribution | undefined) | undefined,
  label: (at: number) => Attribution | undefined,
): Attribution | undefined {
  const own = keptOwn(text, from, to);
  let found: Attribution | undefined;
  if (own.pronoun) {
    // ownAttribution's own words for a pronoun speaker: the speaker before, with this sentence's cue.
    const p = previous?.(own.phrase!);
    found = p ? { phrase: p.phrase, start: p.start, end: p.end, cue: own.cue } : undefined;
  } else if (own.phrase !== null) found = { phrase: own.phrase, start: from + own.start, end: from + own.end, cue: own.cue };
  return found ?? label(from);
}
