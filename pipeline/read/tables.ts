/**
 * Tables and lists written in text: rows whose cells are figures ("Kyrgyzstan | 7,420 | 81% | +6%",
 * tab- or wide-space-separated columns, "Türkiye: 390; 4%; -38%", "- machine tools: $1.2 billion;")
 * under a caption or lead that states what they measure ("Table 1. Russia's imports of high-priority
 * items by country of consignment, 2025 (USD million; share of total; change on 2024)", "Russia's
 * imports of dual-use goods from China, 2025:"). The caption is read once — flow, sides, goods,
 * period, unit and source — and each row's label is the partner (or the reporter) where it names a
 * country, the product otherwise; each cell's column (value, share, change) comes from the header
 * line above the rows, the caption's list of columns, or the cell itself. A row's cells carry no
 * words of their own for the flow, so the sentence rules (observations.ts) could not read them.
 */
import { shortPeriod } from '../model/period.js';
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
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

export interface TableCell {
  start: number;
  end: number;
  head: TableHead;
  /** The row's label, the country or goods it names (if any), and whether it is every partner ("All countries"). */
  label: Evidence;
  country: CountryHit | null;
  goods: GoodsHit | null;
  total: boolean;
  column: Column;
  /** The header words that gave the column, if any. */
  columnWords: Evidence | null;
  /** A year the column's header gives ("2024 | 2025"). */
  columnPeriod: { value: string; words: Evidence } | null;
  /** The last row's sentence (a "Source:" line below the table attributes it). */
  lastRow: number;
}

/** A figure as a cell holds it: a sign, a currency, a number, a scale or unit; or an empty cell. */
const FIGURE =
  /^(?:(?:up|down|rose|fell)\s+)?[+\-−–]?\s?(?:US\$|USD|\$|€|EUR|£|¥|RUB|CNY)?\s?\d[\d,.]*\s?(?:%|percent|per cent|x|times|million|billion|bn|mn|m|thousand|tonnes|t|units)?(?:\s+(?:on|from|vs\.?|compared with|against)\s+(?:a year earlier|(?:the\s+)?(?:same period of\s+)?\d{4}(?:\s+value)?)|\s+(?:y\/y|year on year|yoy)|\s+of\s+(?:the\s+)?total|\s+the\s+\d{4}\s+value)?$/i;
const EMPTY = /^(?:[-–—…]|\.\.|n\/?a)$/i;
const SIGNED = /^(?:up|down|rose|fell|[+\-−–])/i;
const FALL = /^(?:down|fell|[-−–])/i;
const TOTAL_LABEL = /^(?:all\s+(?:countries|partners|origins|suppliers|destinations)|total|world|total\s+(?:imports|exports|trade))\b/i;
const SHARE_HEAD = /\bshare\b|%\s*of\b|\bper\s?cent\s+of\b|\bportion\b/i;
const CHANGE_HEAD =
  /\bchange\b|\bgrowth\b|\by\/y\b|\byoy\b|year[- ]on[- ]year|\bvs\.?\s|\b(?:on|from|over|compared with)\s+\d{4}\b|\bincrease\b/i;
const YEAR_HEAD = /^(?:FY\s?)?((?:19|20)\d{2})$/;
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

interface Line {
  start: number;
  end: number;
}
interface Split {
  cells: Line[];
  sep: 'pipe' | 'tab' | 'space' | 'colon';
}

/** The cells of a line, by the separator it uses (a leading bullet and outer pipes left out). */
function splitLine(text: string, line: Line): Split | undefined {
  let from = line.start;
  let to = line.end;
  const bullet = /^[ \t]*(?:[-•*–][ \t]+|\|)?/.exec(text.slice(from, to))![0];
  from += bullet.length;
  while (to > from && /[\s|;.]/.test(text[to - 1]!)) to--;
  const body = text.slice(from, to);
  let sep: Split['sep'];
  let re: RegExp;
  let at = 0;
  const cells: Line[] = [];
  if (body.includes('|')) [sep, re] = ['pipe', /\s*\|\s*/g];
  else if (body.includes('\t')) [sep, re] = ['tab', /\s*\t\s*/g];
  else if (/\S {2,}\S/.test(body)) [sep, re] = ['space', / {2,}/g];
  else {
    // "Türkiye: 390; 4%; -38%": a colon parts the label from the cells, which semicolons or commas part.
    const colon = /^[^:;\d]{2,60}:\s+/.exec(body);
    if (!colon) return undefined;
    const labelEnd = colon[0].indexOf(':');
    cells.push({ start: from, end: from + labelEnd });
    [sep, re, at] = ['colon', /;\s*|,\s+/g, colon[0].length];
    re.lastIndex = at;
  }
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    cells.push({ start: from + at, end: from + m.index });
    at = m.index + m[0].length;
  }
  cells.push({ start: from + at, end: to });
  return cells.length >= 2 ? { cells, sep } : undefined;
}

const cellText = (text: string, c: Line) => text.slice(c.start, c.end).trim();
const isFigure = (s: string) => FIGURE.test(s) || EMPTY.test(s);

/** A row: a label with a letter, then cells that are all figures (at least one not empty). */
function asRow(text: string, split: Split | undefined): Split | undefined {
  if (!split) return undefined;
  const label = cellText(text, split.cells[0]!);
  if (label.length < 2 || label.length > 60 || !/\p{L}/u.test(label) || /^\d/.test(label)) return undefined;
  const cells = split.cells.slice(1).map((c) => cellText(text, c));
  if (!cells.every(isFigure) || !cells.some((c) => FIGURE.test(c))) return undefined;
  // "Item | 2024 | 2025": a header of years, not a row.
  if (cells.every((c) => YEAR_HEAD.test(c))) return undefined;
  return split;
}

