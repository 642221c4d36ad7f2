/**
 * "up from 35% in the same half of 2022": "half" there is half of a year, the when of the figure
 * before it, not a share. The extractor reads a bare "half" as 50% and forms a period only from
 * "the first (second, latter) half of …"; the reader leaves the others aside as dates, so the year
 * after them dates the figure they follow ("the same half of 2022" → 2022-H1 after a 2024-H1 figure).
 */
import type { Mention } from '../extract/index.js';

const HALF_BEFORE = /\b(?:the\s+)?(?:same|corresponding|comparable|equivalent|previous|preceding|first|second|latter|former)\s+$/i;
const YEAR_AFTER = /^\s+(?:of|in)\s+(?:\d{4}\b|(?:the|this|last|that|a)\s+year\b|the\s+(?:previous|preceding|prior)\s+year\b)/i;

/** Whether mention `m` is the "half" of a half-year ("the same half of 2022"). */
export function isHalfOfYear(text: string, m: Mention): boolean {
  return (
    m.kind === 'percent' &&
    /^half$/i.test(m.text) &&
    HALF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
    YEAR_AFTER.test(text.slice(m.end, m.end + 32))
  );
}

/**
 * `all` without the halves of years, and the halves. The figure right before a half took its
 * period from the extractor as though the half were the figure nearer the year; it gets the
 * half's ("35% in the same half of 2022": 2022, as "35% in the same months of 2022" is read).
 */
export function withoutHalves(text: string, all: readonly Mention[]): { mentions: readonly Mention[]; halves: Mention[] } {
  const halves = all.some((m) => m.kind === 'percent' && m.text.length === 4) ? all.filter((m) => isHalfOfYear(text, m)) : [];
  if (!halves.length) return { mentions: all, halves };
  const mentions: Mention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    if (halves.includes(m)) continue;
    const next = all[i + 1];
    const half = next && halves.includes(next) && !/[.;]/.test(text.slice(m.end, next.start)) ? next : undefined;
    mentions.push(half && half.period !== null && m.kind !== 'year' && m.kind !== 'period' ? { ...m, period: half.period } : m);
  }
  return { mentions, halves };
}
