/**
 * The first sentence of a paragraph, when it states no figure, can set the scene for the next one: "China's shipments of
 * construction machinery to Russia slumped in the third quarter of 2024. Exports of bulldozers
 * fell 38% …" — the second sentence's figure is China's exports to Russia in that quarter. The
 * lead's flow, countries (with their roles), goods and period make a frame the figure continues.
 */
import type { Mention } from '../extract/index.js';
import { shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import type { Frame } from './frame.js';
import { flowCues, type FlowCue } from './measure.js';
import { rememberWords } from './carriedWords.js';
import { ev } from './evidence.js';
import { pairCompounds, refineRole } from './roleCues.js';
import { hasDash } from './figureText.js';
import { assignRoles, roleOf, type RoleHit } from './roles.js';
import { opensParagraph } from './sentences.js';

const outside = (a: { start: number; end: number }, attribution: { start: number; end: number } | undefined): boolean =>
  !attribution || a.start < attribution.start || a.end > attribution.end;

/**
 * The frame sentence `k` sets, when it states no figure of its own; undefined otherwise. With
 * `line`, a sentence opening a line (a list's first point under a heading) may lead too.
 */
export function leadFrame(ctx: TextContext, k: number, line = false): Frame | undefined {
  const { text } = ctx;
  const span = ctx.spans[k]!;
  // A lede: the first sentence of its paragraph (after a blank line, or the text's first).
  if (k > 0 && !opensParagraph(text, ctx.spans, k) && !(line && text.lastIndexOf('\n', span.start) >= ctx.spans[k - 1]!.end))
    return undefined;
  const mentions = ctx.mentionsIn(k);
  if (mentions.some((x) => x.kind !== 'year' && x.kind !== 'period')) return undefined;
  const allCues = ctx.memo('flowCues', k, () => flowCues(text, span.start, span.end));
  if (allCues.length === 0) return undefined;
  if (ctx.countries(k).length === 0) {
    // "China-Russia trade had remained stable this year": a pair written as a compound.
    // Read only for a lead with a trade word and a dash (the attribution costs a sentence's reading).
    const compound = allCues.some((c) => c.flow === 'trade') && hasDash(text, span) ? pairCompounds(text, span, ctx.lexicon.countries) : [];
    if (compound.length < 2) return undefined;
    const attribution = ctx.attribution(k);
    const cue = allCues.find((c) => outside(c, attribution));
    if (!cue) return undefined;
    return frameOf(ctx, k, attribution, mentions, cue, compound[0]!.code, compound[1]!.code);
  }
  const attribution = ctx.attribution(k);
  const cues = allCues.filter((c) => outside(c, attribution));
  const countries = ctx.countries(k).filter((c) => outside(c, attribution));
  if (cues.length === 0 || countries.length === 0) return undefined;
  // The lead's first flow word: "China's shipments of … to Russia slumped".
  const cue = cues[0]!;
  // Built by push, as readObservation's role hits are: an array from map is of another hidden class
  // once optimized, and assignRoles's optimized code that met one was thrown away (node --trace-deopt).
  const hits: RoleHit[] = [];
  for (const h of countries) hits.push(refineRole(text, roleOf(text, h, span.start, span.end)));
  const roles = assignRoles(hits, cue.flow);
  // "Russian goods imports recovered slightly in January–September 2024.": a total with no partner is from all partners.
  const total =
    roles.reporter !== undefined &&
    roles.partner === undefined &&
    (cue.flow === 'import' || cue.flow === 'export') &&
    countries.every((h) => h.code === roles.reporter!.code);
  // "China and Russia conduct normal trade", "China-Russia trade had remained stable": the pair, first named first.
  const pair = cue.flow === 'trade' && (!roles.reporter || !roles.partner) ? tradePair(countries) : undefined;
  if (pair) return frameOf(ctx, k, attribution, mentions, cue, pair[0], pair[1]);
  if (!roles.reporter || (!roles.partner && !total)) return undefined;
  return frameOf(ctx, k, attribution, mentions, cue, roles.reporter.code, roles.partner?.code ?? 'WLD');
}

/** Two countries, and only two, named in a trade lead: the first is the reporter. */
function tradePair(countries: readonly { code: string; demonym: boolean }[]): [string, string] | undefined {
  const codes: string[] = [];
  for (const c of countries) if (!codes.includes(c.code)) codes.push(c.code);
  return codes.length === 2 ? [codes[0]!, codes[1]!] : undefined;
}

export function frameOf(
  ctx: TextContext,
  k: number,
  attribution: { start: number; end: number } | undefined,
  mentions: readonly Mention[],
  cue: FlowCue,
  reporter: string,
  partner: string,
): Frame {
  // The dateline's date ("ALMATY, 18 January 2024 (Wire) — …") dates the text, not the lead's flow.
  const date = ctx.documentDate;
  const dated = mentions.find((x) => x.period !== null && !(date !== undefined && x.start >= date.start && x.end <= date.end));
  const goods = ctx.goods(k).find((g) => g.id !== null && outside(g, attribution));
  const frame: Frame = {
    indicator: null,
    flow: cue.flow,
    reporter,
    partner,
    product: goods?.id ?? null,
    product_label: goods?.text ?? null,
    period: dated ? shortPeriod(dated.period!) : null,
    productShare: false,
    measure: 'lead',
    sentence: k,
    end: ctx.spans[k]!.end,
    textReporter: undefined,
    // Every field, as readObservation's frames have: a frame of another hidden class made its optimized code be thrown away.
    textProduct: undefined,
  };
  // The lead's words, for the evidence of the figures that continue it (carriedWords.ts).
  const { text } = ctx;
  const named = (code: string) => ctx.countries(k).find((h) => h.code === code && outside(h, attribution));
  const [r, p] = [named(reporter), partner === 'WLD' ? undefined : named(partner)];
  rememberWords(frame, {
    flow: ev(text, cue.start, cue.end, 'the lead'),
    ...(r && { reporter: ev(text, r.start, r.end, 'the lead') }),
    ...(p && { partner: ev(text, p.start, p.end, 'the lead') }),
    ...(goods && { product: ev(text, goods.start, goods.end, 'the lead') }),
    ...(dated && { period: ev(text, dated.start, dated.end, 'the lead') }),
  });
  return frame;
}
