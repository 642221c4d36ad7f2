/**
 * The clause-level pieces of reading a claim: where its clause starts, which goods are named
 * together, whether a sentence is a title, and the claim record in the output's field order.
 */
import { afterConcession } from './concession.js';
import type { TextContext } from './context.js';
import { endsWithClosingMark, lastTokenBeforeSpace, lastWordBeforeSpace } from './textEnds.js';
import type { GoodsHit } from './goods.js';
import type { Trigger } from './triggers.js';
import type { ReadClaim } from './types.js';
import type { ClaimantHit } from './claimant.js';
import { ev } from './evidence.js';

export type ClaimBase = Omit<ReadClaim, 'goods' | 'goods_label' | 'evidence'>;

/** The claim with its goods; fields written out in the output's order (an object spread cost a tenth of the reading). */
export const claimOf = (b: ClaimBase, goods: string | null, label: string | null, evidence: ReadClaim['evidence']): ReadClaim => ({
  quote: b.quote,
  start: b.start,
  end: b.end,
  supplier: b.supplier,
  supplier_names: b.supplier_names,
  recipient: b.recipient,
  end_use: b.end_use,
  certainty: b.certainty,
  share: b.share,
  claimant: b.claimant,
  confidence: b.confidence,
  goods,
  goods_label: label,
  evidence,
});

/** Where one party of a claim is named, and the rule that read it. */
interface Named {
  start: number;
  end: number;
  rule: string;
}

/**
 * The claims that one supplier supplies Russia, as the patterns of official texts read them
 * (officialClaims.ts: asserted, no end use or share): one claim for each of `goods`, or one
 * without goods, each with the evidence of its supplier, recipient, claimant and goods.
 */
export function supplyToRussia(
  text: string,
  at: { quote: string; start: number; end: number },
  supplier: Named & { id: string; name: string },
  recipient: Named,
  claimant: ClaimantHit | undefined,
  confidence: number,
  goods: readonly GoodsHit[],
  goodsRule: string,
): ReadClaim[] {
  const base: ClaimBase = {
    quote: at.quote,
    start: at.start,
    end: at.end,
    supplier: [supplier.id],
    supplier_names: [supplier.name],
    recipient: 'russia',
    end_use: null,
    certainty: 'asserted',
    share: null,
    claimant: claimant?.phrase ?? null,
    confidence,
  };
  const evidence: ReadClaim['evidence'] = {
    supplier: ev(text, supplier.start, supplier.end, supplier.rule),
    recipient: ev(text, recipient.start, recipient.end, recipient.rule),
  };
  if (claimant) evidence.claimant = ev(text, claimant.start, claimant.end, claimant.rule);
  if (goods.length === 0) return [claimOf(base, null, null, evidence)];
  return goods.map((g) => claimOf(base, g.id, g.text, { ...evidence, goods: ev(text, g.start, g.end, goodsRule) }));
}

/** The goods named together right after each other ("machine tools, microelectronics and …"). */
export function coordinated(text: string, hits: readonly GoodsHit[]): GoodsHit[] {
  if (hits.length === 0) return [];
  const out = [hits[0]!];
  let end = hits[0]!.end;
  for (let i = 1; i < hits.length; i++) {
    // "unmanned aerial vehicles (UAVs)": the abbreviation names the same goods, in the vocabulary's own words.
    if (/^\s*\($/.test(text.slice(end, hits[i]!.start)) && text[hits[i]!.end] === ')') {
      out[out.length - 1] = hits[i]!;
      end = hits[i]!.end + 1;
      continue;
    }
    const between = text.slice(end, hits[i]!.start);
    end = hits[i]!.end;
    // A list may step over an aside between dashes: "nitrocellulose – which … is a flammable compound – machine tools".
    // "semiconductors, other dual-use items": the list may close on "other".
    // "ammunition and military vehicles", "engines and complete attack drones", "bearings and CNC machine tools": one or two adjectives
    // and an abbreviation right before the goods may open the next goods, and an article each of a
    // list's items ("the lathes, the bearings and the chips"), and a vague amount ("shells and dozens of
    // ballistic missiles") or a count ("missiles and more than 20,000 containers of munitions"); "the microelectronics
    // that Russia imports, along with optics": a short relative clause may close the one before.
    if (
      !/^(?:(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+|\s+as well as\s+)(?:the\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to)\s+)?(?:\d[\d,.]*\s+(?:(?:million|thousand)\s+)?)?(?:(?:\p{Ll}+\s+)?(?:dozens|hundreds|thousands|millions|scores|quantities|batches|consignments|shipments|containers|tonnes|tons|crates|boxes|rounds|units|pieces|truckloads|wagons|cargoes|loads)\s+of\s+)?(?:other\s+|(?:(?!(?:to|for|from|in|of|with|by|that|which|the|a|an|its|their|such|notably|mainly|mostly|especially|particularly)\s|\p{Ll}+ing\s)\p{Ll}[\p{Ll}-]+\s+){1,2})?(?:\p{Lu}{2,5}\s+)?|\s*[–—]\s[^–—;.]*\s[–—]\s*|(?:\s+(?:that|which)\s+[^,;.]{1,40})?,?\s+(?:along|together)\s+with\s+)$/u.test(
        between,
      )
    )
      break;
    out.push(hits[i]!);
  }
  const seen = new Set<string | null>();
  return out.filter((h) => !seen.has(h.id) && seen.add(h.id));
}

