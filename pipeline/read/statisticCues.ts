/**
 * Cue words of session 8's statistics round (docs/reading-history.md, "Session 8: statistics round"),
 * read by observations.ts: a pronoun subject that continues a lead's flow, a country's trade with
 * the world, a share of the total before, a part of a flow named by goods.
 */

/** A country's trade with the world: "Russia's foreign trade turnover", "Kazakhstan's external trade". */
export const FOREIGN_TRADE = /\b(?:foreign|external|overall|total)\s+(?:trade|imports\s+and\s+exports|exports\s+and\s+imports)\b/i;

/** Rules that give a figure the reporter of the statistics before it. */
export const REPORTER_BEFORE: ReadonlySet<string> = new Set([
  'continues the statistic before',
  'the reporter of the trade statistic before',
  'the text’s one reporter',
]);

/**
 * A pronoun subject of a change or level verb: "Last year it rose by more than a quarter", "they reached",
 * "they were worth $158 million", "it came to", "they were valued at" (session 9: the verbs of value and
 * of sharp change too).
 */
const PRONOUN_SUBJECT =
  /\b(?:it|they)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|still\s+)?(?:rose|risen|grew|grown|increased|fell|fallen|decreased|declined|dropped|jumped|climbed|reached|totalled|totaled|amounted|stood|(?:was|were|is|are|been)\s+(?:worth|valued|put)|came\s+to|hit|topped|surged|soared|plunged|slumped|slipped|shrank|contracted|expanded|doubled|tripled|edged)\b/i;

export const hasPronounSubject = (sentence: string): boolean => PRONOUN_SUBJECT.test(sentence);

/** "of that total", and "of that" or "of it" alone ("Nearly 90% of that came from China"): the total before. */
const THAT_TOTAL =
  /^\s+of\s+(?:(?:that|this|the)\s+(?:total|sum|amount|figure|value)\b|(?:that|it)(?=\s+(?:came|come|comes|was|were|is|went|originated)\b))/i;

/** "China supplied nearly 90% of that total": the words after the figure that make it a share of the total before. */
export function ofThatTotal(text: string, m: { end: number }): { start: number; end: number } | undefined {
  const t = THAT_TOTAL.exec(text.slice(m.end, m.end + 24));
  return t ? { start: m.end, end: m.end + t[0].length } : undefined;
}

const PART_VERB = /\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|comprised)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** A subject that is no goods: a pronoun, firms or buyers. */
const NO_GOODS_SUBJECT =
  /^\s*(?:it|they|this|that|these|those|which|we|(?:the\s+)?(?:[\p{L}-]+\s+)?(?:firms|companies|suppliers|traders|buyers|importers|exporters|entities|partners|countries|banks))\b/iu;

/**
 * "Gold and diamonds, mostly of foreign origin, made up about 60% of Armenia's exports": a part of
 * a flow (`partOfFlow` after the figure) whose subject names no country (`countryBefore` false) is
 * a part by goods, even goods the vocabulary lacks.
 */
export function partByGoods(
  text: string,
  sentenceStart: number,
  m: { start: number; end: number },
  partOfFlow: RegExp,
  countryBefore: boolean,
): boolean {
  return (
    !countryBefore &&
    PART_VERB.test(text.slice(Math.max(sentenceStart, m.start - 30), m.start)) &&
    partOfFlow.test(text.slice(m.end, m.end + 40)) &&
    !NO_GOODS_SUBJECT.test(text.slice(sentenceStart, m.start))
  );
}

/**
 * A level after a share that names the share's whole: "Nearly 90 percent of Russia's imports of … originated in
 * China. The value of those imports was about $2 billion" — those imports are from all partners (session 9).
 */
export const WHOLE_OF_SHARE = /\b(?:those|these|such|the)\s+(?:imports|exports|purchases)\b|\b(?:that|the)\s+total\b/i;
