import type { Mention } from './mention.js';

const COLUMNS = [
  'sentence',
  'start',
  'end',
  'kind',
  'text',
  'value',
  'unit',
  'scale',
  'hedge',
  'value_low',
  'value_high',
  'period',
] as const;

/** A cell: empty for null; numbers to 12 significant digits (the table is for reading; --json is exact). */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  return String(v);
}

/** A plain-text table of mentions for people (the CLI's default output). */
export function formatMentionTable(mentions: Mention[]): string {
  const rows = mentions.map((m) => COLUMNS.map((c) => cell(m[c])));
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((s, i) => s.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), ...rows.map(line)].join('\n') + `\n${mentions.length} mention(s)\n`;
}
