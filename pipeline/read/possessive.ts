/**
 * A possessive pronoun that opens a sentence names the subject of the sentence before: "Mainland
 * China picked up the slack. Its share of Russia's chip imports rose to 64%" — China's share.
 * Read only for a sentence that opens with "Its" or "Their" and a share or flow noun, and only
 * where the sentence before opens with a country (its subject).
 */
import type { TextContext } from './context.js';
import type { BackReference } from './backReference.js';

const OPENING_POSSESSIVE = /^(?:[“"‘(]\s*)?(?:Its|Their)\s+(?:(?:[\p{L}-]+\s+){0,2})(share|exports|imports|sales|shipments|purchases)\b/u;
/** A country opening its sentence, as its subject: "Mainland China picked up", "China's customs". */
const SUBJECT_WINDOW = 24;

/** The country "Its share" or "Its exports" in sentence `s` stands for, with the noun that follows it. */
export function possessiveCountry(ctx: TextContext, s: number): (BackReference & { noun: string }) | undefined {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const own = possessiveAfterColon(ctx, s);
  if (own) return own;
  if (s === 0) return undefined;
  const p = OPENING_POSSESSIVE.exec(text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!p) return undefined;
  const prev = ctx.spans[s - 1]!;
  const first = ctx.countries(s - 1).find((h) => !h.demonym);
  if (!first || first.start - prev.start > SUBJECT_WINDOW) return undefined;
  if (p[0].includes('Their') && pairSubject(ctx, s - 1, first)) return undefined;
  return {
    code: first.code,
    noun: p[1]!.toLowerCase(),
    evidence: {
      text: text.slice(span.start, span.start + p[0].length),
      start: span.start,
      end: span.start + p[0].length,
      rule: `a possessive for the subject of the sentence before (${first.text})`,
    },
  };
}

/** "its purchases" opening the clause after a colon or semicolon. */
const POSSESSIVE_AFTER_COLON = /[:;]\s+its\s+(?:(?:[\p{L}-]+\s+){0,2})(share|exports|imports|sales|shipments|purchases)\b/u;

/**
 * "Uzbekistan showed a similar pattern: its purchases of Chinese microelectronics more than tripled":
 * "its" after a colon stands for the country that opens the sentence, its subject.
 */
function possessiveAfterColon(ctx: TextContext, s: number): (BackReference & { noun: string }) | undefined {
  const { text } = ctx;
  const span = ctx.spans[s]!;
  const p = POSSESSIVE_AFTER_COLON.exec(text.slice(span.start, span.end));
  if (!p) return undefined;
  const first = ctx.countries(s).find((h) => !h.demonym);
  if (!first || first.start - span.start > SUBJECT_WINDOW || first.end > span.start + p.index) return undefined;
  const at = span.start + p.index + p[0].indexOf('its');
  return {
    code: first.code,
    noun: p[1]!.toLowerCase(),
    evidence: {
      text: text.slice(at, span.start + p.index + p[0].length),
      start: at,
      end: span.start + p.index + p[0].length,
      rule: `a possessive for the subject of its sentence (${first.text})`,
    },
  };
}

/**
 * "Turkey and the United Arab Emirates play a smaller part. Their combined exports …": "Their" opening
 * a flow's sentence stands for two countries together, which no one side can hold (China with Hong
 * Kong aside, which the country matcher reads as one). Such a figure is left aside (observations.ts).
 */
export function possessivePair(ctx: TextContext, s: number): boolean {
  if (s === 0) return false;
  const span = ctx.spans[s]!;
  const p = OPENING_POSSESSIVE.exec(ctx.text.slice(span.start, Math.min(span.end, span.start + 60)));
  if (!p || !p[0].includes('Their')) return false;
  const first = ctx.countries(s - 1).find((h) => !h.demonym);
  return first !== undefined && first.start - ctx.spans[s - 1]!.start <= SUBJECT_WINDOW && pairSubject(ctx, s - 1, first);
}

function pairSubject(ctx: TextContext, k: number, first: { start: number; end: number; code: string }): boolean {
  const second = ctx.countries(k).find((h) => !h.demonym && h.start > first.end && h.code !== first.code);
  return second !== undefined && /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(first.end, second.start));
}

const OF_THE_COUNTRYS =
  /^\s+of\s+(?:the\s+(?:country|nation|republic)[’']s|our\s+(?:total\s+)?(?:exports|imports|foreign\s+trade|trade)\b)/i;
/**
 * "The share of the Russian Federation in our total exports declined to 3.5 percent", "Russia's share
 * in the country's total exports rose to 41%": the base named before the figure, after "share … in".
 */
const SHARE_IN_THE_COUNTRYS =
  /\bshare\s+(?:of\s+[^,;]{2,40}?\s+)?in\s+(?:the\s+(?:country|nation|republic)[’']s|our)\s+(?:total\s+)?(?:exports|imports|foreign\s+trade|trade)\b[^,;]{0,40}$/i;

/**
 * "The Russian Federation accounted for 22.5% of the country's foreign trade" (or "of our total
 * exports", or "Russia's share in our total exports fell to 3.7 percent"): the country is the one the
 * text was speaking of (the statistic before's reporter), and the subject is the share's partner.
 */
export function shareOfTheCountry(
  ctx: TextContext,
  m: { start: number; end: number },
  frameReporter: string | null | undefined,
  clauseStart: number,
): BackReference | undefined {
  if (!frameReporter) return undefined;
  const r = OF_THE_COUNTRYS.exec(ctx.text.slice(m.end, m.end + 40));
  if (!r) {
    const b = SHARE_IN_THE_COUNTRYS.exec(ctx.text.slice(Math.max(clauseStart, m.start - 120), m.start));
    if (!b) return undefined;
    const at = Math.max(clauseStart, m.start - 120) + b.index;
    return { code: frameReporter, evidence: { text: b[0], start: at, end: at + b[0].length, rule: 'the country the text speaks of' } };
  }
  return {
    code: frameReporter,
    evidence: {
      text: r[0].trim(),
      start: m.end + r[0].length - r[0].trimStart().length,
      end: m.end + r[0].length,
      rule: 'the country the text speaks of',
    },
  };
}

/** "Russia accounts for about 65% of Belarusian exports": a demonym right after the figure's "of". */
const OF_DEMONYM_FLOW = /^\s+of\s+(?:all\s+|total\s+)?(\p{Lu}\p{L}+)\s+(?:total\s+)?(?:exports|imports)\b/u;

/**
 * A share of the exports (imports) a demonym names after the figure: that country reports them, and
 * the subject is the share's partner, as for "of the country's exports".
 */
export function shareOfDemonymFlow(ctx: TextContext, m: { end: number }, s: number): BackReference | undefined {
  const r = OF_DEMONYM_FLOW.exec(ctx.text.slice(m.end, m.end + 48));
  if (!r) return undefined;
  const at = m.end + r[0].indexOf(r[1]!);
  const hit = ctx.countries(s).find((h) => h.demonym && h.start === at);
  if (!hit) return undefined;
  return {
    code: hit.code,
    evidence: { text: r[0].trim(), start: at, end: m.end + r[0].length, rule: 'the country whose flow the share is of' },
  };
}
