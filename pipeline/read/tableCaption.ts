/**
 * A table's caption and header in text: what they say of every row — flow, sides, goods, period,
 * unit (tables.ts finds the rows and reads each cell under them). The caption is read once a table
 * ("Table 1. Russia's imports of high-priority items by country of consignment, 2025 (USD million;
 * share of total; change on 2024)"); the columns come from the header line above the rows or the
 * caption's bracketed list.
 */
import { shortPeriod } from '../model/period.js';
import type { TextContext } from './context.js';
import type { GoodsHit } from './goods.js';
import { flowCues } from './measure.js';
import { assignRoles, roleOf, type RoleHit } from './roles.js';
import { refineRole } from './roleCues.js';
import type { Evidence, Flow } from './types.js';
import { ev } from './evidence.js';

export type Column = 'value' | 'share' | 'change';

/** What a table's caption says of every row, each field with the words that gave it. */
export interface TableHead {
  flow: Flow;
  flowWords: Evidence;
  /** The side the caption fixes and the side each row's country fills. */
  reporter: { code: string; words: Evidence } | null;
  partner: { code: string; words: Evidence } | null;
  rowSide: 'partner' | 'reporter' | 'product';
  product: GoodsHit | null;
  period: { value: string; words: Evidence } | null;
  /** A value column's unit and scale ("USD million"), with its words. */
  unit: { unit: string; scale: number; quantity: boolean; words: Evidence } | null;
  /** The sentence of the caption (its attribution is the table's). */
  sentence: number;
  /** Whether a share of a product row is the product's part of the flow ("share of total"). */
  productShare: boolean;
}

export const TOTAL_LABEL =
  /^(?:all\s+(?:countries|partners|origins|suppliers|destinations)|total|world|total\s+(?:imports|exports|trade))\b/i;
const SHARE_HEAD = /\bshare\b|%\s*of\b|\bper\s?cent\s+of\b|\bportion\b/i;
const CHANGE_HEAD =
  /\bchange\b|\bgrowth\b|\by\/y\b|\byoy\b|year[- ]on[- ]year|\bvs\.?\s|\b(?:on|from|over|compared with)\s+\d{4}\b|\bincrease\b/i;
export const YEAR_HEAD = /^(?:FY\s?)?((?:19|20)\d{2})$/;
const PRODUCT_HEAD = /\b(?:product|goods|items?|category|commodity|HS|sector|group)\b/i;
const MONEY_UNIT =
  /(?:(US\$|USD|\$|€|EUR|euros?|£|GBP|RUB|roubles|rubles|CNY|yuan|dollars)\s*(thousand|million|billion|bn|mn|m)\b|\b(thousand|million|billion|bn|mn)\s+(?:of\s+)?(US\$|USD|US dollars|dollars|euros?|EUR|£|GBP|roubles|rubles|yuan))/i;
