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
import type { Mention } from '../extract/index.js';
import type { TextContext } from './context.js';
import type { CountryHit } from './countries.js';
import type { GoodsHit } from './goods.js';
import type { Evidence } from './types.js';
import { ev } from './evidence.js';
import {
  cellText,
  columnsOf,
  readCaption,
  TOTAL_LABEL,
  YEAR_HEAD,
  type Column,
  type Line,
  type Split,
  type TableHead,
} from './tableCaption.js';

export type { Column, TableHead } from './tableCaption.js';

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

/** Whether a change cell is a fall ("-38%", "down 5%"). */
export const cellFalls = (text: string, cell: TableCell): boolean => FALL.test(cellText(text, cell));
