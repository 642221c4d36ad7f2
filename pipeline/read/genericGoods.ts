/**
 * The words of goods the vocabulary does not know, as a claim's `goods_label` where its `goods` is
 * null: "supplied Russian buyers with spare parts for helicopters" → "spare parts for helicopters",
 * "sold most of these components to Russian procurement agents" → "components". The id stays
 * null (a curator adds the goods to raw/vocab/goods.yaml or leaves it so); the label tells the
 * curator what was supplied. Read after a supply verb only (not support, a trade noun, a source or a
 * finding), and never where the verb's object is Russia's side ("supplying Russia's war machine").
 */
import type { Trigger } from './triggers.js';

export interface GenericGoods {
  text: string;
  start: number;
  end: number;
}

/** The verb's object, past a recipient and "with": "Russia with", "Russian buyers with", "the Kremlin with". */
const RECIPIENT_WITH = /^\s+(?:[^,;.]{1,60}?\s)?with\s+/u;
/** What opens the goods phrase and is no part of its label: an adverb, articles, determiners, a share. */
const OPENING =
  /^(?:\p{Ll}+ly\s+)?(?:(?:most|all|some|many|much|part|parts|the\s+bulk|the\s+majority|a\s+share|a\s+range|a\s+variety|large\s+quantities|quantities|dozens|hundreds|thousands|millions)\s+of\s+)?(?:(?:the|a|an|any|its|their|his|her|these|those|such|some|more|other|further)\s+)?/iu;
/** Where the goods phrase ends: a preposition of the flow, a clause word, punctuation. */
const END =
  /\s+(?:to|into|via|through|from|that|which|who|in|on|at|since|after|before|during|over|under|despite|as|and\s+(?:has|have|had|is|are|was|were))\b|\s+for\s+(?:the\s+)?(?:Russia|Russian|Moscow|the\s+Kremlin|use|its|their)\b|\s+(?:it|they|we|he|she|what|its|their)\b|[,;:.()“”"—–]/u;
/** Not goods: a pronoun, help that is no goods, a country or a capitalized name. */
const NOT_GOODS =
  /^(?:it|them|this|that|these|those|support|assistance|help|aid|information|intelligence|services?|training|cover|backing|access|funding|money|cash|loans?|credit|advice|market|markets|what|part|share|portion|of|transfers|deliveries|shipments|supplies|sales|exports|troops|soldiers|personnel|engineers|experts|specialists|advisers|advisors|workers|fighters|mercenaries|instructors)$|^\p{Lu}/u;

/** The goods phrase after supply verb `t` in its clause (to `clauseEnd`), if it names some. */
export function genericGoods(text: string, t: Trigger, clauseEnd: number): GenericGoods | undefined {
  if (t.kind !== 'supply' && t.kind !== 'sales') return undefined;
  let at = t.end;
  const after = text.slice(at, clauseEnd);
  // "supplying Russia's war machine": a possessive object is Russia's side itself, no goods are named.
  if (/^\s+(?:the\s+)?(?:Russia|Moscow|Kremlin)[’']s\b/u.test(after)) return undefined;
  const withAt = RECIPIENT_WITH.exec(after);
  if (withAt) at += withAt[0].length;
  else {
    // "supplied Russia components", "shipped Russia's army drones": a bare recipient object is skipped when goods follow it.
    const obj = /^\s+(?:the\s+)?(?:Russia|Moscow|Kremlin|Russian\s+\p{L}+)\s+(?=\p{Ll})/u.exec(after);
    at += obj ? obj[0].length : /^\s*/.exec(after)![0].length;
  }
  const rest = text.slice(at, clauseEnd);
  // "supplying Russia's war machine", "supplying Russian forces": the object is the recipient, no goods are named.
  if (/^(?:the\s+)?(?:Russia|Moscow|Kremlin)(?:[’']s)?\b|^Russian\b/u.test(rest)) return undefined;
  const open = OPENING.exec(rest)![0];
  const from = at + open.length;
  const phrase = text.slice(from, clauseEnd);
  // "sells only to civilian customers": a preposition opening the object names whom, not what.
  if (/^(?:to|into|via|through|from|for|in|on|at|with|by)\s/u.test(phrase)) return undefined;
  const stop = END.exec(phrase);
  const words = (stop ? phrase.slice(0, stop.index) : phrase).trim().split(/\s+/).slice(0, 6);
  const label = words.join(' ');
  if (label.length < 3 || words.some((w) => NOT_GOODS.test(w))) return undefined;
  // Only words of a noun phrase: lower case, hyphens, digits; a verb form ending the phrase makes it no object.
  if (!/^[\p{Ll}\p{N}][\p{Ll}\p{N}’' -]*$/u.test(label) || /(?:ing|ed)$/.test(words[words.length - 1]!)) return undefined;
  const start = text.indexOf(label, from);
  return { text: label, start, end: start + label.length };
}
