/**
 * The reader: drafts the observations and claims a text states, with every field and the
 * words that decided it, and says why it leaves every other mention aside. Deterministic,
 * offline, rules and vocabularies only (docs/reading.md).
 *
 *   const lexicon = buildLexicon(vocab);       // once per vocabulary
 *   const reading = readText(text, lexicon);   // text normalized (LF, NFC), as extract wants it
 *   readText(text, lexicon, undefined, sourceContextOf(sidecar));   // with what its sidecar says
 */
import { extractMentionsAndSentences, type Mention } from '../extract/index.js';
import { readClaims } from './claims.js';
import { withoutHalves } from './halfYear.js';
import { maskMarkdown } from './markdown.js';
import { buildLexicon, textContext, type Lexicon } from './context.js';
import type { Frame } from './frame.js';
import { readObservation } from './observations.js';
import { officialClaims } from './officialClaims.js';
import { withFallbackClaims } from './claimFallback.js';
import type { Reading, ReadIgnored, ReadObservation } from './types.js';
import { closedAtPublication, type SourceContext } from './sourceContext.js';

export { buildLexicon, type Lexicon } from './context.js';
export type { ReaderVocab } from './vocab.js';
export { FALL_VALUE_RULE } from './measure.js';
export { sourceContextOf, type SourceContext } from './sourceContext.js';
export { annotationProduct, WHOLE_TRADE } from './annotationTerms.js';
export type * from './types.js';

/**
 * Read a normalized text; `mentions` may be passed when the caller has extracted them already, and
 * `source` when its sidecar is known (sourceContext.ts: the speaker its title names, its date).
 */
export function readText(text: string, lexicon: Lexicon, given?: readonly Mention[], source?: SourceContext): Reading {
  // Markdown is read as its words (markdown.ts): the rules read the blanked text, quotes are the text's own.
  const masked = maskMarkdown(text);
  const read = masked ?? text;
  // Extracting here gives the sentence starts too, which the reader's sentences build on.
  const extracted = given ? undefined : extractMentionsAndSentences(read);
  const mentions = extracted
    ? extracted.mentions
    : masked
      ? given!.filter((m) => masked.slice(m.start, m.end) === text.slice(m.start, m.end))
      : given!;
  const reading = readMasked(read, lexicon, mentions, extracted?.starts, source);
  if (masked) for (const c of reading.claims) c.quote = text.slice(c.start, c.end);
  return reading;
}

function readMasked(
  text: string,
  lexicon: Lexicon,
  all: readonly Mention[],
  starts: readonly number[] | undefined,
  source: SourceContext | undefined,
): Reading {
  // "the same half of 2022": a half-year, no figure (halfYear.ts); no rule sees it as one.
  const { mentions, halves } = withoutHalves(text, all);
  const ctx = textContext(text, mentions, lexicon, starts, source);
  const observations: ReadObservation[] = [];
  const ignored: ReadIgnored[] = [];
  let frame: Frame | undefined;
  let h = 0;
  for (const m of mentions) {
    // The halves left aside in their place among the mentions.
    for (; h < halves.length && halves[h]!.start < m.start; h++) ignored.push(halfIgnored(halves[h]!));
    const r = readObservation(ctx, m, frame);
    if (r.observation) observations.push(withPublication(r.observation, source));
    if (r.ignored) ignored.push(r.ignored);
    if (r.frame) frame = r.frame;
  }
  for (; h < halves.length; h++) ignored.push(halfIgnored(halves[h]!));
  // A date that gave a statistic its period says so.
  for (const i of ignored) {
    if (i.reason !== 'date') continue;
    const used = observations.find((o) => o.evidence.period && o.evidence.period.start <= i.start && o.evidence.period.end >= i.end);
    if (used) i.note = `the period of ${used.quote} (${used.period})`;
  }
  return { observations, claims: withFallbackClaims(ctx, officialClaims(ctx, readClaims(ctx))), ignored };
}

/** "since X" closed at the month of publication the sidecar gives (docs/curation.md); its evidence says so. */
function withPublication(o: ReadObservation, source: SourceContext | undefined): ReadObservation {
  const closed = closedAtPublication(o.period, source);
  if (closed === o.period) return o;
  o.period = closed;
  const e = o.evidence.period;
  if (e) o.evidence.period = { ...e, rule: `${e.rule}; closed at the month of publication (sidecar)` };
  return o;
}

const halfIgnored = (m: Mention): ReadIgnored => ({
  quote: m.text,
  start: m.start,
  end: m.end,
  kind: m.kind,
  reason: 'date',
  note: 'half of a year, not a share',
  reading: undefined,
});

/** Convenience for one-off use: build the lexicon and read. */
export function readWithVocab(text: string, vocab: Parameters<typeof buildLexicon>[0]): Reading {
  return readText(text, buildLexicon(vocab));
}
