import type { Mention } from './mention.js';

/** A plain-text table of mentions for people (the CLI's default output). */
export function formatMentionTable(mentions: Mention[]): string {
  const cols = ['start', 'end', 'kind', 'text', 'value', 'unit', 'hedge', 'value_low', 'value_high', 'period'] as const;
  const rows = mentions.map((m) => cols.map((c) => (m[c] === null ? '' : String(m[c]))));
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), ...rows.map(line)].join('\n') + `\n${mentions.length} mention(s)\n`;
}