/** Every line of the text, by its offsets. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at <= text.length;) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    lines.push({ start: at, end: stop });
    at = stop + 1;
  }
  return lines;
}

/** How long a table's row may be: a longer line is prose. */
const ROW_LENGTH = 200;
/** A cell separator of a row: a pipe, a tab, wide spaces, a colon or a semicolon. */
const SEPARATOR = /[|\t:;]| {2}/;

/** The cells of every table the text holds, in order; read once a text. */
export function tableCells(ctx: TextContext): readonly TableCell[] {
  return ctx.memo('tableCells', 0, () => findCells(ctx));
}

/** The table cell a mention stands in, if any. */
export function tableCellAt(ctx: TextContext, m: Mention): TableCell | undefined {
  // Most figures stand in prose: a line too long for a row, or without a separator, needs no table.
  const { text } = ctx;
  const from = text.lastIndexOf('\n', m.start) + 1;
  if (m.start - from > ROW_LENGTH) return undefined;
  let to = text.indexOf('\n', m.end);
  if (to < 0) to = text.length;
  if (to - from > ROW_LENGTH || !SEPARATOR.test(text.slice(from, to))) return undefined;
  const cells = tableCells(ctx);
  if (cells.length === 0) return undefined;
  return cells.find((c) => c.start <= m.start && m.end <= c.end);
}

function findCells(ctx: TextContext): TableCell[] {
  const { text } = ctx;
  const lines = linesOf(text);
  const out: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = asRow(text, splitLine(text, lines[i]!));
    if (!first) continue;
    const rows: { line: Line; split: Split }[] = [{ line: lines[i]!, split: first }];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const split = asRow(text, splitLine(text, lines[j]!));
      if (!split || split.sep !== first.sep) break;
      rows.push({ line: lines[j]!, split });
    }
    const block = readBlock(ctx, lines, i, rows);
    if (block) out.push(...block);
    i = j - 1;
  }
  return out;
}

/** The header line right above the rows: as many cells, none a figure but a year. */
function headerAbove(text: string, line: Line | undefined, rows: readonly { split: Split }[]): Split | undefined {
  if (!line) return undefined;
  const split = splitLine(text, line);
  if (!split || split.sep !== rows[0]!.split.sep || split.sep === 'colon') return undefined;
  if (split.cells.length !== rows[0]!.split.cells.length) return undefined;
  const cells = split.cells.map((c) => cellText(text, c));
  return cells.every((c) => !/\d/.test(c) || YEAR_HEAD.test(c) || /\p{L}{3}/u.test(c)) &&
    !cells.some((c) => FIGURE.test(c) && !YEAR_HEAD.test(c))
    ? split
    : undefined;
}

function readBlock(ctx: TextContext, lines: readonly Line[], i: number, rows: { line: Line; split: Split }[]): TableCell[] | undefined {
  const { text } = ctx;
  let above = i - 1;
  // A Markdown table's rule under its header ("|---|---|") parts no cells.
  if (
    above >= 0 &&
    /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/.test(text.slice(lines[above]!.start, lines[above]!.end))
  )
    above--;
  const header = headerAbove(text, lines[above], rows);
  if (header) above--;
  if (rows.length < 2 && !header) return undefined;
  // The caption: the nearest line above with words, past at most one blank line.
  if (above >= 0 && lines[above]!.start === lines[above]!.end) above--;
  const captionLine = lines[above];
  if (!captionLine || captionLine.start === captionLine.end || asRow(text, splitLine(text, captionLine))) return undefined;
  const head = readCaption(ctx, captionLine, header, rows);
  if (!head) return undefined;
  const lastRow = ctx.sentenceOf(rows[rows.length - 1]!.line.start + 1);
  const columns = columnsOf(
    text,
    ctx.text.slice(captionLine.start, captionLine.end),
    captionLine.start,
    header,
    rows[0]!.split.cells.length - 1,
  );
  const out: TableCell[] = [];
  for (const { split } of rows) {
    const l = split.cells[0]!;
    const labelText = cellText(text, l);
    const labelStart = l.start + text.slice(l.start, l.end).indexOf(labelText);
    const label = ev(text, labelStart, labelStart + labelText.length, 'the row’s label');
    const country = ctx.lexicon.countries(text, label.start, label.end)[0] ?? null;
    const goods = ctx.lexicon.goods(text, label.start, label.end).find((g) => g.id !== null) ?? null;
    const total = TOTAL_LABEL.test(labelText);
    split.cells.slice(1).forEach((c, k) => {
      const words = cellText(text, c);
      const col = columns[k];
      const column: Column =
        col?.column ?? (words.includes('%') || /percent/i.test(words) ? (SIGNED.test(words) ? 'change' : 'share') : 'value');
      out.push({
        start: c.start,
        end: c.end,
        head,
        label,
        country: total ? null : country,
        goods,
        total,
        column: /\d\s?(?:x|times)\b/i.test(words) ? 'change' : column,
        columnWords: col?.words ?? null,
        columnPeriod: col?.period ?? null,
        lastRow,
      });
    });
  }
  return out;
}

interface ColumnHead {
  column: Column | undefined;
  words: Evidence | null;
  period: { value: string; words: Evidence } | null;
}

/** The columns after the label, from the header line or the caption's bracketed list ("(USD million; share of total; change on 2024)"). */
function columnsOf(text: string, caption: string, captionStart: number, header: Split | undefined, n: number): ColumnHead[] {
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
function readCaption(ctx: TextContext, line: Line, header: Split | undefined, rows: readonly { split: Split }[]): TableHead | undefined {
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

/** Whether a change cell is a fall ("-38%", "down 5%"). */
export const cellFalls = (text: string, cell: TableCell): boolean => FALL.test(cellText(text, cell));
