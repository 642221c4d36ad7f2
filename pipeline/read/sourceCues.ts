/**
 * Less common ways a sentence names the source of its figures (docs/reading.md, attributed_to):
 * "as reported by Kommersant", "based on Chinese customs data", "per Chinese customs data", "by the
 * monitor's count", and a
 * source that "puts" a figure "at" a value ("The Kyiv School of Economics' tracker puts … at $2 billion").
 */
import type { Attribution } from './attribution.js';

/** A data source: a phrase of up to six words ending in a noun of data. */
const DATA = String.raw`((?:[\p{L}’'.-]+\s+){0,5}?(?:data|figures|statistics|estimates|calculations|records|numbers))`;
const AS_REPORTED =
  /\bas\s+(?:reported|first reported|noted)\s+(?:by|in)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*)*)/u;
const BASED_ON = new RegExp(String.raw`(?:^|,\s+)(?:[Bb]ased\s+on|[Pp]er)\s+${DATA}\b(?=\s*[,.;]|\s*$)`, 'u');
/** "By Chinese customs figures, China's exports …": "by" only opening the sentence (elsewhere it names an agent or a margin). */
const BY_DATA = new RegExp(String.raw`^By\s+${DATA},`, 'u');
/** "X puts Y at $2 billion": a subject with a capital, before "puts" or "put", and "at" before a figure after it. */
const PUTS =
  /^(?!(?:That|This|It|These|Those|Which|They|He|She)\s)((?:(?:The|A|An)\s+)?\p{Lu}[^,;:“”"]{1,80}?)\s+(?:puts|put|estimates\s+put)\s+[^.;]{3,120}?\bat\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|roughly\s+)?[$€£¥\d]/u;

const hit = (from: number, m: RegExpExecArray, cue: string): Attribution => {
  const start = from + m.index + m[0].indexOf(m[1]!);
  // The full stop closing the sentence is no part of a name ("as reported by Kommersant."), an initial's is ("U.S.").
  const phrase = /[^.\s]\p{Ll}\.$/u.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  return { phrase, start, end: start + phrase.length, cue };
};

/** "as reported by X": read only where the verb of saying found is "reported" or "noted" after "as". */
export function asReportedBy(from: number, sentence: string): Attribution | undefined {
  const m = AS_REPORTED.exec(sentence);
  return m ? hit(from, m, 'as reported by') : undefined;
}

/**
 * "…, by the monitor's count", "by Kommersant's tally": whose count the figures are. Not "by our
 * estimate": a text's own figures have no attribution (docs/curation.md).
 */
const BY_COUNT =
  /(?:^|,\s+)[Bb]y\s+((?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+[’'](?:s\s+|(?<=s[’'])\s+)(?:own\s+)?(?:count|reckoning|tally|estimate|estimates|calculations?))\b(?=\s*[,.;]|\s*$)/u;

/** Words one of which a sentence holding "by X's count" has (cheap tests before the regex). */
const COUNT_WORDS = [' count', ' reckoning', ' tally', ' estimate', ' calculation'];

/** "based on X data", "per X data", "by X's count": read only where the sentence has no verb of saying. */
export function basedOn(from: number, sentence: string): Attribution | undefined {
  if (!sentence.includes('ased on ') && !sentence.includes(' per ') && !sentence.startsWith('Per ') && !sentence.startsWith('By ')) {
    const c = COUNT_WORDS.some((w) => sentence.includes(w)) ? BY_COUNT.exec(sentence) : null;
    return c ? hit(from, c, 'by X’s count') : undefined;
  }
  const m = BASED_ON.exec(sentence) ?? (sentence.startsWith('By ') ? BY_DATA.exec(sentence) : null);
  return m ? hit(from, m, 'based on') : undefined;
}

/** "X puts Y at Z": read only where the sentence has no verb of saying. */
export function putsAt(from: number, sentence: string): Attribution | undefined {
  if (!sentence.includes(' put')) return undefined;
  const m = PUTS.exec(sentence);
  return m ? hit(from, m, 'puts … at') : undefined;
}

/**
 * A source in brackets inside the sentence, after its figures: "… $270 million in the first half of 2024
 * (Russian customs records, our calculation), compared with …" (one closing the sentence is
 * attribution.ts's). Read only where the sentence has no verb of saying.
 */
const BRACKET_SOURCE =
  /\(((?:[^()\d]*?\s)?(?:data|statistics|figures|customs|records|estimates?|calculations?|analysis|database|Comtrade)\b[^()\d]{0,60}?)\s*\)(?=\s*[,;—–])/iu;

export function bracketSource(from: number, sentence: string): Attribution | undefined {
  if (!sentence.includes('(')) return undefined;
  const m = BRACKET_SOURCE.exec(sentence);
  return m ? hit(from, m, 'a source in brackets') : undefined;
}

/**
 * The agent of a passive verb of finding: "A similar pattern was found by the Kyiv School of
 * Economics", "figures were compiled by the Bank of Finland", "has been documented by RUSI". Read
 * only where the sentence has no verb of saying (a passive has no speaker before its verb).
 */
const PASSIVE_AGENT =
  /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:found|reported|estimated|calculated|documented|recorded|identified|noted|shown|compiled|confirmed|observed|tracked)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*)*)/u;

export function passiveAgent(from: number, sentence: string): Attribution | undefined {
  if (!sentence.includes(' by ')) return undefined;
  const m = PASSIVE_AGENT.exec(sentence);
  return m ? hit(from, m, 'the agent of a passive verb of finding') : undefined;
}
