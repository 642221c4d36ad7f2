/**
 * A rejected accusation (docs/curation.md, convention 10): "China rejected Western reports that its
 * firms supply drone engines to Russia", "The Kremlin dismissed as "absurd" claims by NATO officials
 * that …", "Peskov also rejected claims that Iran had delivered …". The statement in the "that"
 * clause is one claim, denied, and the one who rejects it claims the denial; the accuser named in
 * the accusation ("U.S. accusations", "claims by NATO officials") claims nothing here. An accuser
 * who states it in a clause of its own ("U.S. officials say …; Beijing rejected the claims") keeps
 * that claim (deniedThis.ts reads the rejection after it).
 */

/**
 * The sentence's subject (past a dateline or an opening clause joined by "and", "but", "while"),
 * time and manner words, a verb of rejecting, what it calls the accusation ("as "absurd"", "what it
 * called groundless"), the accusation's noun with its maker if named, and the "that" that opens the
 * statement rejected. An "-ing" form ("…, rejecting Western accusations that") has the main clause's
 * subject: not read here. "dismissed a new US statement that …" rejects another's statement;
 * "denied in a statement that …" is the denier's own.
 */
const REJECTING =
  /(?:^(?:[^—\n]*—\s+)?|(?:;|,\s+(?:and|but|while))\s+)((?:the\s+|a\s+|an\s+)?\p{Lu}[^,;:—“”"]{0,80}?)\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+|(?:has|have|had|also|again|on\s+\p{Lu}\p{Ll}+\s+\d{1,2})\s+|\p{Ll}+ly\s+)*(?:rejected|rejects|reject|dismissed|dismisses|denied|denies|refuted|refutes|rebuffed|rebuffs)\s+(?:as\s+[“"][^”"]{1,40}[”"]\s+)?(?:[^;!?“”"]{0,60}?\s)?(?:claims?|reports?|accusations?|allegations?|assertions?|(?<!\b(?:in|with)\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+)?)statements?|suggestions?|charges?|idea|notion|speculation)(?:\s+(?:made\s+)?(?:by|from|of|in)\s+[^,;!?“”"]{2,60}?)?\s+that\s+$/u;

/** Cheap test first: a rejection's "that" ends the words before the claim's subject. */
const ENDS_IN_THAT = /\bthat\s+$/;

export interface Rejecter {
  /** The one who rejects, in the text's words ("The Kremlin", "Kyrgyzstan's economy minister"). */
  phrase: string;
  start: number;
  end: number;
  /** Where the rejecting verb ends the words before the claim (the rejection's own words end at `to`). */
  verbStart: number;
}

/**
 * Who rejects the statement that starts at `to`, when the words from `from` (the sentence's start)
 * to it are a rejection of an accusation; undefined otherwise.
 */
export function rejecterBefore(text: string, from: number, to: number): Rejecter | undefined {
  if (to <= from) return undefined;
  const before = text.slice(from, to);
  if (!ENDS_IN_THAT.test(before)) return undefined;
  const m = REJECTING.exec(before);
  if (!m) return undefined;
  // "Kremlin spokesman Dmitry Peskov (22 November) dismissed …": a digest's date in brackets is no part of the name.
  const phrase = m[1]!.replace(/\s+\([^()]*\d[^()]*\)$/u, '');
  const start = from + m.index + m[0].indexOf(m[1]!);
  const verb = /\b(?:rejected|rejects|reject|dismissed|dismisses|denied|denies|refuted|refutes|rebuffed|rebuffs)\b/u.exec(
    m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length),
  )!;
  return { phrase, start, end: start + phrase.length, verbStart: start + m[1]!.length + verb.index };
}
