/**
 * The four curation conventions settled in session 13 (docs/curation.md), as rules on a gold or
 * curated item's own words: what the item's fields should be, decided from the text around its
 * quote and never from the reader's output, so that a test set can be brought to them unread.
 * conventions13.ts applies them to the devset gold and the curated annotations.
 */

export type Convention = 'export' | 'chips' | 'dual-use' | 'third-country';

/** A sentence of the text: from the end of the one before to its own full stop (or line end). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.?!]\s$|\n$/.test(text.slice(Math.max(0, s - 2), s))) s--;
  let e = end;
  while (e < text.length && !/^[.?!](?:\s|$)|^\n/.test(text.slice(e, e + 2))) e++;
  return { start: s, end: e };
}

/** Where a quote stands (its occurrence-th plain match). */
export function quoteAt(text: string, quote: string, occurrence = 1): { start: number; end: number } | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + quote.length };
}

// --- Convention 2: chips are microelectronics, semiconductors are semiconductors.

/** Case matters only for the abbreviation ("ICs", not "ics"). */
const CHIP_WORDS = /\b(?:[Mm]icro)?[Cc]hips?\b|\b[Ii]ntegrated [Cc]ircuits?\b|\bICs?\b/g;
const SEMI_WORDS = /\bsemiconductors?\b/gi;
/** Other words for the same goods that the convention does not settle ("electronics", "transistors"). */
const OTHER_ELECTRONICS =
  /\bmicroelectronics?\b|\belectronic components\b|\belectronics\b|\bmicroprocessors?\b|\bmicrocircuits?\b|\bmicrocontrollers?\b|\bFPGAs?\b|\bfield-programmable\b|\btransistors?\b/gi;

type Kind = 'microelectronics' | 'semiconductors' | 'other';

function hits(text: string, re: RegExp, kind: Kind): { at: number; kind: Kind }[] {
  const flags = re.flags.includes('i') ? 'gi' : 'g';
  return [...text.matchAll(new RegExp(re.source, flags))].map((m) => ({ at: m.index, kind }));
}

function electronicsHits(text: string): { at: number; kind: Kind }[] {
  return [
    ...hits(text, CHIP_WORDS, 'microelectronics'),
    ...hits(text, SEMI_WORDS, 'semiconductors'),
    ...hits(text, OTHER_ELECTRONICS, 'other'),
  ].sort((a, b) => a.at - b.at);
}

/** What goods words decide, given the words' kinds in one stretch of text: one settled kind, 'unclear' (both), or null (none settled). */
function decide<K extends string>(kinds: readonly (K | 'other')[], unclear: readonly [K, K]): K | 'unclear' | null {
  const settled = new Set(kinds.filter((k): k is K => k !== 'other'));
  if (settled.has(unclear[0]) && settled.has(unclear[1])) return 'unclear';
  return [...settled][0] ?? null;
}

/**
 * The goods id the words give, for an item curated as microelectronics or semiconductors. A claim
 * is decided by its own quote; a figure by its sentence, or where the sentence names no goods
 * ("Hong Kong added a further $400 million"), by the nearest goods word before it.
 */
export function chipsGoods(text: string, span: { start: number; end: number }, claim: boolean): Kind | 'unclear' | null {
  const pick = (found: { kind: Kind }[]) =>
    decide(
      found.map((h) => h.kind),
      ['microelectronics', 'semiconductors'],
    );
  if (claim) return pick(electronicsHits(text.slice(span.start, span.end))) as Kind | 'unclear' | null;
  const s = sentenceAround(text, span.start, span.end);
  const inSentence = electronicsHits(text.slice(s.start, s.end));
  if (inSentence.length > 0) return pick(inSentence) as Kind | 'unclear' | null;
  const before = electronicsHits(text.slice(0, s.start));
  const last = before[before.length - 1];
  return last === undefined || last.kind === 'other' ? null : last.kind;
}

// --- Convention 3: dual-use goods are dual-use-goods; items named by their control dual-use-items.

const DU_CONTROLLED =
  /\b(?:sanctioned|controlled|listed|restricted|export-controlled)\s+dual[- ]use\s+(?:goods|items|products|components|exports)\b|\bexport[- ]controlled\s+(?:items|goods)\b|\bsensitive\s+items\b|\bdual[- ]use\s+technolog(?:y|ies)\b/gi;
const DU_PLAIN = /\bdual[- ]use\s+(?:goods|items|products|components|exports)\b/gi;
/** Dual-use words the convention does not name ("dual-use materials", "dual use capability"). */
const DU_OTHER = /\bdual[- ]use\s+(?:materials|equipment|commodities|imports|capabilit(?:y|ies))\b|\bthese items\b/gi;

type DuKind = 'dual-use-goods' | 'dual-use-items' | 'other';

function dualUseHits(text: string): { at: number; kind: DuKind }[] {
  const controlled = [...text.matchAll(DU_CONTROLLED)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    kind: 'dual-use-items' as DuKind,
  }));
  const inside = (at: number) => controlled.some((c) => at >= c.at && at < c.end);
  const plain = [...text.matchAll(DU_PLAIN)]
    .filter((m) => !inside(m.index))
    .map((m) => ({ at: m.index, kind: 'dual-use-goods' as DuKind }));
  // "dual-use goods and technologies": one phrase for both kinds, which the convention does not split.
  const both = [...text.matchAll(/\bdual[- ]use\s+(?:goods|items|products|components)\s+and\s+technolog(?:y|ies)\b/gi)].map((m) => ({
    at: m.index,
    kind: 'dual-use-items' as DuKind,
  }));
  const other = [...text.matchAll(DU_OTHER)].map((m) => ({ at: m.index, kind: 'other' as DuKind }));
  return [...controlled, ...plain, ...both, ...other].sort((a, b) => a.at - b.at);
}

