/**
 * The speaker of a claim no sentence near it attributes, from the sentences around it: the
 * speaker of the next sentence of its paragraph ("North Korea has provided Russia with artillery
 * ammunition. Russian forces have fired North Korean missiles at Ukrainian cities, the department
 * said.": a wire's paragraph told by one source, its attribution at the end), else the one speaker
 * the ten sentences before it name, in any paragraph ("…, the Foreign Office said in a statement." then,
 * a paragraph on, "Armenian traders passed ball bearings on to Russia's war machine."). Two
 * different speakers before leave it open. Read for claims only (claimant.ts), after the
 * statement's own speaker.
 */
import type { Attribution } from './attribution.js';
import type { TextContext } from './context.js';
import { opensParagraph } from './sentences.js';

const UNOWNED = /\b(?:reportedly|allegedly|(?:is|are|was|were)\s+(?:reported|said|alleged)\s+to)\b/;
/** At most eight words, no possessive end, no clause word inside. */
const SPEAKER_LIKE = /^(?!.*[’']s$)(?!.*\b(?:that|which|who)\b)\S+(?:\s+\S+){0,7}$/u;
/** A demonstrative opening: the phrase stands for something its own sentence or the one before names. */
const POINTS_BACK = /^(?:these|this|those|that|such)\s/i;
/** A modal between a speaker and the verb: what they will or would say. */
const MODAL_AFTER = /^\s+(?:will|would|may|might|could|can)\s/;
const bare = (p: string) => p.toLowerCase().replace(/^(?:the|a|an)\s+/, '');

/** The speaker of the sentence after `s` in its paragraph, when that sentence names one. */
function nextInParagraph(ctx: TextContext, s: number): Attribution | undefined {
  if (s + 1 >= ctx.spans.length || opensParagraph(ctx.text, ctx.spans, s + 1)) return undefined;
  const next = ctx.ownAttribution(s + 1);
  // A speaker label or a quotation's speaker opens its own account; a source in the next sentence's words only.
  if (!next || next.cue === 'speaker label' || next.start < ctx.spans[s + 1]!.start) return undefined;
  // Only a closing ", the department said." speaks for the paragraph; an aside ("Some of the engines, the authors note, came …") for its own sentence.
  if (
    !/^[^,;\p{L}]*$/u.test(
      ctx.text.slice(next.end, ctx.spans[s + 1]!.end).replace(/^\s+(?:said|says|added|noted|wrote|told\s+\S+)\b[^,;]*/, ''),
    )
  )
    return undefined;
  return { ...next, cue: `${next.cue} (the sentence after)` };
}

/** The one speaker the ten sentences before `s` name, if they name exactly one. */
function soleSpeakerBefore(ctx: TextContext, s: number): Attribution | undefined {
  let one: Attribution | undefined;
  // Ten sentences back at most: each sentence's speaker is read for this alone, and a speaker further back rarely still speaks.
  for (let k = Math.max(0, s - 10); k < s; k++) {
    const a = ctx.ownAttribution(k);
    // "Beijing will say that …": what a speaker would say is no account of theirs the text goes on with.
    if (!a || MODAL_AFTER.test(ctx.text.slice(a.end, a.end + 8))) continue;
    if (one && bare(one.phrase) !== bare(a.phrase)) return undefined;
    one ??= a;
  }
  return one && { ...one, cue: `${one.cue} (the text's one speaker before)` };
}

/** The speaker around claim sentence `s` (above), if any. */
export function speakerAround(ctx: TextContext, s: number): Attribution | undefined {
  // "Iran is reported to have sent", "Kupol reportedly also received": a report no one owns, claimed by no speaker near it.
  if (UNOWNED.test(ctx.text.slice(ctx.spans[s]!.start, ctx.spans[s]!.end))) return undefined;
  const found = nextInParagraph(ctx, s) ?? soleSpeakerBefore(ctx, s);
  // A speaker phrase that is no name ("Russia’s", "Blinken last year spotlighted intelligence that") is not spread further;
  // nor one that points back ("These reports show …": the reports its own sentence speaks of).
  return found && SPEAKER_LIKE.test(found.phrase) && !POINTS_BACK.test(found.phrase) ? found : undefined;
}
