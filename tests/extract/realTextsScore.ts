/**
 * Scores the extractor against the hand-read real sentences (realTexts.ts): each expected
 * statistic is right when exactly one mention covers its words and that mention is a
 * statistic with the expected value, unit and hedge (and, separately, interval); each
 * statistic the extractor finds outside every expected one is spurious. The agreement rate is
 * right / (expected + spurious), so a spurious figure costs as much as a missed one.
 */
import type { Mention } from '../../pipeline/extract/index.js';
import type { RealSentence, RealStat } from './realTexts.js';

/** The mentions table's statistics; years and periods say when, not how much. */
const STATISTIC_KINDS = new Set(['percent', 'money', 'count', 'number', 'ratio', 'duration']);

const same = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export interface StatResult {
  sentence: string;
  source: string;
  expected: RealStat;
  /** The mentions over the expected words (none: missed; more than one: split). */
  got: Mention[];
  /** value, unit and hedge right (and a single statistic mention). */
  right: boolean;
  /** …and the interval too. */
  rightWithInterval: boolean;
  /** …and the very same words. */
  sameSpan: boolean;
}
export interface Spurious {
  sentence: string;
  source: string;
  mention: Mention;
}
export interface Score {
  sentences: number;
  sources: number;
  expected: number;
  right: number;
  rightWithInterval: number;
  sameSpan: number;
  spurious: Spurious[];
  stats: StatResult[];
  /** right / (expected + spurious) */
  rate: number;
  rateWithInterval: number;
}

/** Where the `nth` occurrence of `text` as whole words ("one" is not in "components") lies in `sentence`. */
export function locate(sentence: string, text: string, nth = 0): { start: number; end: number } {
  const wordy = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let seen = 0;
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const cut = (wordy(text[0]) && wordy(sentence[at - 1])) || (wordy(text[text.length - 1]) && wordy(sentence[at + text.length]));
    if (cut) continue;
    if (seen++ === nth) return { start: at, end: at + text.length };
  }
  throw new Error(`"${text}" (occurrence ${nth}) is not in: ${sentence}`);
}

export function scoreRealTexts(table: readonly RealSentence[], extract: (text: string) => Mention[]): Score {
  const stats: StatResult[] = [];
  const spurious: Spurious[] = [];
  for (const row of table) {
    const mentions = extract(row.sentence);
    const covered = new Set<Mention>();
    for (const e of row.expect) {
      const { start, end } = locate(row.sentence, e.text, e.nth);
      const got = mentions.filter((m) => m.start < end && m.end > start);
      for (const m of got) covered.add(m);
      const m = got.length === 1 && STATISTIC_KINDS.has(got[0]!.kind) ? got[0]! : null;
      const right = m !== null && same(m.value, e.value) && m.unit === e.unit && m.hedge === e.hedge;
      const rightWithInterval = right && same(m.value_low, e.value_low) && same(m.value_high, e.value_high);
      stats.push({
        sentence: row.sentence,
        source: row.source,
        expected: e,
        got,
        right,
        rightWithInterval,
        sameSpan: m !== null && m.text === e.text,
      });
    }
    for (const m of mentions)
      if (STATISTIC_KINDS.has(m.kind) && !covered.has(m)) spurious.push({ sentence: row.sentence, source: row.source, mention: m });
  }
  const right = stats.filter((s) => s.right).length;
  const rightWithInterval = stats.filter((s) => s.rightWithInterval).length;
  const denominator = stats.length + spurious.length;
  return {
    sentences: table.length,
    sources: new Set(table.map((r) => r.source)).size,
    expected: stats.length,
    right,
    rightWithInterval,
    sameSpan: stats.filter((s) => s.sameSpan).length,
    spurious,
    stats,
    rate: denominator === 0 ? 1 : right / denominator,
    rateWithInterval: denominator === 0 ? 1 : rightWithInterval / denominator,
  };
}
