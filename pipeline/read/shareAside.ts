/**
 * A share set after a total as an aside names its own partner: in "Russia imported 1.2 million
 * passenger vehicles last year, 83% of them from China" (also "…, with 60% from China", "…, of which
 * 40% came from Türkiye", "…, with China and Hong Kong accounting for 82%") China is the share's partner,
 * not the total's: the total is from all partners.
 */
import type { Mention } from '../extract/index.js';

/** What sets the share off from the total before it. */
const BEFORE_SHARE =
  /,\s+(?:with\s+|of\s+which\s+|including\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|over\s+|more\s+than\s+)?$/i;
/** From the share to its country: "of them from", "came from", "from", "supplied by". */
const SHARE_TO_COUNTRY =
  /^\s+(?:of\s+(?:them|which|these|those|it|the\s+total)\s+)?(?:(?:came|coming|were|was|originated)\s+)?(?:from|supplied\s+by|made\s+in|produced\s+in|in)\s+(?:the\s+|mainland\s+)?$/i;

/** ", with China and Hong Kong accounting for 82%": the countries before the share. */
const WITH_BEFORE_COUNTRY = /,\s+with\s+(?:[^,;%]{0,40}?\s+and\s+)?(?:the\s+|mainland\s+)?$/i;
const COUNTRY_TO_SHARE =
  /^[^,;%$€£\d]{0,40}?\b(?:accounting\s+for|making\s+up|supplying|providing|taking|representing)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|over\s+|more\s+than\s+)?$/i;

/** Whether the country at `hit` belongs to a share set after `m` as an aside. */
export function inShareAside(text: string, m: Mention, hit: { start: number }, mentions: readonly Mention[]): boolean {
  if (hit.start < m.end) return false;
  if (WITH_BEFORE_COUNTRY.test(text.slice(m.end, hit.start)))
    for (const x of mentions)
      if (x.kind === 'percent' && x.start > hit.start && COUNTRY_TO_SHARE.test(text.slice(hit.start, x.start).replace(/^\S+/, '')))
        return true;
  for (const x of mentions) {
    if (x === m || x.kind !== 'percent' || x.start < m.end || x.end > hit.start) continue;
    if (BEFORE_SHARE.test(text.slice(m.end, x.start)) || BEFORE_SHARE.test(text.slice(Math.max(m.end, x.start - 40), x.start)))
      if (SHARE_TO_COUNTRY.test(text.slice(x.end, hit.start))) return true;
  }
  return false;
}