/**
 * A title ("Commerce Targets Illicit Procurement Networks Supplying Russia’s Military"): no
 * closing punctuation and most longer words capitalized, or a line of its own with no closing
 * punctuation before a blank line ("Chinese firm may have shipped drone engines to Russia, documents
 * suggest"). Titles name actions, not claims.
 */
export function isHeadline(sentence: string, ownLine = false): boolean {
  if (endsWithClosingMark(sentence)) return false;
  // A line of its own before a blank line, with no closing punctuation: a headline in sentence case.
  if (ownLine) return true;
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/** A possessive owner and up to three adjectives before "support": "Iran’s military", "China’s ongoing". */
export const SUPPORT_OWNER = /(\p{Lu}[\p{L}.-]*[’']s)\s+(?:[“”"]?[\p{Ll}-]+[“”"]?\s+){0,3}$/u;

/** Words whose full stop is an abbreviation's: a legal form, an initial, a title. */
export const ABBREVIATION_END = /(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Co|Corp|Bhd|Pte|Pvt|Jr|Sr)\.)$/;

const LIST_BEFORE = /(?:^|[\s,])(?:the\s+)?\p{Lu}[\p{L}.’'-]*,\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*$/u;

/** Only auxiliaries and adverbs between a quotation mark and the verb: "has never", "is now", none; "is responsible for" its gerund. */
const QUOTED_VERB_GROUP =
  /^(?:(?:has|have|had|is|are|was|were|does|do|did|will|would|not|never|been|also|still|\p{Ll}+ly)\s+)*(?:(?:responsible\s+for|involved\s+in)\s+)?$/u;
/** A name or noun right before the mark, not a verb of saying ('said "China has'). */
const SUBJECT_BEFORE_QUOTE = /(?<!\b(?:said|says|say|stated|added|told|wrote|insisted|declared|replied|noted|that))\b[\p{L}’'.-]+\s+$/u;

/** The start of the clause a trigger is in: after ", and", ";", "said that", an opening quote, a full stop. */
export function lastBreak(text: string, from: number, at: number): number {
  const head = text.slice(from, at);
  let best = 0;
  // The breaks that open with a mark first, then those that open with a word, after one \b: no
  // mark opens a word, so at any offset the same break matches as in their order of writing.
  const re =
    /(?:,\s+(?:and|but|while|although|as|who)\s+(?:that\s+)?|[;:]\s+|[“"]\s*|\.\s+|\b(?:[Aa]ccording\s+to\s+[^,;]{1,80},\s+|said\s+(?:on\s+\w+\s+)?that\s+|(?:determined|found|concluded|insists|insisted|believes|said|says|warned|showed)\s+that\s+|said\s+(?=[A-Z]|russia|china)))/g;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    // A semicolon between the items of a list set off by dashes ("— A, a wholesaler; B; and C —") ends nothing.
    if (m[0][0] === ';' && (head.slice(0, m.index).match(/—/g) ?? []).length % 2 === 1) continue;
    // The full stop of a company's legal form or an initial ("Co., Ltd. has", "L.L.C. shipped") ends nothing.
    if (m[0][0] === '.' && ABBREVIATION_END.test(head.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    // ", and" closing a list of names ("Iran, the DPRK, and China are providing") is no clause break.
    if (
      /^,\s+and\s/.test(m[0]) &&
      LIST_BEFORE.test(head.slice(0, m.index)) &&
      /^\s*(?:the\s+)?\p{Lu}/u.test(head.slice(m.index + m[0].length))
    )
      continue;
    // A quotation opening between a subject and its verb ('said China "has never sold'): the quoted
    // words hold only the verb's auxiliaries, and the subject stands before the mark.
    if (
      (m[0][0] === '“' || m[0][0] === '"') &&
      QUOTED_VERB_GROUP.test(head.slice(m.index + m[0].length)) &&
      SUBJECT_BEFORE_QUOTE.test(head.slice(0, m.index))
    )
      continue;
    best = m.index + m[0].length;
  }
  // The main clause after a sentence-opening concession starts after its comma (concession.ts).
  const main = afterConcession(text, from, at);
  return main > from + best ? main : from + best;
}

/** "were listed for delivering": the passive of listing belongs to the verb group. */
export const LISTED =
  /\s+(?:were|was|are|is|have been|has been)\s+(?:being\s+)?(?:(?:also|further|separately|likewise|\p{Ll}+ly)\s+)?(?:listed|designated|sanctioned|targeted|named|added|penali[sz]ed|suspected|accused|alleged)$/u;
/**
 * "… and has supplied", "… and does not supply", "… and don't export": a verb after "and" with no
 * subject of its own (a denial's second predicate, "X does not allow … and does not supply", is the commonest).
 */
export const ELIDED =
  /\s(?:and|but)\s+(?:(?:has|have|had|is|are|was|were|does|do|did|also|never|not|still|\p{Ll}+ly)\s+|(?:does|do|did)n[’']t\s+)*$/u;

/** "entities involved in supplying", "involved in the supply of", "responsible for shipping": the phrase before supplies. */
export const INVOLVED = /,?\s+(?:(?:were|was|is|are)\s+)?(?:(?:involved|engaged|complicit)\s+in|responsible\s+for)\s+(?:the\s+)?$/i;

const CLAUSE_STOP =
  /[;]|,\s+(?:the|a|an|according|these|those|it|they|we|he|she|this|[A-Z][a-z]+\s+(?:said|told))\b|,\s+(?:and|but|while|as|which|although)\s|\.\s*$|[“”"]|\s(?:and|but)\s+(?:has|have|had)\s+(?:never|not|also|since)\s/;

/** The rest of a quoted phrase of one to four words, its closing mark and the word after it ("support” to"). */
const SCARE_QUOTE = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}[”"](?=\s+\p{L})/u;

/**
 * Where the clause after a verb ends: at a clause break, but not at the ", and" closing a list
 * of goods ("ammunition, munitions, satellite imagery, and semiconductors to Russia") nor at the
 * ", the" of a list's next item ("the lathes, the bearings and the chips").
 */
export function clauseEndAfter(ctx: TextContext, s: number, from: number): number {
  const { text } = ctx;
  // A verb inside a sentence-opening concession ("Despite assurances … that it does not supply X, …") ends at its comma.
  const main = afterConcession(text, ctx.spans[s]!.start, ctx.spans[s]!.end);
  const end = main > from ? text.lastIndexOf(',', main) : ctx.spans[s]!.end;
  let at = from;
  for (;;) {
    const stop = CLAUSE_STOP.exec(text.slice(at, end));
    if (!stop) return end;
    const stopAt = at + stop.index;
    const after = stopAt + stop[0].length;
    // "provided “non-lethal support” to Russia", "supplied “kamikaze” drones": scare quotes round a few words of the object.
    if (/^[“"]$/.test(stop[0]) && SCARE_QUOTE.test(text.slice(after, Math.min(end, after + 48)))) {
      at = after + SCARE_QUOTE.exec(text.slice(after, after + 48))![0].length;
      continue;
    }
    // A list's items may each have their article: "the lathes, the bearings and the chips".
    const item = /^,\s+(?:(?:and|or)\s|the$)/.test(stop[0]) ? /^\s*(?:the\s+)?/.exec(text.slice(after, after + 8))![0].length : -1;
    if (item >= 0 && ctx.goods(s).some((g) => g.start === after + item)) {
      at = after;
      continue;
    }
    return stopAt;
  }
}

/** "the continued supply of Iranian drones", "Iran's supply of missiles": the noun, read as a trade noun. */
export function supplyNoun(text: string, t: Trigger): Trigger {
  if (t.kind !== 'supply' || !/^suppl(?:y|ies)$/i.test(text.slice(t.start, t.end))) return t;
  const of = /^\s+of\b/.exec(text.slice(t.end, t.end + 6));
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  // "involved in the supply of", "for the supply of": the verb reading knows these.
  if (
    !of ||
    (/^the$/i.test(lastWordBeforeSpace(before)) && /\b(?:in|for|to)\s+the\s+$/i.test(before)) ||
    // Tried on the last word only (textEnds.ts: the same answer, without a try from every letter before it).
    !/\b(?:the|a|its|their|his|her|continued|ongoing|further|steady|growing|[\p{L}]+['’]s)\s+$/iu.test(lastTokenBeforeSpace(before))
  )
    return t;
  return { start: t.start, end: t.end + of[0].length, kind: 'trade' };
}
