/**
 * The country a paragraph places its subject in, for a trade figure whose own sentence names no
 * reporter and no statistic or source gives one: "Everwin is a Hong Kong-registered trader that
 * supplied Russian end users with navigation modules. Its exports to Russia came to $3.5 million"
 * is Hong Kong's export. The sentences before the figure in its paragraph must name one country
 * besides the partner: two leave it open, as a reader would.
 */
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import { ev } from './evidence.js';
import { opensParagraph } from './sentences.js';
import type { Evidence, Flow } from './types.js';
import { within } from './within.js';
import { textIssuer } from './ownFigures.js';

/** The evidence rule of paragraphCountry, before its words. */
export const PARAGRAPH_COUNTRY_RULE = 'the country its paragraph places the figure in';

/** How many sentences before the figure are read: a paragraph's opening, not a page. */
const REACH = 4;

export function paragraphCountry(
  ctx: TextContext,
  s: number,
  partner: string,
  flow: Flow,
): { code: string; evidence: Evidence } | undefined {
  let found: { code: string; start: number; end: number; text: string } | undefined;
  for (let k = s - 1; k >= 0 && k >= s - REACH && !opensParagraph(ctx.text, ctx.spans, k + 1); k--) {
    const hits = ctx.countries(k);
    if (hits.length === 0) continue;
    const attribution = ctx.ownAttribution(k);
    for (const h of hits) {
      if (h.code === partner || (h.code === 'RUS' && flow === 'export') || within(h, attribution)) continue;
      if (found && found.code !== h.code) return undefined;
      found ??= { code: h.code, start: h.start, end: h.end, text: h.text };
    }
  }
  if (!found) return undefined;
  return {
    code: found.code,
    evidence: ev(ctx.text, found.start, found.end, `${PARAGRAPH_COUNTRY_RULE} (${found.text})`),
  };
}

/** The evidence rule of textCountry, before its words. */
export const TEXT_COUNTRY_RULE = 'the country the text names most';

/** A country's hits in a text, in text order, with the sentence of each. */
interface Named {
  hits: CountryHit[];
  sentences: number[];
}

/**
 * The countries a text names, by code (asked once per text): what textCountry ranks. The sentences'
 * attributions are not read here but where a code's count is read: most of them hold no country
 * the ranking turns on, and in a text of several figures with no reporter, reading every naming
 * sentence's attribution was a quarter of all the attributions the reader read (docs/performance.md,
 * session 20).
 */
function namedCountries(ctx: TextContext): Map<string, Named> {
  const byCode = new Map<string, Named>();
  for (let k = 0; k < ctx.spans.length; k++) {
    const hits = ctx.countries(k);
    for (const h of hits) {
      let c = byCode.get(h.code);
      if (!c) byCode.set(h.code, (c = { hits: [], sentences: [] }));
      c.hits.push(h);
      c.sentences.push(k);
    }
  }
  return byCode;
}

/** A code's count read so far: its hits before `next` read, `outside` of them outside their sentences' attributions, the first at `at`. */
interface Tally {
  code: string;
  named: Named;
  next: number;
  outside: number;
  at: CountryHit | undefined;
}

/** The most its count can come to: the hits read outside, and those not read yet. */
const most = (t: Tally): number => t.outside + t.named.hits.length - t.next;

/** Read the tally's next hit: counted where it lies outside its sentence's own attribution. */
function readNext(ctx: TextContext, t: Tally): void {
  const h = t.named.hits[t.next]!;
  if (!within(h, ctx.ownAttribution(t.named.sentences[t.next]!))) {
    t.outside++;
    t.at ??= h;
  }
  t.next++;
}

/**
 * The country a text is about, for a figure that names no reporter after every other reading: the
 * country the text names most, other than the partner ("Imports from China rose 12%" in a report
 * on Russia is Russia's import; "exports to Russia" in one on Kazakhstan, Kazakhstan's). A tie, or
 * a country named only once, leaves it open; Russia is never the default exporter (its exports are
 * out of the dataset's scope, and a text on supplies to Russia names it as the destination). A hit
 * inside its sentence's own attribution ("Russia's customs service said") is not counted.
 */
