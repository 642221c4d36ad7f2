/**
 * The convention settled in session 14 (docs/curation.md): a supply statement carried by its
 * figure is a statistic only, not also a claim. Decided on a gold or curated claim's own words and
 * the gold figures of its sentence, never on the reader's output, so that a test set can be brought
 * to it unread. conventions14.ts applies it to the devset gold and lists it for the annotations.
 *
 * A claim is carried when one figure of its sentence records the same supply: the figure stands in
 * the claim's words or in their clause (no clause of its own between them), its supplying side is
 * the country of every supplier the claim names, its receiving side the claim's recipient, and it
 * measures the claim's goods. A named company as supplier ("Firm X shipped $5 million of …") is a
 * party no country figure measures, so its claim stays.
 */
import { countryMatcher } from '../../pipeline/read/countries.js';
import { sentenceAround } from './conventionRules13.js';

/** One supplier of a claim as the convention sees it: a country (or a country's unnamed firms), a named party, or words naming no country. */
export type SupplierSide = { kind: 'country'; code: string } | { kind: 'named'; name: string } | { kind: 'unknown'; name: string };

/** A gold figure's sides: who supplies (the exporter, or the partner of an import or supply) and who receives. */
export interface FigureSides {
  quote: string;
  start: number;
  end: number;
  supplier: string | null;
  recipient: string | null;
  product: string | null;
}

export interface ClaimSides {
  start: number;
  end: number;
  suppliers: SupplierSide[];
  /** The recipient's country code, null when the claim names none or a party with no country. */
  recipient: string | null;
  goods: string | null;
}

export type Verdict = { carried: true; figure: string } | { carried: false; unclear?: string; kept?: string };

const countries = countryMatcher();

/** Common nouns for a country's firms or sites: "Chinese firms", "a factory in China", "PRC-based suppliers". */
const ARTICLE = /^(?:the|a|an|some|several|many|\d[\d,]*)$/i;
/** A capitalized word that names a place by its kind ("Xinjiang region"), not a party. */
const PLACE_KIND = /^(?:region|province|city|county|district|oblast)\b/i;

/**
 * A supplier's alternatives (the gold's acceptable names) read as a side: a country when some
 * alternative is a country (its name or entity id) or a country's unnamed group ("Chinese
 * distributors", "UAE-based firms", "a factory in China's Xinjiang region"); a named party when an
 * alternative names one ("Steppe Components", "Almaty-based Steppe Components").
 */
export function supplierSide(alternatives: readonly string[]): SupplierSide {
  let named: string | undefined;
  for (const alt of alternatives) {
    const whole = countries.codeOfEntity(alt) ?? countries.lookup(alt)?.code;
    if (whole) return { kind: 'country', code: whole };
    const hits = countries(alt);
    let stripped = alt;
    for (const h of [...hits].reverse()) stripped = stripped.slice(0, h.start) + ' '.repeat(h.end - h.start) + stripped.slice(h.end);
    const words = stripped.split(/[\s’']+/).filter((w) => w !== '' && !/^s$/.test(w));
    const proper = words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && ARTICLE.test(w)) && !PLACE_KIND.test(words[i + 1] ?? ''));
    const codes = new Set(hits.filter((h) => h.code !== 'RUS').map((h) => h.code));
    if (proper.length === 0 && codes.size === 1) return { kind: 'country', code: [...codes][0]! };
    if (proper.length > 0) named ??= alt;
  }
  return named ? { kind: 'named', name: named } : { kind: 'unknown', name: alternatives[0] ?? '' };
}

/** A number in words or digits, standing alone ("Kh-101", "five-axis" are names and compounds). */
const NUMBER =
  /(?<![\w[-])(?:\d+(?:[,.]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|billions|dozens|half|a third|a quarter|two-thirds)(?![\w-])/gi;
/** A count of parties ("12 entities", "two Hong Kong firms", "about 1,300 Chinese and Hong Kong firms"): no figure of goods. */
const PARTIES_AFTER =
  /^\s+(?:in|based in|of (?:them|which)|are|were|is|was|have|had)\b|^\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:entities|entity|entries|addresses|companies|company|firms?|individuals?|parties|people|persons|traders|trading houses|suppliers|distributors|manufacturers|subsidiaries|banks|vessels|ships|actors)\b/iu;

/** The first figure of goods in a claim's words, if any: not a year, a name's number or a count of parties. */
export function figureInWords(words: string): string | null {
  for (const m of words.matchAll(NUMBER)) {
    if (/^(?:19|20)\d\d$/.test(m[0])) continue;
    const after = words.slice(m.index + m[0].length);
    // "one of Russia's top backers" ranks, it counts nothing.
    if (PARTIES_AFTER.test(after) || (/^one$/i.test(m[0]) && /^\s+of\b/.test(after))) continue;
    return m[0];
  }
  return null;
}

/** Words between a claim and a figure that open a clause of its own ("China supplies the engines, and its exports of them doubled"). */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|although|though|yet)\b|\b(?:and|but) that\b|\bwhile\b|\bwhereas\b/i;

