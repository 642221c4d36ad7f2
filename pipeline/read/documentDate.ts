/**
 * The date a text was issued, read from its own opening lines: a dateline ("BEIJING, April 15,
 * 2024 (Wire) —", "Moscow, 14 February 2025."), a date on a line of its own ("March 12, 2024",
 * "Published 9 May 2024", "Updated December 23, 2024") or closing a heading ("… Press Conference
 * on June 14, 2024", "Press release, 24 June 2024"). Relative periods ("last year", "so far this
 * year", "to date") are read against it (relativePeriod.ts). A date inside running text ("On 24
 * February 2022, Russia invaded") is no issue date.
 */
import type { Mention } from '../extract/index.js';

export interface DocumentDate {
  year: number;
  month: number;
  /** The date's mention in the text: it dates the text, no figure. */
  start: number;
  end: number;
}

/** How far into a text its issue date may stand. */
const HEAD = 400;
/**
 * What may follow the date on its line: nothing, a dash, a bracket, a full stop, a closing "**", a
 * wire's slashes or a bar ("15 July 2024 /Wire/ --", "14 October 2024 | Ankara"), a poster ("by Admin"),
 * or the bracket closing a heading's date ("MOFCOM Regular Press Conference (March 20, 2025)").
 */
const AFTER = /^\s*(?:\*\*)?\s*(?:$|[—–]|-\s|\(|\.(?:\s|$)|[/|]|by\s|[)\]]\s*$)/;
/** A full stop ending a sentence before the date on its line: the date is in running text. */
const SENTENCE_BEFORE = /\p{Ll}[.!?]\s/u;

export function documentDate(text: string, mentions: readonly Mention[]): DocumentDate | undefined {
  for (const m of mentions) {
    if (m.start > HEAD) break;
    if (m.kind !== 'period' || m.period === null) continue;
    const day = /^(\d{4})-(\d{2})-\d{2}$/.exec(m.period);
    // "ISTANBUL, Feb 3 —": a dateline without its year dates nothing (the extractor's year is a guess).
    if (!day || !/\d{4}/.test(m.text)) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const newline = text.indexOf('\n', m.end);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - lineStart > 160 && m.start - lineStart > 60) continue;
    if (SENTENCE_BEFORE.test(text.slice(lineStart, m.start))) continue;
    if (!AFTER.test(text.slice(m.end, lineEnd))) continue;
    return { year: Number(day[1]), month: Number(day[2]), start: m.start, end: m.end };
  }
  return numericDate(text);
}

/** "By Dana Whitcombe | 11/18/2026 06:00 PM EST": a U.S. numeric date on a short line of the opening (the extractor reads none). */
const NUMERIC_DATE = /(?:^|[\s|])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\/(20\d{2})\b/;
/** "ERR News | 03.12.2026 11:42": a date written with dots puts the day first, as Europe writes it. */
const DOTTED_DATE = /(?:^|[\s|])(?:3[01]|[12]\d|0?[1-9])\.(1[0-2]|0?[1-9])\.(20\d{2})(?![.\d])/;

function numericDate(text: string): DocumentDate | undefined {
  const head = text.slice(0, HEAD);
  const slashed = head.includes('/20');
  if (!slashed && !head.includes('.20')) return undefined;
  for (let at = 0; at < head.length;) {
    const nl = head.indexOf('\n', at);
    const line = head.slice(at, nl < 0 ? head.length : nl);
    const short = line.length <= 100 && !SENTENCE_BEFORE.test(line);
    const m = short && slashed ? NUMERIC_DATE.exec(line) : null;
    if (m) {
      const start = at + m.index + m[0].indexOf(m[1]!);
      return { year: Number(m[3]), month: Number(m[1]), start, end: at + m.index + m[0].length };
    }
    const d = short && !m ? DOTTED_DATE.exec(line) : null;
    if (d) {
      const start = at + d.index + (/^[\s|]/.test(d[0]) ? 1 : 0);
      return { year: Number(d[2]), month: Number(d[1]), start, end: at + d.index + d[0].length };
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return undefined;
}