/** The dual-use id the words give, decided as chipsGoods decides (a claim by its quote, a figure by its sentence or the nearest words before). */
export function dualUseGoods(text: string, span: { start: number; end: number }, claim: boolean): DuKind | 'unclear' | null {
  const pick = (found: { kind: DuKind }[]) =>
    decide(
      found.map((h) => h.kind),
      ['dual-use-goods', 'dual-use-items'],
    ) as DuKind | 'unclear' | null;
  if (claim) return pick(dualUseHits(text.slice(span.start, span.end)));
  const s = sentenceAround(text, span.start, span.end);
  const inSentence = dualUseHits(text.slice(s.start, s.end));
  if (inSentence.length > 0) return pick(inSentence);
  const before = dualUseHits(text.slice(0, s.start));
  const last = before[before.length - 1];
  return last === undefined || last.kind === 'other' ? null : last.kind;
}

// --- Convention 1: a value the supplier shipped, sent, delivered or exported is an export figure.

const SEND_VERB = /\b(shipped|sent|delivered|exported|ships|sends|delivers|re-exported|transferred|sold|provided)\b/gi;
/** The verbs the convention names; the others found are listed as unclear. */
const SETTLED_VERBS = new Set(['shipped', 'sent', 'delivered', 'exported', 'ships', 'sends', 'delivers']);
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|reportedly|already|allegedly|then|now|still)\s+)*$/i;
/** A finite verb between the sending verb and the figure: the figure belongs to another clause ("chips shipped to Russia rose 20%"). */
const OTHER_VERB =
  /\b(?:was|were|is|are|rose|fell|grew|jumped|reached|totall?ed|amounted|came|accounted|made|said|says|dropped|increased|decreased)\b|;/i;

export type ExportVerdict = { verb: string; settled: boolean } | null;

/**
 * Whether the figure at span is the object of an active verb of sending in its sentence ("North
 * Korea has shipped more than 6,700 containers", "The UAE shipped $1.5 billion of machinery …, 38%
 * more than"): the verb stands before the figure, is not passive ("were shipped from Hong Kong"),
 * and no other finite verb stands between them.
 */
export function sendingVerb(text: string, span: { start: number; end: number }): ExportVerdict {
  const s = sentenceAround(text, span.start, span.end);
  const before = text.slice(s.start, span.start);
  const verbs = [...before.matchAll(SEND_VERB)];
  for (const m of verbs.reverse()) {
    const between = before.slice(m.index + m[0].length);
    if (OTHER_VERB.test(between)) continue;
    if (PASSIVE.test(before.slice(0, m.index))) return null;
    // A bare participle after the goods ("chips shipped to Russia …") has no subject before it.
    const lead = before.slice(0, m.index).trim();
    if (lead === '') return null;
    const verb = m[1]!.toLowerCase();
    return { verb, settled: SETTLED_VERBS.has(verb) };
  }
  return null;
}

/** The export indicator for a supply or import indicator of a level or change (shares keep their base: no export counterpart). */
export function exportIndicator(indicator: string): string | null {
  const m = /^(?:supply|import)-(value|growth|growth-percent|volume|count)$/.exec(indicator);
  return m ? `export-${m[1]}` : null;
}

// --- Convention 4: a third country's whole trade with Russia or a transit country is a statistic.

const THIRD =
  /\b(Kyrgyzstan|Kyrgyz|Kazakhstan|Kazakh|Armenia|Armenian|Uzbekistan|Uzbek|Tajikistan|Tajik|Georgia|Georgian|Türkiye|Turkey|Turkish|the UAE|the United Arab Emirates|Emirati|India|Indian|Belarus|Belarusian|Serbia|Serbian|Mongolia|Mongolian|Vietnam|Vietnamese|Thailand|Thai|Malaysia|Malaysian|Azerbaijan|South Korea|Korean|Japan|Japanese|Germany|German|the UK|British|the EU|EU|Iran|Iranian)\b/;
const TRADE_PHRASE = new RegExp(
  `${THIRD.source}(?:['’]s)?\\s+(?:total\\s+|overall\\s+)?(?:exports|re-exports|trade|trade turnover|imports)\\s+(?:to|with|from)\\s+(?:Russia|Kyrgyzstan|Kazakhstan|Armenia|Uzbekistan|Georgia|Belarus|Central Asia)\\b` +
    `|\\b(?:exports|trade|re-exports)\\s+(?:from|of)\\s+${THIRD.source}\\s+(?:to|with)\\s+Russia\\b` +
    `|\\btrade\\s+between\\s+${THIRD.source}\\s+and\\s+Russia\\b|\\btrade\\s+between\\s+Russia\\s+and\\s+${THIRD.source}`,
);

/** Whether an ignored mention's sentence gives a third country's whole trade with Russia or a transit country, the figure after the phrase. */
export function thirdCountryTrade(text: string, span: { start: number; end: number }): boolean {
  const s = sentenceAround(text, span.start, span.end);
  const before = text.slice(s.start, span.start);
  const all = [...before.matchAll(new RegExp(TRADE_PHRASE.source, 'g'))];
  const m = all[all.length - 1];
  if (!m) return false;
  const between = before.slice(m.index + m[0].length);
  // "imports from Russia" are goods from Russia: out of scope (docs/curation.md), not this convention.
  if (/imports\s+from\s+Russia/i.test(m[0])) return false;
  // Goods named ("exports to Russia of goods on the list"), another flow before the figure ("while its
  // imports from Russia …") or a target ("aims to lift it to") make the figure another one.
  return (
    !/^\s+of\s/.test(between) &&
    !/\b(?:exports|imports|trade|shipments|sales|aims?|targets?|expects?|expected|forecasts?|plans?)\b/i.test(between)
  );
}