function inClause(text: string, claim: { start: number; end: number }, figure: { start: number; end: number }): boolean {
  if (figure.start >= claim.start && figure.end <= claim.end) return true;
  const between = figure.start >= claim.end ? text.slice(claim.end, figure.start) : text.slice(figure.end, claim.start);
  return !CLAUSE_BREAK.test(between);
}

/**
 * Whether a figure of the claim's sentence carries its supply. Goods the figure does not measure
 * keep their claim ("North Korea has transferred ballistic missiles and more than 20,000 containers
 * of munitions": the figure carries the munitions, the missiles claim stays). A figure of goods in
 * the claim's words that the gold records as no statistic leaves the claim unclear.
 */
export function carriedByFigure(text: string, claim: ClaimSides, figures: readonly FigureSides[]): Verdict {
  const sentence = sentenceAround(text, claim.start, claim.end);
  let unclear: string | undefined;
  let kept: string | undefined;
  for (const f of figures) {
    if (f.start < sentence.start || f.end > sentence.end || !inClause(text, claim, f)) continue;
    if (f.recipient === null || f.recipient !== claim.recipient) continue;
    if (claim.suppliers.length === 0 || !claim.suppliers.every((s) => s.kind !== 'country' || s.code === f.supplier)) continue;
    const goodsMatch = f.product === claim.goods;
    const other = claim.suppliers.find((s) => s.kind !== 'country');
    if (other) {
      // A named party is the convention's "supplier the figure does not measure"; words naming no country leave it open.
      if (goodsMatch && other.kind === 'named') kept ??= `"${f.quote}" does not measure the named party ${other.name}`;
      else if (goodsMatch) unclear ??= `"${f.quote}": the supplier (${other.name}) names no country`;
      continue;
    }
    if (goodsMatch) return { carried: true, figure: f.quote };
  }
  // A figure in the claim's words that the gold records as no statistic (a claims-only gold, or a
  // figure the gold left aside): whether it carries the supply is for the curator to say.
  const number = unclear ? null : figureInWords(text.slice(claim.start, claim.end));
  if (number !== null && !figures.some((f) => f.start >= claim.start && f.end <= claim.end))
    unclear = `a figure in its words ("${number}") that the gold records as no statistic`;
  if (unclear) return { carried: false, unclear };
  return kept ? { carried: false, kept } : { carried: false };
}

/** A devset figure's sides from its flow: an export runs reporter → partner, an import or supply partner → reporter. */
export function devsetFigureSides(o: Record<string, unknown>): Pick<FigureSides, 'supplier' | 'recipient'> {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  if (o.flow === 'export') return { supplier: s(o.reporter), recipient: s(o.partner) };
  if (o.flow === 'import' || o.flow === 'supply') return { supplier: s(o.partner), recipient: s(o.reporter) };
  return { supplier: null, recipient: null };
}

/** An annotation figure's sides from its indicator (`export-*`, `shipment-*`, `party-shipment-*` outward; `import-*`, `supply-*` inward). */
export function annotationFigureSides(o: Record<string, unknown>): Pick<FigureSides, 'supplier' | 'recipient'> {
  const indicator = String(o.indicator ?? '');
  const flow = /^(?:export|shipment|party-shipment)-/.test(indicator)
    ? 'export'
    : /^(?:import|supply)-/.test(indicator)
      ? 'import'
      : 'other';
  return devsetFigureSides({ ...o, flow });
}

/** A recipient's country code: a country's name or entity id, or the country of a party's words ("Russian buyers"). */
export function recipientCode(alternatives: readonly string[]): string | null {
  for (const alt of alternatives) {
    const whole = countries.codeOfEntity(alt) ?? countries.lookup(alt)?.code;
    if (whole) return whole;
  }
  return null;
}
