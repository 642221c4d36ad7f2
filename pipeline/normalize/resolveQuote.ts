/**
 * Resolves a W3C TextQuoteSelector (exact quote, optional prefix/suffix) plus an optional
 * 1-based occurrence to offsets in a normalized text. Failures say why, with what a human
 * needs to fix them: the nearest matching words for a quote that is not there, the
 * occurrences of one that is ambiguous.
 */
import { distance } from 'fastest-levenshtein';

export interface QuoteSelector {
  quote: string;
  occurrence?: number;
  prefix?: string;
  suffix?: string;
}

export type Resolution =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found'; nearest?: { start: number; end: number; note?: string } }
  | { ok: false; reason: 'ambiguous'; starts: number[] }
  | { ok: false; reason: 'occurrence'; count: number };

/** Every start offset of `needle` in `text`, overlapping matches included. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Which occurrence (1-based) of `quote` the one starting at `start` is, and how many there are:
 * the `occurrence` a selector needs to name it (plain substring matches, as resolveQuote counts).
 */
export function occurrenceAt(text: string, quote: string, start: number): { occurrence: number; total: number } {
  const all = occurrences(text, quote);
  return { occurrence: all.filter((s) => s <= start).length, total: all.length };
}

/** Same-length folding (case, curly quotes, dashes, white space) for "did you mean" hints. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    let c = ch;
    if (/[’‘′`]/.test(c)) c = "'";
    else if (/[“”″]/.test(c)) c = '"';
    else if (/[‐‑‒–—−]/.test(c)) c = '-';
    else if (/\s/.test(c)) c = ' ';
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/**
 * The folded text without white space, with each kept character's offset in the original, so
 * "Nearly  70%", "Nearly\u00a070%" and "Nearly70%" all find "Nearly 70%".
 */
function skeleton(s: string): { chars: string; at: number[] } {
  const folded = fold(s);
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === ' ') continue;
    chars += folded[i];
    at.push(i);
  }
  return { chars, at };
}

/**
 * What tells two look-alike strings apart, by code point: an NBSP or a curly apostrophe looks
 * the same as its plain twin in a terminal, so the hint names both.
 */
function lookAlike(inText: string, quote: string): string {
  const a = [...inText];
  const b = [...quote];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const show = (cps: string[]): string =>
    cps.length === 0
      ? 'nothing'
      : `${JSON.stringify(cps.join(''))} (${cps.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`;
  return `it differs only in case, quote marks, dashes or spacing: the text has ${show(a.slice(p, a.length - s))} where the quote has ${show(b.slice(p, b.length - s))}`;
}

/**
 * How many quotes of one text get the Levenshtein search for a "Did you mean" hint. The search
 * scans the whole text (up to ~5 million steps), so 2,000 misspelled quotes took minutes; past
 * the cap a quote is still reported, with the cheap folded and skeleton matches only. The
 * report prints 20 problems of a code, so the cap costs no hint a reader sees.
 */
export const NEAREST_SEARCHES_PER_TEXT = 50;

type Near = { start: number; end: number; note?: string } | undefined;

/**
 * What the hints of one text share: its folded form and skeleton (computed once, not per
 * quote), each quote's answer (the build resolves a quote twice: for its row and for coverage)
 * and the searches left. Only the last text is kept: sources are resolved one after another.
 */
let memo:
  { text: string; folded?: string; skeleton?: ReturnType<typeof skeleton>; answers: Map<string, Near>; searches: number } | undefined;

function textMemo(text: string): NonNullable<typeof memo> {
  if (memo?.text !== text) memo = { text, answers: new Map(), searches: 0 };
  return memo;
}

/** The window of the text closest to the quote (memoized per text; see NEAREST_SEARCHES_PER_TEXT). */
function nearest(text: string, quote: string): Near {
  const m = textMemo(text);
  if (m.answers.has(quote)) return m.answers.get(quote);
  const near = nearestIn(text, quote, m);
  m.answers.set(quote, near);
  return near;
}

