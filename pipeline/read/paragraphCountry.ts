/**
 * The country a paragraph places its subject in, for a trade figure whose own sentence names no
 * reporter and no statistic or source gives one: "Everwin is a Hong Kong-registered trader that
 * supplied Russian end users with navigation modules. Its exports to Russia came to $3.5 million"
 * is Hong Kong's export. The sentences before the figure in its paragraph must name one country
 * besides the partner: two leave it open, as a reader would.
 */
import type { TextContext } from './context.js';
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

/** The countries a text names, most named first (asked once per text). */
function textCountries(ctx: TextContext): { code: string; count: number; at: { start: number; end: number; text: string } }[] {
  const counts = new Map<string, { code: string; count: number; at: { start: number; end: number; text: string } }>();
  for (let k = 0; k < ctx.spans.length; k++) {
    // A sentence's attribution is read only where it names a country: most name none, and reading
    // it for every sentence of the text cost more than the rest of this pass.
    const hits = ctx.countries(k);
    if (hits.length === 0) continue;
    const attribution = ctx.ownAttribution(k);
    for (const h of hits) {
      if (within(h, attribution)) continue;
      const c = counts.get(h.code);
      if (c) c.count++;
      else counts.set(h.code, { code: h.code, count: 1, at: { start: h.start, end: h.end, text: h.text } });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/**
 * The country a text is about, for a figure that names no reporter after every other reading: the
 * country the text names most, other than the partner ("Imports from China rose 12%" in a report
 * on Russia is Russia's import; "exports to Russia" in one on Kazakhstan, Kazakhstan's). A tie, or
 * a country named only once, leaves it open; Russia is never the default exporter (its exports are
 * out of the dataset's scope, and a text on supplies to Russia names it as the destination).
 */
export function textCountry(ctx: TextContext, partner: string, flow: Flow): { code: string; evidence: Evidence } | undefined {
  const ranked = ctx
    .memo('textCountries', 0, () => textCountries(ctx))
    .filter((c) => c.code !== partner && (c.code !== 'RUS' || flow !== 'export'));
  const top = ranked[0];
  // Named once, a country is a passing mention (a later clause's own side), not what the text is about.
  if (!top || top.count < 2 || (ranked[1] && ranked[1].count === top.count)) return undefined;
  return { code: top.code, evidence: ev(ctx.text, top.at.start, top.at.end, `${TEXT_COUNTRY_RULE} (${top.at.text})`) };
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