const QUANTITY_UNIT = /\b(thousand\s+)?(tonnes|tons|units)\b/i;
const CURRENCY: Record<string, string> = {
  us$: 'USD',
  usd: 'USD',
  $: 'USD',
  'us dollars': 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  rub: 'RUB',
  roubles: 'RUB',
  rubles: 'RUB',
  cny: 'CNY',
  yuan: 'CNY',
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
/** A base year after a change word: "change on 2024" dates no row. */
const BASE_BEFORE = /\b(?:on|from|over|vs\.?|versus|compared with|against|since)\s+$/i;

export interface Line {
  start: number;
  end: number;
}
export interface Split {
  cells: Line[];
  sep: 'pipe' | 'tab' | 'space' | 'colon';
}

export const cellText = (text: string, c: Line) => text.slice(c.start, c.end).trim();

export interface ColumnHead {
  column: Column | undefined;
  words: Evidence | null;
  period: { value: string; words: Evidence } | null;
}

/** The columns after the label, from the header line or the caption's bracketed list ("(USD million; share of total; change on 2024)"). */
export function columnsOf(text: string, caption: string, captionStart: number, header: Split | undefined, n: number): ColumnHead[] {
  const heads: Line[] = [];
  if (header) heads.push(...header.cells.slice(1));
  else {
    const list = /\(([^()]*[;,][^()]*)\)\s*:?\s*$/.exec(caption);
    if (list) {
      const from = captionStart + list.index + 1;
      let at = 0;
      for (const part of list[1]!.split(/([;,]\s*)/)) {
        if (!/^[;,]\s*$/.test(part)) heads.push({ start: from + at, end: from + at + part.length });
        at += part.length;
      }
    }
    if (heads.length !== n) return [];
  }
  return heads.map((h) => {
    const words = cellText(text, h);
    const w = ev(text, h.start, h.end, 'the column’s header');
    const year = YEAR_HEAD.exec(words);
    if (year) return { column: 'value', words: w, period: { value: year[1]!, words: w } };
    const column: Column = SHARE_HEAD.test(words) ? 'share' : CHANGE_HEAD.test(words) ? 'change' : 'value';
    return { column, words: w, period: null };
  });
}

/** The caption's flow, sides, goods, period and unit; undefined when it names no flow or no side. */
export function readCaption(
  ctx: TextContext,
  line: Line,
  header: Split | undefined,
  rows: readonly { split: Split }[],
): TableHead | undefined {
  const { text } = ctx;
  // The caption's last sentence ("Table 1." before it is a number, no words).
  const k = ctx.sentenceOf(Math.max(line.start, line.end - 1));
  const cs = Math.max(line.start, ctx.spans[k]!.start);
  const ce = line.end;
  const cues = flowCues(text, cs, ce);
  const cue = cues[0] ?? (header ? flowCues(text, header.cells[0]!.start, header.cells[header.cells.length - 1]!.end)[0] : undefined);
  if (!cue) return undefined;
  const attribution = ctx.attribution(k);
  const outside = (h: { start: number; end: number }) => !attribution || h.end <= attribution.start || h.start >= attribution.end;
  const countries = ctx.lexicon.countries(text, cs, ce).filter(outside);
  const hits: RoleHit[] = [];
  for (const h of countries) hits.push(refineRole(text, roleOf(text, h, cs, ce)));
  const roles = assignRoles(hits, cue.flow);
  const labels = rows.map(({ split }) => cellText(text, split.cells[0]!));
  const countryRows = rows.filter(({ split }) => {
    const l = split.cells[0]!;
    return TOTAL_LABEL.test(cellText(text, l)) || ctx.lexicon.countries(text, l.start, l.end).length > 0;
  }).length;
  const headerSaysProduct = header !== undefined && PRODUCT_HEAD.test(cellText(text, header.cells[0]!));
  const byCountry = !headerSaysProduct && countryRows * 2 > labels.length;
  const side = (r: RoleHit | undefined) =>
    r ? { code: r.code, words: ev(text, r.evidence.start, r.evidence.end, 'the heading of a table') } : null;
  let reporter = side(roles.reporter);
  let partner = side(roles.partner);
  let rowSide: TableHead['rowSide'] = 'product';
  if (byCountry) {
    // The caption fixes one side; each row's country is the other.
    if (reporter && (!partner || partner.code === 'WLD')) [rowSide, partner] = ['partner', null];
    else if (partner && !reporter) rowSide = 'reporter';
    else if (!reporter && !partner && hits.length === 1) [rowSide, reporter] = ['partner', side(hits[0])];
    else return undefined;
  } else {
    if (!reporter) return undefined;
    // "Russia's imports by product, 2025": a total from every partner.
    partner ??= cue.flow === 'import' || cue.flow === 'export' ? { code: 'WLD', words: ev(text, cs, cs, 'the heading of a table') } : null;
    if (!partner) return undefined;
  }
  const goods = ctx.lexicon.goods(text, cs, ce).find((g) => g.id !== null && outside(g)) ?? null;
  const period = captionPeriod(ctx, cs, ce);
  return {
    flow: cue.flow,
    flowWords: ev(text, cue.start, cue.end, 'the heading of a table'),
    reporter,
    partner,
    rowSide,
    product: goods,
    period,
    unit: unitOf(text, cs, ce) ?? (header ? unitOf(text, header.cells[0]!.start, header.cells[header.cells.length - 1]!.end) : null),
    sentence: k,
    productShare: rowSide === 'product' && !hits.some((h) => h.role === 'share-owner'),
  };
}

/** The caption's period: its first date that is no change's base ("change on 2024"). */
function captionPeriod(ctx: TextContext, cs: number, ce: number): TableHead['period'] {
  const { text } = ctx;
  const date = ctx.documentDate;
  for (const m of ctx.mentions) {
    if (m.start < cs || m.end > ce || m.period === null) continue;
    if (date !== undefined && m.start >= date.start && m.end <= date.end) continue;
    if (BASE_BEFORE.test(text.slice(Math.max(cs, m.start - 20), m.start))) continue;
    return { value: shortPeriod(m.period), words: ev(text, m.start, m.end, 'the heading of a table') };
  }
  return null;
}

function unitOf(text: string, at: number, to: number): TableHead['unit'] {
  const words = text.slice(at, to);
  const money = MONEY_UNIT.exec(words);
  if (money) {
    const currency = (money[1] ?? money[4]!).toLowerCase();
    const scale = (money[2] ?? money[3]!).toLowerCase();
    const start = at + money.index;
    return {
      unit: CURRENCY[currency] ?? currency.toUpperCase(),
      scale: SCALE[scale] ?? 1,
      quantity: false,
      words: ev(text, start, Math.min(start + money[0].length, text.length), 'the heading of a table'),
    };
  }
  const q = QUANTITY_UNIT.exec(words);
  if (q) {
    const start = at + q.index;
    return {
      unit: q[2]!.toLowerCase() === 'units' ? 'units' : 'tonnes',
      scale: q[1] ? 1e3 : 1,
      quantity: q[2]!.toLowerCase() !== 'units',
      words: ev(text, start, Math.min(start + q[0].length, text.length), 'the heading of a table'),
    };
  }
  return null;
}