export function textCountry(ctx: TextContext, partner: string, flow: Flow): { code: string; evidence: Evidence } | undefined {
  const byCode = ctx.memo('textCountries', 0, () => namedCountries(ctx));
  const tallies: Tally[] = [];
  for (const [code, named] of byCode)
    if (code !== partner && (code !== 'RUS' || flow !== 'export')) tallies.push({ code, named, next: 0, outside: 0, at: undefined });
  // The hits are read (their sentences' attributions with them) only as far as the ranking needs:
  // the code that could come to most is read hit by hit until its count read outruns what any other
  // could come to; where it is read to its end and another could still reach it, that one is read.
  // The top, a tie or no country named twice comes out as counting every hit would give it.
  for (;;) {
    let first: Tally | undefined;
    let second: Tally | undefined;
    for (const t of tallies) {
      if (!first || most(t) > most(first)) {
        second = first;
        first = t;
      } else if (!second || most(t) > most(second)) second = t;
    }
    // Named once, a country is a passing mention (a later clause's own side), not what the text is about.
    if (!first || most(first) < 2) return undefined;
    const rival = second ? most(second) : 0;
    if (first.outside >= 2 && first.outside > rival) {
      const at = first.at!;
      return { code: first.code, evidence: ev(ctx.text, at.start, at.end, `${TEXT_COUNTRY_RULE} (${at.text})`) };
    }
    if (first.next < first.named.hits.length) readNext(ctx, first);
    // Read to its end, the first is reached by the second: read that one, or, read too, they tie.
    else if (second && second.next < second.named.hits.length) readNext(ctx, second);
    else return undefined;
  }
}

/** The evidence rule of issuerCountry, before its words. */
export const ISSUER_COUNTRY_RULE = 'the country of the statistics or customs body that issues the text';

/** A national statistics, customs or revenue body, or a trade or economy ministry: its release reports its own country's trade. */
const TRADE_BODY = /\b(?:statistic(?:s|al)|customs|revenue)\b|\bMinistry of (?:Economy|Trade|Commerce|Foreign Trade)\b/i;

/** The country the issuer's name holds ("Statistical Committee of the Republic of Armenia"), read once a text. */
function issuerCode(ctx: TextContext): { code: string; name: string } | null {
  const issuer = ctx.memo('textIssuer', 0, () => textIssuer(ctx.text));
  const name = issuer?.names[0];
  if (!name || !TRADE_BODY.test(name)) return null;
  // A name in capitals is read as its words ("REPUBLIC OF ARMENIA").
  const words = name === name.toUpperCase() ? name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : name;
  const codes = [...new Set(ctx.lexicon.countries(words).map((h) => h.code))];
  return codes.length === 1 ? { code: codes[0]!, name } : null;
}

/**
 * For a trade figure no words, statistic or source give a reporter: the country of the national
 * statistics, customs or revenue body whose release the text is ("Statistics Agency under the
 * President of the Republic of Uzbekistan": "Exports … amounted to US$19,870.4 million" are
 * Uzbekistan's), before the country the text names most, which in such a release is its partner.
 */
export function issuerCountry(ctx: TextContext, partner: string, flow: Flow): { code: string; evidence: Evidence } | undefined {
  if (flow !== 'import' && flow !== 'export' && flow !== 'trade') return undefined;
  const issuer = ctx.memo('issuerCountry', 0, () => issuerCode(ctx));
  if (!issuer || issuer.code === partner) return undefined;
  const at = ctx.text.indexOf(issuer.name);
  return {
    code: issuer.code,
    evidence: ev(ctx.text, Math.max(0, at), Math.max(0, at) + issuer.name.length, `${ISSUER_COUNTRY_RULE} (${issuer.name})`),
  };
}