/** The window of the text closest (Levenshtein) to the quote, widened to whole words. */
function nearestIn(text: string, quote: string, m: NonNullable<typeof memo>): Near {
  m.folded ??= fold(text);
  const folded = m.folded.indexOf(fold(quote));
  if (folded >= 0) return { start: folded, end: folded + quote.length, note: lookAlike(text.slice(folded, folded + quote.length), quote) };
  m.skeleton ??= skeleton(text);
  const t = m.skeleton;
  const q = skeleton(quote).chars;
  const loose = q.length > 0 ? t.chars.indexOf(q) : -1;
  if (loose >= 0) {
    const start = t.at[loose]!;
    const end = t.at[loose + q.length - 1]! + 1;
    return { start, end, note: lookAlike(text.slice(start, end), quote) };
  }
  const n = quote.length;
  if (n === 0 || text.length === 0) return undefined;
  if (++m.searches > NEAREST_SEARCHES_PER_TEXT) return undefined;
  // Stride keeps the scan cheap on long texts; a finer pass then refines around the best window.
  const stride = Math.max(1, Math.floor((text.length * n) / 5e6));
  let best = { d: Infinity, start: 0 };
  for (let i = 0; i + Math.min(n, text.length) <= text.length; i += stride) {
    const d = distance(quote, text.slice(i, i + n));
    if (d < best.d) best = { d, start: i };
  }
  for (let i = Math.max(0, best.start - stride); i <= Math.min(text.length - 1, best.start + stride); i++) {
    const d = distance(quote, text.slice(i, i + n));
    if (d < best.d) best = { d, start: i };
  }
  if (best.d > Math.max(3, Math.ceil(n * 0.5))) return undefined;
  let start = best.start;
  let end = Math.min(text.length, best.start + n);
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!) && /[\p{L}\p{N}]/u.test(text[start]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!) && /[\p{L}\p{N}]/u.test(text[end - 1]!)) end++;
  // A window shifted by one starts or ends on a space; the hint names words, not the gap.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function resolveQuote(text: string, sel: QuoteSelector): Resolution {
  const all = occurrences(text, sel.quote);
  const matching = all.filter(
    (s) =>
      (sel.prefix === undefined || text.slice(Math.max(0, s - sel.prefix.length), s) === sel.prefix) &&
      (sel.suffix === undefined || text.slice(s + sel.quote.length, s + sel.quote.length + sel.suffix.length) === sel.suffix),
  );
  if (all.length === 0) {
    const near = nearest(text, sel.quote);
    return { ok: false, reason: 'not-found', ...(near ? { nearest: near } : {}) };
  }
  if (sel.occurrence !== undefined) {
    const s = matching[sel.occurrence - 1];
    return s === undefined
      ? { ok: false, reason: 'occurrence', count: matching.length }
      : { ok: true, start: s, end: s + sel.quote.length };
  }
  if (matching.length === 0) return { ok: false, reason: 'occurrence', count: 0 };
  if (matching.length > 1) return { ok: false, reason: 'ambiguous', starts: matching };
  return { ok: true, start: matching[0]!, end: matching[0]! + sel.quote.length };
}

/**
 * Every span a selector may mean, resolved or not: its span; for a quote not found, the nearest
 * words (those the hint names); for an ambiguous quote or a missing occurrence, each place the
 * words occur. What a failed quote would have covered, had it been right.
 */
export function possibleSpans(text: string, sel: QuoteSelector): { start: number; end: number }[] {
  const r = resolveQuote(text, sel);
  if (r.ok) return [{ start: r.start, end: r.end }];
  if (r.reason === 'not-found') return r.nearest ? [r.nearest] : [];
  const starts = r.reason === 'ambiguous' ? r.starts : occurrences(text, sel.quote);
  return starts.map((start) => ({ start, end: start + sel.quote.length }));
}
