/**
 * "according to …" and "… said" phrases → a draft attributed_to. Reporting attributes a figure
 * in the same sentence in a few fixed shapes; we take the speaker's noun phrase as written and
 * leave its judgement to the curator.
 */

export interface Attribution {
  /** The phrase as written, e.g. "two senior Biden administration officials". */
  phrase: string;
  start: number;
  end: number;
}

/** Verbs of saying, in the forms that follow or precede a speaker. */
const SAY = '(?:said|says|say|told|stated|estimated|estimates|found|reported|reports|concluded|assessed)';

/** Auxiliaries and adverbs between a speaker and the verb: "China has repeatedly said". */
const TRAILING = /\s+(?:has|have|had|also|repeatedly|previously|again|earlier|later|then|first|now|would|will|may|might|could)$/i;

/** Pronouns are no attribution by themselves: the speaker is named elsewhere. */
const PRONOUN = /^(?:I|we|he|she|they|it|you)$/i;

function trimPhrase(text: string, start: number, end: number): Attribution | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,“”"‘’—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:“”"‘’—–-]/.test(text[e - 1]!)) e--;
  // A sentence's full stop, but not the dot of a final abbreviation ("U.S.").
  if (text[e - 1] === '.' && !/(?:^|[\s(])(?:[A-Za-z]\.)+$/.test(text.slice(s, e))) e--;
  // Drop a leading conjunction or "that": "and the officials" → "the officials".
  const lead = /^(?:and|but|that|while|as)\s+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  for (let m = TRAILING.exec(text.slice(s, e)); m !== null; m = TRAILING.exec(text.slice(s, e))) e -= m[0].length;
  const phrase = text.slice(s, e);
  if (e - s < 2 || e - s > 160 || PRONOUN.test(phrase)) return undefined;
  return { phrase, start: s, end: e };
}

/** The attribution phrase in `text[from, to)` (one sentence), or undefined. */
export function findAttribution(text: string, from: number, to: number): Attribution | undefined {
  const sentence = text.slice(from, to);
  // "according to Russian customs data analyzed by the Free Russia Foundation, a group …"
  const acc = /\baccording to\s+/i.exec(sentence);
  if (acc) {
    const s = from + acc.index + acc[0].length;
    // Up to the next clause: a comma, semicolon, dash or the end (an appositive is context).
    const stop = /[,;—–]/.exec(text.slice(s, to));
    return trimPhrase(text, s, stop ? s + stop.index : to);
  }
  // "X, who …, said …" / "…, the officials said." / "“…,” said Liu Pengyu" / "“…,” Yellen told reporters"
  const verb = new RegExp(`\\s${SAY}\\b`, 'u').exec(sentence);
  if (verb) {
    const verbAt = from + verb.index;
    const head = text.slice(from, verbAt);
    if (/[”"]\s*$/.test(head)) {
      // The verb right after a quotation: the speaker follows it.
      const tail = /^\s*\S+\s+([^,.;]+)/u.exec(text.slice(verbAt, to));
      return tail ? trimPhrase(text, verbAt + tail[0].length - tail[1]!.length, verbAt + tail[0].length) : undefined;
    }
    // A relative clause between the speaker and the verb belongs to the speaker, not to it.
    const speaker = head.replace(/,\s+(?:who|which|citing|using|speaking)\b[^]*$/u, '');
    const lastBreak = Math.max(speaker.lastIndexOf(', '), speaker.lastIndexOf('” '), speaker.lastIndexOf('," '));
    const found = trimPhrase(text, from + (lastBreak >= 0 ? lastBreak + 2 : 0), from + speaker.length);
    if (found) return found;
  }
  return speakerLabel(text, from);
}

/**
 * In a transcript, the label of the paragraph a sentence is in ("SECRETARY BLINKEN: …").
 * Labels are the capitalized words before a colon at the start of a line.
 */
export function speakerLabel(text: string, at: number): Attribution | undefined {
  const re = /^([A-Z][A-Z.'’ -]{1,60}):/gmu;
  let found: Attribution | undefined;
  for (let m = re.exec(text); m !== null && m.index <= at; m = re.exec(text)) {
    found = { phrase: m[1]!.trim(), start: m.index, end: m.index + m[1]!.trim().length };
  }
  return found;
}
